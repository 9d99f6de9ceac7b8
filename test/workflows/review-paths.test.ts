import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, multipartBody, request } from "../helpers";
import { expectStatus, expectText } from "../http";
import { caseRow, introspectWorkflow, linkFor, mailFor, postForm, stepResult, submitCase } from "./driver";

const REVIEWER_PA = "alex.rivera@reviewers.example.org";

describe("review paths, driven from the dev mailbox", () => {
  it("decline: the applicant side is told the reasons in plain language, with the directory", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });

    const reviewLink = await linkFor(kase.reference, "review");
    const page = await request(reviewLink, { headers: { "Accept-Language": "en" } });
    const html = await expectText(page, 200);
    expect(html).toContain(kase.reference);
    expect(html).toContain("Daniel Ortega");
    expect(html).toContain('name="decision"');

    const decided = await postForm(reviewLink, {
      decision: "decline",
      reasonCodes: ["no_new_evidence"],
      note: "internal",
    });
    expect(await expectText(decided, 200)).toContain("Your decision was recorded");

    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toMatchObject({ outcome: "declined" });
    expect((await caseRow(kase.id))?.status).toBe("declined");
    const [toMaria] = await mailFor(kase.reference, { to: "maria@example.com" });
    expect(toMaria?.text).toContain("Innocence Network UK (demo)");
    expect(toMaria?.text).not.toContain("internal");
    expect(await countRows("decisions", "case_id = ? AND outcome = 'decline'", kase.id)).toBe(1);
  });

  it("accept → referral accepted: the partner gets the packet, accepts, and everyone is told", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "accept", note: "Strong alibi evidence." });

    await instance.waitForStepResult({ name: "send for offer to referral partner" });
    expect((await caseRow(kase.id))?.status).toBe("accepted");
    const referral = await linkFor(kase.reference, "referral", "intake@liberty-probono.example.com");
    const packet = await (await request(referral, { headers: { "Accept-Language": "en" } })).text();
    expect(packet).toContain("Daniel Ortega");
    expect(packet).toContain("Strong alibi evidence.");
    await expectStatus(await postForm(referral, { response: "accept" }), 200);

    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toMatchObject({ outcome: "referred" });
    expect((await caseRow(kase.id))?.status).toBe("referred");
    const toFamily = await mailFor(kase.reference, { to: "maria@example.com" });
    expect(toFamily.map((m) => m.text).join("\n")).toContain("Liberty Pro Bono LLP");
    expect(toFamily.length).toBe(3); // received, accepted, referred
    const toAttorney = await mailFor(kase.reference, { to: "ann@lawfirm.example.com" });
    expect(toAttorney.length).toBe(3);
  });

  it("accept → referral lapsed: silence past the deadline goes back to staff by email", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for referral partner" });
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "accept" });

    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toMatchObject({ outcome: "accepted" });
    const [alert] = await mailFor(kase.reference, { to: "intake@demo-pa.example.org" });
    expect(alert?.subject).toContain(kase.reference);
    expect(alert?.text).toContain("Liberty Pro Bono LLP");
    expect(await countRows("assignments", "case_id = ? AND kind = 'referral' AND status = 'lapsed'", kase.id)).toBe(1);
    // The partner's link no longer works.
    const stale = await request(await linkFor(kase.reference, "referral"));
    await expectStatus(stale, 410);
  });

  it("request_info → answer → accept: the questions go to the applicant side and the answer back to the reviewer", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for referral partner" });
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const firstLink = await linkFor(kase.reference, "review", REVIEWER_PA);
    await postForm(firstLink, { decision: "request_info", questions: "Who can confirm you were at work?" });

    await instance.waitForStepResult({ name: "send for request_info round 1" });
    expect((await caseRow(kase.id))?.status).toBe("awaiting_info");
    const respond = await linkFor(kase.reference, "respond", "maria@example.com");
    const questionsPage = await (await request(respond, { headers: { "Accept-Language": "en" } })).text();
    expect(questionsPage).toContain("Who can confirm you were at work?");
    const { body, contentType } = multipartBody([
      { name: "answer", value: "His shift manager, Ms. Lee." },
      {
        name: "attachments",
        filename: "timesheet.pdf",
        type: "application/pdf",
        content: new TextEncoder().encode("%PDF-1.4\ntimesheet"),
      },
    ]);
    const answered = await request(respond, { method: "POST", headers: { "Content-Type": contentType }, body });
    await expectStatus(answered, 200);

    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    const secondLink = await linkFor(kase.reference, "review", REVIEWER_PA);
    expect(secondLink).not.toBe(firstLink);
    const [newRequest] = await mailFor(kase.reference, { to: REVIEWER_PA, path: "review" });
    expect(newRequest?.subject).toMatch(/answered/i);
    const round2 = await (await request(secondLink, { headers: { "Accept-Language": "en" } })).text();
    expect(round2).toContain("His shift manager, Ms. Lee.");
    expect(round2).toContain("timesheet.pdf");
    expect(round2).not.toContain("No answer came back before the deadline.");
    await postForm(secondLink, { decision: "accept" });

    await instance.waitForStatus("complete");
    expect((await caseRow(kase.id))?.status).toBe("accepted");
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(2);
  });

  it("request_info → no answer by the deadline: the next round's reviewer sees the questions went unanswered", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for answer round 1" });
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review", REVIEWER_PA), {
      decision: "request_info",
      questions: "Who can confirm you were at work?",
    });

    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    expect(await countRows("assignments", "case_id = ? AND kind = 'respond' AND status = 'lapsed'", kase.id)).toBe(1);
    const round2 = await (
      await request(await linkFor(kase.reference, "review", REVIEWER_PA), { headers: { "Accept-Language": "en" } })
    ).text();
    expect(round2).toContain("Who can confirm you were at work?");
    expect(round2).toContain("No answer came back before the deadline.");
  });

  it("consult_expert → opinion → decline: the expert sees a redacted case and the reviewer sees the opinion", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "consult_expert",
      expertEmail: "dr.forensics@lab.example.org",
      questions: "Is the eyewitness identification procedure reliable?",
    });

    await instance.waitForStepResult({ name: "send for consult_expert round 1" });
    expect((await caseRow(kase.id))?.status).toBe("awaiting_expert");
    const consult = await linkFor(kase.reference, "consult", "dr.forensics@lab.example.org");
    const redacted = await (await request(consult, { headers: { "Accept-Language": "en" } })).text();
    expect(redacted).toContain("Is the eyewitness identification procedure reliable?");
    expect(redacted).toContain("Robbery");
    for (const personal of [
      "Daniel Ortega",
      "Maria Ortega",
      "maria@example.com",
      "Ann Counsel",
      "KX-4471",
      "Tom Friend",
    ]) {
      expect(redacted).not.toContain(personal);
    }
    await expectStatus(await postForm(consult, { opinion: "The line-up was suggestive." }), 200);

    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    const review = await linkFor(kase.reference, "review");
    expect(await (await request(review)).text()).toContain("The line-up was suggestive.");
    await postForm(review, { decision: "decline", reasonCodes: ["capacity"] });

    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toMatchObject({ outcome: "declined" });
  });

  it("refer → lapse → next organization: the next eligible member gets the referral and takes the case", async () => {
    await env.DB.batch([
      env.DB.prepare(
        "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-test-pa2', 'test-pa2', 'Second Pennsylvania Project (test)', '[\"en\"]', 'intake@pa2.example.org', '[\"US-PA\"]')",
      ),
    ]);
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for org-demo-uk" });
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "refer", organization: "demo-uk" });

    await instance.waitForStepResult({ name: "send for offer to org-test-pa2" });
    expect(await mailFor(kase.reference, { to: "intake@demo-uk.example.org", path: "referral" })).toHaveLength(1);
    const offer = await linkFor(kase.reference, "referral", "intake@pa2.example.org");
    await postForm(offer, { response: "accept" });

    await instance.waitForStatus("complete");
    expect(await caseRow(kase.id)).toEqual({ status: "referred", organization_id: "org-test-pa2" });
    expect(await countRows("events", "case_id = ? AND type = 'referral_lapsed'", kase.id)).toBe(1);
    const told = await mailFor(kase.reference, { to: "maria@example.com" });
    expect(told.map((m) => m.text).join("\n")).toContain("Second Pennsylvania Project (test)");
  });

  it("reviewer silence → reminders → escalation → reassignment", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      for (const index of [1, 2, 3]) await m.forceEventTimeout({ name: "wait for decision round 1", index });
    });
    const { kase, instance } = await submitCase(workflows);
    const [silentReview] = await stepResult<{ assignmentId: string }[]>(instance, {
      name: "silent reviews round 1",
      index: 3,
    });
    if (!silentReview) throw new Error("no silent review in round 1");
    const { outcome } = await stepResult<{ outcome: string }>(instance, {
      name: `replace ${silentReview.assignmentId}`,
    });
    expect(outcome).toBe("replaced");
    await instance.waitForStepResult({ name: `send for replace ${silentReview.assignmentId}`, index: 2 });

    const first = await env.DB.prepare(
      "SELECT reviewer_id, status, reminders_sent FROM assignments WHERE case_id = ? AND kind = 'review' ORDER BY created_at",
    )
      .bind(kase.id)
      .all<{ reviewer_id: string; status: string; reminders_sent: number }>();
    expect(first.results.map((a) => a.status)).toEqual(["reassigned", "open"]);
    expect(first.results[0]?.reminders_sent).toBe(2);
    const silent = first.results[0]?.reviewer_id === "rev-pa-1" ? REVIEWER_PA : "beatriz.santos@reviewers.example.org";
    const replacement = silent === REVIEWER_PA ? "beatriz.santos@reviewers.example.org" : REVIEWER_PA;
    const toSilent = await mailFor(kase.reference, { to: silent });
    expect(toSilent).toHaveLength(4); // the request, two reminders, and that it went to someone else
    const [escalation] = await mailFor(kase.reference, { to: "intake@demo-pa.example.org" });
    expect(escalation).toBeDefined();
    // The silent reviewer's link was turned off.
    await expectStatus(await request(await linkFor(kase.reference, "review", silent)), 410);

    await postForm(await linkFor(kase.reference, "review", replacement), {
      decision: "decline",
      reasonCodes: ["other"],
    });
    await instance.waitForStatus("complete");
    expect((await caseRow(kase.id))?.status).toBe("declined");
  });

  it("screening routes a case to the member that serves the place of conviction", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { organization: "demo-uk" });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    expect(await caseRow(kase.id)).toEqual({ status: "in_review", organization_id: "org-demo-pa" });
    const [routed] = await mailFor(kase.reference, { to: "tom@example.com" });
    expect(routed?.text).toContain("Keystone Innocence Project (demo)");
    expect(await countRows("screenings", "case_id = ?", kase.id)).toBe(2);
  });

  it("screening declines, with the directory, a case no member serves", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, {
      organization: "demo-uk",
      conviction: { jurisdiction: "FR", offenses: "Theft" },
    });
    await instance.waitForStatus("complete");
    expect(await instance.getOutput()).toMatchObject({ outcome: "declined" });
    const [declined] = await mailFor(kase.reference, { to: "tom@example.com" });
    expect(declined?.text).toContain("Innocence Project Japan (demo)");
    // The status page gives the screening's reason (no reviewer's decision) and the other members.
    const page = await (await request(`${new URL(kase.statusUrl).pathname}?lang=en`)).text();
    expect(page).toContain("The conviction happened in a place this organization does not cover.");
    expect(page).toContain("Innocence Project Japan (demo)");
  });
});

