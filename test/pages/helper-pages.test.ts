import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, mailbox, request } from "../helpers";
import { introspectWorkflow, linkFor, mailFor, postForm, submitCase } from "../workflows/driver";

/** An organization with one reviewer and one referral partner, so that every case goes to them. */
async function helperOrganization() {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-help', 'test-help', 'Helpers Project (test)', '[\"en\"]', 'intake@help.example.org', '[\"US-PA\"]')",
    ),
    env.DB.prepare(
      "INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-help', 'org-test-help', 'Hal Reviewer', 'hal@reviewers.example.org', 'en')",
    ),
    env.DB.prepare(
      "INSERT OR IGNORE INTO referral_partners (id, organization_id, name, email, language) VALUES ('partner-help', 'org-test-help', 'Helping Counsel LLP', 'intake@helping-counsel.example.com', 'en')",
    ),
  ]);
}

const EXPERT = "dr.same@lab.example.org";
const PARTNER = "intake@helping-counsel.example.com";
const en = { headers: { "Accept-Language": "en" } };

function pageLink(text: string | undefined, path: "expert" | "partner") {
  return text?.match(new RegExp(`http://intake\\.test(/${path}/[A-Za-z0-9_-]{43})`))?.[1];
}

function section(html: string, from: string, to?: string) {
  const start = html.indexOf(from);
  return html.slice(start, to ? html.indexOf(to, start) : undefined);
}

describe("the own page of an expert asked on more than one case", () => {
  it("lists both requests; an opinion sent from it is then readable there, not sendable again", async () => {
    await helperOrganization();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const asked = [];
    for (const question of ["Is the line-up reliable?", "Can the DNA be retested?"]) {
      const { kase, instance } = await submitCase(workflows, { organization: "test-help" });
      await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
      await postForm(await linkFor(kase.reference, "review"), {
        decision: "consult_expert",
        expertEmail: EXPERT,
        questions: question,
      });
      await instance.waitForStepResult({ name: "send for consult_expert round 1" });
      asked.push({ kase, instance, question });
    }
    const [first, second] = asked;
    if (!first || !second) throw new Error("two cases");
    // Only once asked on a second case does the email carry the page.
    expect(pageLink((await mailFor(first.kase.reference, { to: EXPERT }))[0]?.text, "expert")).toBeUndefined();
    const home = pageLink((await mailFor(second.kase.reference, { to: EXPERT }))[0]?.text, "expert") ?? "";
    expect(home).toMatch(/^\/expert\//);

    const html = await (await request(home, en)).text();
    const waiting = section(html, "Waiting for your opinion", "Opinions you sent");
    expect(waiting).toContain(first.kase.reference);
    expect(waiting).toContain(second.kase.reference);
    expect(html).not.toContain("Daniel Ortega");

    const casePath = decodeURIComponent(
      waiting.match(new RegExp(`href="(/expert/[^"]+)\\?lang=en">[^<]*${first.kase.reference}`))?.[1] ?? "",
    );
    const opened = await (await request(casePath, en)).text();
    expect(opened).toContain("Is the line-up reliable?");
    expect(opened).not.toContain("Daniel Ortega");
    expect((await postForm(casePath, { opinion: "" })).status).toBe(400);
    const sent = await postForm(casePath, { opinion: "The line-up was suggestive." });
    expect(sent.status).toBe(200);
    await first.instance.waitForStepResult({ name: "send for assign reviewers round 2" });

    const after = await (await request(home, en)).text();
    expect(section(after, "Waiting for your opinion", "Opinions you sent")).not.toContain(first.kase.reference);
    expect(section(after, "Opinions you sent")).toContain(first.kase.reference);
    const reread = await (await request(casePath, en)).text();
    expect(reread).toContain("The line-up was suggestive.");
    expect(reread).not.toContain('method="post"');
    expect((await postForm(casePath, { opinion: "Again." })).status).toBe(409);
    expect(await countRows("responses", "case_id = ? AND kind = 'opinion'", first.kase.id)).toBe(1);
    // Someone else's request through this page is unknown; a reviewer's page link is not an expert's.
    expect((await request(`${home}/cases/nothing-here`, en)).status).toBe(404);

    // "Send me my link" reaches the expert too.
    await request("/reviewer", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: EXPERT }),
    });
    let mailed: string | undefined;
    for (let tries = 0; tries < 50 && !mailed; tries++) {
      mailed = (await mailbox()).find((m) => m.to === EXPERT && m.subject === "Your page of expert requests")?.text;
      if (!mailed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const again = pageLink(mailed, "expert");
    expect(again).toBeDefined();
    expect((await request(again ?? "", en)).status).toBe(200);
    expect((await request(`/reviewer${again?.slice("/expert".length)}`, en)).status).toBe(404);
  });
});

describe("the own page of a referral partner offered more than one case", () => {
  it("lists both offers; an answer given from it is then readable there, not given again", async () => {
    await helperOrganization();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const offered = [];
    for (let n = 0; n < 2; n++) {
      const { kase, instance } = await submitCase(workflows, { organization: "test-help" });
      await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
      await postForm(await linkFor(kase.reference, "review"), { decision: "accept", note: `Note ${n}` });
      await instance.waitForStepResult({ name: "send for offer to referral partner" });
      offered.push({ kase, instance });
    }
    const [first, second] = offered;
    if (!first || !second) throw new Error("two cases");
    const home = pageLink(
      (await mailFor(second.kase.reference, { to: PARTNER, path: "referral" }))[0]?.text,
      "partner",
    );
    expect(home).toBeDefined();

    const html = await (await request(home ?? "", en)).text();
    const waiting = section(html, "Waiting for your answer", "Referrals you answered");
    expect(waiting).toContain(first.kase.reference);
    expect(waiting).toContain(second.kase.reference);
    const casePath = decodeURIComponent(
      waiting.match(new RegExp(`href="(/partner/[^"]+)\\?lang=en">[^<]*${second.kase.reference}`))?.[1] ?? "",
    );
    const packet = await (await request(casePath, en)).text();
    expect(packet).toContain("Daniel Ortega");
    expect((await postForm(casePath, { response: "accept" })).status).toBe(200);
    await second.instance.waitForStatus("complete");

    const after = await (await request(home ?? "", en)).text();
    expect(section(after, "Referrals you answered")).toContain(second.kase.reference);
    expect(section(after, "Referrals you answered")).toContain("You accepted it");
    const reread = await (await request(casePath, en)).text();
    expect(reread).toContain("You accepted the case");
    expect(reread).not.toContain('method="post"');
    expect((await postForm(casePath, { response: "decline" })).status).toBe(409);
    const { events } = await (
      await request(`/api/v1/cases/${second.kase.id}/events`, {
        headers: { Authorization: "Bearer test-staff-api-token" },
      })
    ).json<{ events: { type: string; actor: string; data: Record<string, unknown> }[] }>();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "link_opened",
        actor: "referral_partner",
        data: expect.objectContaining({ via: "own_page" }),
      }),
    );
  });
});
