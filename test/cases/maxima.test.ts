import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BOUND_PARAMETERS } from "../../src/db/client";
import { languages } from "../../src/lib/i18n";
import {
  countRows,
  files,
  mailbox,
  postApplication,
  postMultipart,
  staffJson,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { expectJson, expectStatus, shapes } from "../http";

/**
 * Valid input at the largest the schema allows: every list full, every person kept informed, every
 * file allowed, the longest criteria set. D1 binds at most 100 parameters per statement and allows
 * 50 queries per invocation on the Free plan; each request and step stays under both.
 */

const SHORT = "x".repeat(200);

/**
 * The schema's maxima: 10 lawyers and 10 contacts, each with an email and asking to be told, the
 * contacts in every language in turn.
 */
function fullApplication(tag: string) {
  return validApplication({
    lawyers: Array.from({ length: 10 }, (_, n) => ({
      role: (["trial", "appeal", "current"] as const)[n % 3],
      name: `Lawyer ${n} ${SHORT}`.slice(0, 200),
      email: `lawyer${n}.${tag}@law.example.com`,
      phone: "+1 555 0100",
      mayContact: true,
      notify: true,
    })),
    contacts: Array.from({ length: 10 }, (_, n) => ({
      role: n % 2 ? "family" : "supporter",
      name: `Contact ${n} ${SHORT}`.slice(0, 200),
      email: `contact${n}.${tag}@example.com`,
      relationship: SHORT,
      language: languages[n % languages.length],
      notify: true,
    })),
  });
}

/** Counts the statements D1 is given while `run` runs, and the largest number bound in one. */
async function countD1(run: () => Promise<void>) {
  const statements: number[] = [];
  const prepare = env.DB.prepare.bind(env.DB);
  vi.spyOn(env.DB, "prepare").mockImplementation((query: string) => {
    statements.push((query.match(/\?/g) ?? []).length);
    return prepare(query);
  });
  await run();
  vi.restoreAllMocks();
  return { statements: statements.length, mostBound: Math.max(...statements) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("at the schema's maxima", () => {
  it("an application naming 20 people, all kept informed, is one case and everyone is acknowledged", async () => {
    let created = { id: "", reference: "" };
    const d1 = await countD1(async () => {
      created = await expectJson(await postApplication(fullApplication("json")), 201, shapes.createdCase);
    });
    expect(d1.mostBound).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS);
    expect(d1.statements).toBeLessThan(50);

    await waitForReviewRequest(created.id);
    expect(await countRows("contacts", "case_id = ?", created.id)).toBe(22);
    const sent = (await mailbox()).filter((m) => m.subject.endsWith(created.reference) && m.to.includes(".json@"));
    expect(sent).toHaveLength(20);
    expect(new Set(sent.map((m) => m.to)).size).toBe(20);
    // The submitter too: 21 acknowledgements, each sent once.
    expect(
      await countRows("notifications", "case_id = ? AND template = 'acknowledgement' AND status = 'sent'", created.id),
    ).toBe(21);
    expect(await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(created.id).first("status")).toBe(
      "in_review",
    );
  });

  it("the same with every file allowed, through multipart, keeps every file", async () => {
    const maxFiles = Number(env.MAX_FILES);
    const response = await postMultipart([
      { name: "application", value: JSON.stringify(fullApplication("multipart")) },
      ...Array.from({ length: maxFiles }, (_, n) => ({
        name: "attachments",
        filename: `court-paper-${n}.pdf`,
        type: "application/pdf",
        content: files.pdf(),
      })),
    ]);
    const created = await expectJson(response, 201, shapes.createdCase);
    await waitForReviewRequest(created.id);
    expect(await countRows("attachments", "case_id = ?", created.id)).toBe(maxFiles);
    expect(
      await countRows("notifications", "case_id = ? AND template = 'acknowledgement' AND status = 'sent'", created.id),
    ).toBe(21);
  });

  it("the largest criteria set screens a case and records every result", async () => {
    const criteria = Array.from({ length: 50 }, (_, n) => ({
      id: `criterion_${n}`,
      question: `Question ${n}: ${"y".repeat(480)}`.slice(0, 500),
      rule: {
        field: "conviction.appealStatus",
        op: "in" as const,
        value: ["direct_appeal_decided", "post_conviction_decided", `other_${n}`],
      },
      onFail: "flag" as const,
    }));
    await env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-max', 'test-maxima', 'Maxima Project (test)', '[\"en\"]', 'intake@maxima.example.org', '[\"US-PA\"]')",
    ).run();
    await env.DB.prepare(
      "INSERT OR IGNORE INTO reviewers (id, organization_id, name, email) VALUES ('rev-max-1', 'org-test-max', 'Max Reviewer', 'max@reviewers.example.org')",
    ).run();
    await expectStatus(await staffJson("/api/v1/organizations/test-maxima/criteria", "POST", { criteria }), 201);

    const created = await expectJson(
      await postApplication({ ...fullApplication("criteria"), organization: "test-maxima" }),
      201,
      shapes.createdCase,
    );
    await waitForReviewRequest(created.id);
    const screening = await env.DB.prepare("SELECT results, outcome FROM screenings WHERE case_id = ?")
      .bind(created.id)
      .first<{ results: string; outcome: string }>();
    expect(JSON.parse(screening?.results ?? "[]")).toHaveLength(50);
    expect(screening?.outcome).toBe("pass");
    expect(await countRows("notifications", "case_id = ? AND template = 'review-request'", created.id)).toBe(1);
  });
});
