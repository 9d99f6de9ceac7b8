import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, mailbox, request, staffJson, staffRequest } from "../helpers";
import { introspectWorkflow, linkFor, mailFor, postForm, submitCase } from "../workflows/driver";

/** An organization with one reviewer, so that every case goes to them. */
const SOLO = "solo@reviewers.example.org";
const OTHER = "other@reviewers.example.org";
async function soloOrganizations() {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-solo', 'test-solo', 'Solo Review Project (test)', '[\"en\"]', 'intake@solo.example.org', '[\"US-PA\"]')",
    ),
    env.DB.prepare(
      "INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-solo', 'org-test-solo', 'Sol Reviewer', ?, 'en')",
    ).bind(SOLO),
    env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-other', 'test-other', 'Other Review Project (test)', '[\"en\"]', 'intake@other.example.org', '[\"US-PA\"]')",
    ),
    env.DB.prepare(
      "INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-other', 'org-test-other', 'Otto Reviewer', ?, 'en')",
    ).bind(OTHER),
  ]);
}

/** The newest link to a reviewer's own page in the mail to `to` (with `subject`, when given). */
async function reviewerPageLink(to: string, subject?: string): Promise<string> {
  for (let tries = 0; tries < 50; tries++) {
    const [newest] = (await mailbox()).filter(
      (m) => m.to === to && m.text.includes("intake.test/reviewer/") && (!subject || m.subject === subject),
    );
    const link = newest?.text.match(/http:\/\/intake\.test(\/reviewer\/[A-Za-z0-9_-]{43})/)?.[1];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no reviewer page link to ${to}`);
}

const en = { headers: { "Accept-Language": "en" } };

describe("a reviewer's own page", () => {
  it("lists their three cases with deadlines; one decided there stays readable, not actionable", async () => {
    await soloOrganizations();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const cases = [];
    for (let n = 0; n < 3; n++) {
      const { kase, instance } = await submitCase(workflows, { organization: "test-solo" });
      await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
      cases.push({ kase, instance });
    }
    const [first, second, third] = cases;
    if (!first || !second || !third) throw new Error("three cases");
    // Every review email carries the link to the reviewer's page.
    for (const { kase } of cases)
      expect((await mailFor(kase.reference, { to: SOLO }))[0]?.text).toContain("/reviewer/");

    const home = await reviewerPageLink(SOLO);
    const page = await request(home, en);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    expect(page.headers.get("Referrer-Policy")).toBe("no-referrer");
    const waiting = html.slice(html.indexOf("Waiting for your decision"), html.indexOf("Cases you decided"));
    for (const { kase } of cases) expect(waiting).toContain(kase.reference);
    const due = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(Date.now() + 14 * 86_400_000),
    );
    expect(waiting).toContain(due);
    expect(html).toContain("You have not decided a case yet.");

    // Decide the second case from the page.
    const href = (reference: string, within: string) =>
      within.match(new RegExp(`href="(/reviewer/[^"]+)\\?lang=en">[^<]*${reference}`))?.[1] ?? "";
    const casePath = decodeURIComponent(href(second.kase.reference, waiting));
    expect(casePath).toMatch(/^\/reviewer\/[A-Za-z0-9_-]{43}\/cases\//);
    const opened = await (await request(casePath, en)).text();
    expect(opened).toContain(second.kase.reference);
    expect(opened).toContain("Daniel Ortega");
    expect(opened).toContain(
      `action="${casePath.replace(/\/cases\/(.*)$/, (_, id) => `/cases/${encodeURIComponent(id)}`)}?lang=en"`,
    );
    const decided = await postForm(casePath, { decision: "decline", reasonCodes: ["capacity"] });
    expect(decided.status).toBe(200);
    expect(await decided.text()).toContain("Back to your cases");
    await second.instance.waitForStatus("complete");
    expect(await countRows("decisions", "case_id = ? AND reviewer_id = 'rev-solo'", second.kase.id)).toBe(1);

    // The page now: two waiting, one decided, which reads with the decision and no form.
    const after = await (await request(home, en)).text();
    const stillWaiting = after.slice(after.indexOf("Waiting for your decision"), after.indexOf("Cases you decided"));
    const done = after.slice(after.indexOf("Cases you decided"));
    expect(stillWaiting).toContain(first.kase.reference);
    expect(stillWaiting).toContain(third.kase.reference);
    expect(stillWaiting).not.toContain(second.kase.reference);
    expect(done).toContain(second.kase.reference);
    expect(done).toContain("declined");
    const reread = await request(casePath, en);
    const readOnly = await reread.text();
    expect(reread.status).toBe(200);
    expect(readOnly).toContain("You decided this case");
    expect(readOnly).toContain("Daniel Ortega");
    expect(readOnly).not.toContain('method="post"');
    // Not actionable: deciding again changes nothing, from the page or the emailed link.
    expect((await postForm(casePath, { decision: "accept" })).status).toBe(409);
    expect((await request(await linkFor(second.kase.reference, "review", SOLO))).status).toBe(409);
    expect(await countRows("decisions", "case_id = ?", second.kase.id)).toBe(1);

    // Looks from the page are on the case's record.
    const { events } = await (await staffRequest(`/api/v1/cases/${second.kase.id}/events`)).json<{
      events: { type: string; actor: string; data: Record<string, unknown> }[];
    }>();
    expect(events.filter((e) => e.type === "link_opened" && e.data.via === "own_page")).toHaveLength(2);
  });

  it("a wrong link is 404 and a revoked one 410, and neither says anything of any case", async () => {
    await soloOrganizations();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { organization: "test-solo" });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const home = await reviewerPageLink(SOLO);
    const html = await (await request(home, en)).text();
    const casePath = html.match(/href="(\/reviewer\/[^"]+\/cases\/[^"?]+)\?lang=en"/)?.[1] ?? "";
    expect((await request(casePath, en)).status).toBe(200);

    // The real link with its last character changed (to one it does not already have).
    const altered = `${home.slice(0, -1)}${home.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [`/reviewer/${"x".repeat(43)}`, "/reviewer/not-a-token", altered]) {
      const response = await request(wrong, en);
      const body = await response.text();
      expect(response.status, wrong).toBe(404);
      expect(body).toContain("This link does not work");
      expect(body).not.toContain(kase.reference);
      expect(body).not.toContain("Sol Reviewer");
    }
    // Another reviewer's review through this reviewer's page is as unknown.
    const { kase: elsewhere, instance: other } = await submitCase(workflows, { organization: "test-other" });
    await other.waitForStepResult({ name: "send for assign reviewers round 1" });
    const theirs = await env.DB.prepare("SELECT id FROM assignments WHERE case_id = ? AND kind = 'review'")
      .bind(elsewhere.id)
      .first<{ id: string }>();
    const stolen = await request(`${home}/cases/${encodeURIComponent(theirs?.id ?? "")}`, en);
    expect(stolen.status).toBe(404);
    expect(await stolen.text()).not.toContain(elsewhere.reference);

    const revoked = await staffJson("/api/v1/reviewers/rev-solo/revoke-link", "POST", {});
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ reviewerId: "rev-solo", revoked: expect.any(Number) });
    for (const path of [home, casePath]) {
      const response = await request(path, en);
      const body = await response.text();
      expect(response.status, path).toBe(410);
      expect(body).toContain("This link was turned off");
      expect(body).not.toContain(kase.reference);
      expect(body).not.toContain("Sol Reviewer");
    }
    expect((await postForm(casePath, { decision: "accept" })).status).toBe(410);
    // The emailed review link is not affected.
    expect((await request(await linkFor(kase.reference, "review", SOLO))).status).toBe(200);
    expect((await staffJson("/api/v1/reviewers/nobody/revoke-link", "POST", {})).status).toBe(404);
    expect((await request("/api/v1/reviewers/rev-solo/revoke-link", { method: "POST" })).status).toBe(401);
    expect(
      await countRows(
        "organization_events",
        "type = 'reviewer_links_revoked' AND json_extract(data, '$.reviewerId') = 'rev-solo'",
      ),
    ).toBeGreaterThan(0);
  });

  it("“send me my link” answers the same for a known and an unknown address, and mails only the reviewer", async () => {
    await soloOrganizations();
    const ask = (email: string) =>
      request("/reviewer", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en" },
        body: new URLSearchParams({ email }),
      });
    const form = await request("/reviewer", en);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="email"');

    const before = (await mailbox()).length;
    const known = await ask("Solo@Reviewers.example.org");
    const unknown = await ask("nobody-here@example.org");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    const [knownBody, unknownBody] = [await known.text(), await unknown.text()];
    expect(knownBody).toBe(unknownBody);
    expect(knownBody).toContain("Check your email");
    expect([...known.headers.keys()].sort()).toEqual([...unknown.headers.keys()].sort());

    const link = await reviewerPageLink(SOLO, "Your reviewer page");
    const [sent] = (await mailbox()).filter((m) => m.to === SOLO && m.subject === "Your reviewer page");
    expect(sent?.text).toContain(link);
    expect((await request(link, en)).status).toBe(200);
    expect((await mailbox()).filter((m) => m.to === "nobody-here@example.org")).toHaveLength(0);

    // Asked again at once: the same answer, and no second email.
    expect(await (await ask(SOLO)).text()).toBe(knownBody);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await mailbox()).filter((m) => m.to === SOLO && m.subject === "Your reviewer page")).toHaveLength(1);
    expect((await mailbox()).length).toBe(before + 1);

    const malformed = await ask("not an address");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("Enter an email address like name@example.org.");
  });
});