describe("quorum", () => {
  async function quorumOrganization() {
    await env.DB.batch([
      env.DB.prepare(
        "INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, quorum) VALUES ('org-test-q', 'test-quorum', 'Quorum Project (test)', '[\"en\"]', 'intake@quorum.example.org', '[\"US-PA\"]', 2)",
      ),
      ...[1, 2, 3].map((n) =>
        env.DB.prepare(
          `INSERT OR IGNORE INTO reviewers (id, organization_id, name, email) VALUES ('rev-q-${n}', 'org-test-q', 'Quorum Reviewer ${n}', 'q${n}@reviewers.example.org')`,
        ),
      ),
    ]);
  }

  it("two reviewers must agree; a split brings in a third and tells staff", async () => {
    await quorumOrganization();
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for referral partner" });
    });
    const { kase, instance } = await submitCase(workflows, { organization: "test-quorum" });
    const { assigned } = await stepResult<{ assigned: number }>(instance, { name: "assign reviewers round 1" });
    expect(assigned).toBe(2);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1", index: 2 });
    const asked = (await mailFor(kase.reference, { path: "review" })).map((m) => m.to).sort();
    expect(asked).toHaveLength(2);

    const [a, b] = asked as [string, string];
    await postForm(await linkFor(kase.reference, "review", a), { decision: "accept" });
    await postForm(await linkFor(kase.reference, "review", b), { decision: "decline", reasonCodes: ["capacity"] });
    const { tiebreaker } = await stepResult<{ tiebreaker: boolean }>(instance, { name: "break split round 1" });
    expect(tiebreaker).toBe(true);
    await instance.waitForStepResult({ name: "send for break split round 1", index: 2 });
    expect(await mailFor(kase.reference, { to: "intake@quorum.example.org" })).toHaveLength(1);
    expect((await caseRow(kase.id))?.status).toBe("in_review");

    const third = (await mailFor(kase.reference, { path: "review" }))
      .map((m) => m.to)
      .find((to) => !asked.includes(to));
    if (!third) throw new Error("no third reviewer");
    await postForm(await linkFor(kase.reference, "review", third), { decision: "accept" });
    await instance.waitForStatus("complete");
    expect((await caseRow(kase.id))?.status).toBe("accepted");
  });
});
