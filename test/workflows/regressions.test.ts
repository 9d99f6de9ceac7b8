import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, request, staffJson } from "../helpers";
import { caseRow, introspectWorkflow, linkFor, mailFor, postForm, stepResult, submitCase } from "./driver";

/** Bugs found by trying the review loop end to end (issue 14); each test failed before its fix. */

/** An organization whose two reviewers both read English, so the wording can be checked whoever is asked. */
const REVIEWERS = ["ines.one@reviewers.example.org", "jon.two@reviewers.example.org"];
async function englishOrganization() {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-en', 'test-en', 'English Review Project (test)', '[\"en\"]', 'intake@en.example.org', '[\"US-PA\"]')",
    ),
    ...REVIEWERS.map((email, n) =>
      env.DB.prepare(
        "INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES (?, 'org-test-en', ?, ?, 'en')",
      ).bind(`rev-en-${n}`, `Reviewer ${n}`, email),
    ),
  ]);
}

async function reviewerAsked(reference: string): Promise<string> {
  const [asked] = await mailFor(reference, { path: "review" });
  if (!asked) throw new Error(`no review request for ${reference}`);
  return asked.to;
}

describe("who passed the case to whom", () => {
  it("a case referred to another member names the referring organization, not the receiving one twice", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "refer", organization: "demo-uk" });
    await instance.waitForStepResult({ name: "send for offer to org-demo-uk" });
    await postForm(await linkFor(kase.reference, "referral", "intake@demo-uk.example.org"), { response: "accept" });
    await instance.waitForStatus("complete");

    expect((await caseRow(kase.id))?.organization_id).toBe("org-demo-uk");
    const [toTom] = await mailFor(kase.reference, { to: "tom@example.com" });
    expect(toTom?.text).toContain(
      "Keystone Innocence Project (demo) has passed the case of Daniel Ortega to Innocence Network UK (demo)",
    );
    expect(toTom?.text).not.toContain("Innocence Network UK (demo) has passed");
  });
});

describe("one message per person", () => {
  it("a lawyer who applied and named herself as the current lawyer gets each message once", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, {
      submitter: { role: "defense_attorney", name: "Ann Counsel", email: "ann@lawfirm.example.com" },
      lawyers: [
        { role: "current", name: "Ann Counsel", email: "Ann@LawFirm.example.com", mayContact: true, notify: true },
      ],
    });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["capacity"] });
    await instance.waitForStatus("complete");

    const toAnn = await mailFor(kase.reference, { to: "ann@lawfirm.example.com" });
    expect(toAnn.map((m) => m.subject)).toEqual([
      `Decision on the application — ${kase.reference}`,
      `Application received — ${kase.reference}`,
    ]);
    expect(await mailFor(kase.reference, { to: "Ann@LawFirm.example.com" })).toHaveLength(0);
    expect(await mailFor(kase.reference, { to: "tom@example.com" })).toHaveLength(2);
  });
});

describe("“from you” only to the person asked", () => {
  it("while the submitter is asked questions, the others' status pages and mail do not say it is up to them", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "request_info",
      questions: "Who can confirm the alibi?",
    });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    expect((await caseRow(kase.id))?.status).toBe("awaiting_info");

    const statusPage = async (to: string) =>
      (await request(`${await linkFor(kase.reference, "status", to)}?lang=en`)).text();
    expect(await statusPage("maria@example.com")).toContain("We need information from you");
    for (const other of ["tom@example.com", "ann@lawfirm.example.com"]) {
      const page = await statusPage(other);
      expect(page).not.toContain("from you");
      expect(page).not.toContain("Answer the questions");
      expect(page).toContain("Waiting for more information from the person who sent the application.");
      for (const mail of await mailFor(kase.reference, { to: other })) {
        expect(mail.text).not.toMatch(/from you|de usted|あなたから/);
      }
    }
  });
});

