import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { indexHistory, type SeedCase, seedStatements } from "../../bench/seed";
import { generateHistory } from "../../bench/seed-history";
import { sealHistory } from "../../bench/seed-sealing";
import { SEARCH_TERMS_VERSION } from "../../src/cases/search-index";
import { searchTermsOf } from "../../src/lib/search-terms";
import { applicationSchema } from "../../src/schemas/application";
import { countRows, staffRequest } from "../helpers";

/** The generator the bench seeds 100,000 cases with, at a size a test can read through: what it writes must read as the app's own cases. */
const history = generateHistory({
  count: 60,
  organizations: [{ id: "org-demo-pa", jurisdictions: ["US-PA", "US-DE"], reviewerIds: ["rev-pa-1", "rev-pa-2"] }],
  until: Date.parse("2026-06-01T00:00:00Z"),
  days: 365,
  seed: 3,
  first: 900_000,
});
const STATEMENT = "I was at my sister's wedding in another city that night.";

beforeAll(async () => {
  await sealHistory(history, env.DATA_KEYS, STATEMENT);
  await indexHistory(
    history,
    (application) => searchTermsOf(env.PERSON_HASH_KEY, applicationSchema.parse(application)),
    SEARCH_TERMS_VERSION,
  );
  await env.DB.batch(seedStatements(history).map((s) => env.DB.prepare(s.sql).bind(...s.params)));
});

function one(predicate: (kase: SeedCase) => boolean): SeedCase {
  const found = history.find(predicate);
  if (!found) throw new Error("the seeded history has no such case");
  return found;
}

describe("seeded cases (bench/seed.ts)", () => {
  it("open in the staff API like the app's own: the sealed statement readable, the people, the review and its decision", async () => {
    const kase = one((k) => k.status === "declined" && k.people?.length === 2);
    const response = await staffRequest(`/api/v1/cases/${kase.id}`);
    expect(response.status).toBe(200);
    const body = await response.json<{
      reference: string;
      status: string;
      application: { claim: { innocenceStatement: string } };
      contacts: { role: string }[];
      assignments: unknown[];
      decisions: { outcome: string; reasonCodes: string[] }[];
    }>();
    expect(body).toMatchObject({ reference: kase.reference, status: "declined" });
    expect(body.application.claim.innocenceStatement).toBe(STATEMENT);
    expect(body.contacts.map((c) => c.role).sort()).toEqual(["applicant", "family"]);
    expect(body.assignments).toHaveLength(1);
    expect(body.decisions).toEqual([
      expect.objectContaining({ outcome: "decline", reasonCodes: kase.reviews?.[0]?.decision?.reasonCodes }),
    ]);
  });

  it("keep only ciphertext of the statement in D1, and leave the rows a real case leaves", async () => {
    const kase = one((k) => k.status === "in_review");
    const stored = await env.DB.prepare("SELECT application FROM cases WHERE id = ?")
      .bind(kase.id)
      .first<{ application: string }>();
    expect(stored?.application).toContain("sealed:v1:");
    expect(stored?.application).not.toContain("wedding");
    expect(await countRows("case_keys", "case_id = ?", kase.id)).toBe(1);
    expect(await countRows("capability_tokens", "case_id = ?", kase.id)).toBe(2);
    expect(await countRows("notifications", "case_id = ?", kase.id)).toBe(kase.messages?.length);
    expect(await countRows("events", "case_id = ? AND type = 'notified'", kase.id)).toBe(kase.messages?.length);
    expect(await countRows("screenings", "case_id = ?", kase.id)).toBe(1);
  });

  it("show in the queue with their organization's other cases", async () => {
    const response = await staffRequest("/api/v1/cases?organization=demo-pa&limit=200");
    expect(response.status).toBe(200);
    const { cases } = await response.json<{ cases: { id: string }[] }>();
    const listed = new Set(cases.map((c) => c.id));
    expect(history.filter((k) => listed.has(k.id))).toHaveLength(history.length);
  });

  it("are found by the search, by the applicant's name in any order, as the app's own are", async () => {
    const kase = one((k) => (k.applicantName ?? "").split(" ").length >= 2);
    const words = (kase.applicantName ?? "").split(" ").reverse().join(" ");
    const response = await staffRequest(`/api/v1/cases?q=${encodeURIComponent(words)}&limit=200`);
    expect(response.status).toBe(200);
    const { cases } = await response.json<{ cases: { id: string }[] }>();
    expect(cases.map((c) => c.id)).toContain(kase.id);
    expect(await countRows("cases", "id = ? AND search_terms_version = ?", kase.id, SEARCH_TERMS_VERSION)).toBe(1);
  });
});