describe("the receiving organization's deadline", () => {
  it("a referral to another member is due by that member's referral deadline", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "refer", organization: "demo-jp" });
    const offer = await stepResult<{ dueInDays: number }>(instance, { name: "offer to org-demo-jp" });
    expect(offer.dueInDays).toBe(30);

    const row = await env.DB.prepare(
      "SELECT due_at, created_at FROM assignments WHERE case_id = ? AND kind = 'referral' AND organization_id = 'org-demo-jp'",
    )
      .bind(kase.id)
      .first<{ due_at: number; created_at: number }>();
    const days = ((row?.due_at ?? 0) - (row?.created_at ?? 0)) / 86_400_000;
    expect(days).toBeCloseTo(30, 1);
    await instance.waitForStepResult({ name: "send for offer to org-demo-jp" });
  });
});

describe("the refer list", () => {
  it("offers the members that serve the place of conviction, and the others only behind “show all”", async () => {
    await env.DB.prepare(
      "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-de', 'test-de', 'Delaware Project (test)', '[\"en\"]', 'intake@de.example.org', '[\"US-DE\",\"US-PA\"]')",
    ).run();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });

    const page = await (
      await request(await linkFor(kase.reference, "review"), { headers: { "Accept-Language": "en" } })
    ).text();
    const form = page.slice(page.indexOf('id="f-organization"'));
    const [serving = "", rest = ""] = form.split("<details");
    const showAll = rest.slice(0, rest.indexOf("</details>"));
    expect(serving).toContain('value="test-de"');
    expect(serving).not.toContain('value="demo-uk"');
    expect(serving).not.toContain('value="demo-jp"');
    expect(showAll).toContain("Show all organizations");
    expect(showAll).toContain('value="demo-uk"');
    expect(showAll).toContain('value="demo-jp"');
    // Its own organization is never offered.
    expect(form).not.toContain('value="demo-pa"');
    await postForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["capacity"] });
    await instance.waitForStatus("complete");
  });
});

describe("the reviewer taken off a case is told", () => {
  it("when staff hand the review to someone else", async () => {
    await englishOrganization();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { organization: "test-en" });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const first = await reviewerAsked(kase.reference);
    const assignment = await env.DB.prepare(
      "SELECT id FROM assignments WHERE case_id = ? AND kind = 'review' AND status = 'open'",
    )
      .bind(kase.id)
      .first<{ id: string }>();
    const reassigned = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: assignment?.id });
    expect(reassigned.status).toBe(200);

    const [told] = await mailFor(kase.reference, { to: first });
    expect(told?.subject).toBe(`You no longer need to review this case — ${kase.reference}`);
    expect(told?.text).toContain("passed this case to another reviewer");
    expect(told?.text).toContain("Thank you");
    expect(told?.text).not.toContain("/review/");
    const second = REVIEWERS.find((r) => r !== first) ?? "";
    await postForm(await linkFor(kase.reference, "review", second), { decision: "decline", reasonCodes: ["capacity"] });
    await instance.waitForStatus("complete");
  });

  it("when they are replaced after staying silent through every reminder", async () => {
    await englishOrganization();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      for (const index of [1, 2, 3]) await m.forceEventTimeout({ name: "wait for decision round 1", index });
    });
    const { kase, instance } = await submitCase(workflows, { organization: "test-en" });
    const [silent] = await stepResult<{ assignmentId: string }[]>(instance, {
      name: "silent reviews round 1",
      index: 3,
    });
    if (!silent) throw new Error("no silent review");
    const { planned } = await stepResult<{ planned: string[] }>(instance, { name: `replace ${silent.assignmentId}` });
    await instance.waitForStepResult({ name: `send for replace ${silent.assignmentId}`, index: planned.length });

    const row = await env.DB.prepare(
      "SELECT r.email FROM assignments a JOIN reviewers r ON r.id = a.reviewer_id WHERE a.id = ?",
    )
      .bind(silent.assignmentId)
      .first<{ email: string }>();
    const [told] = await mailFor(kase.reference, { to: row?.email });
    expect(told?.subject).toBe(`You no longer need to review this case — ${kase.reference}`);
    expect(told?.text).toContain("We had not heard from you about this case");
    expect(told?.text).not.toContain("/review/");
    expect(await countRows("notifications", "case_id = ? AND template = 'review-released'", kase.id)).toBe(1);
    const other = REVIEWERS.find((r) => r !== row?.email) ?? "";
    await postForm(await linkFor(kase.reference, "review", other), { decision: "decline", reasonCodes: ["other"] });
    await instance.waitForStatus("complete");
  });
});
