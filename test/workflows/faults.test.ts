import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { sha256Hex } from "../../src/lib/crypto";
import { countRows, files, multipartBody, request, submitWithFile } from "../helpers";
import { expectStatus, expectText } from "../http";
import { introspectWorkflow, linkFor, mailFor, postForm, submitCase } from "./driver";

describe("faults in the workflow", () => {
  it("a review request whose send step fails twice is sent exactly once", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.mockStepError({ name: "send for assign reviewers round 1" }, new Error("mail provider unavailable"), 2);
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    expect(await mailFor(kase.reference, { path: "review" })).toHaveLength(1);
  });

  it("record steps that time out and are retried record one decision outcome and send one message each", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.forceStepTimeout({ name: "tally round 1" }, 1);
      await m.forceStepTimeout({ name: "decline" }, 1);
      await m.mockStepError({ name: "send for decline" }, new Error("mail provider unavailable"), 1);
    });
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["capacity"] });
    await instance.waitForStatus("complete");
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(1);
    expect(await countRows("events", "case_id = ? AND type = 'declined'", kase.id)).toBe(1);
    expect(await countRows("notifications", "case_id = ? AND template = 'case-declined'", kase.id)).toBe(3);
    const sent = await env.DB.prepare(
      "SELECT m.\"to\" AS recipient FROM dev_mailbox m JOIN notifications n ON n.id = m.notification_id WHERE n.case_id = ? AND n.template = 'case-declined' ORDER BY recipient",
    )
      .bind(kase.id)
      .all<{ recipient: string }>();
    expect(sent.results.map((r) => r.recipient)).toEqual([
      "ann@lawfirm.example.com",
      "maria@example.com",
      "tom@example.com",
    ]);
  });
});

describe("capability links", () => {
  it("a decision POSTed twice records one; the second gets a clear 409 page", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const link = await linkFor(kase.reference, "review");
    await expectStatus(await postForm(link, { decision: "decline", reasonCodes: ["capacity"] }), 200);
    const again = await postForm(link, { decision: "accept" });
    expect(await expectText(again, 409)).toContain("This link was already used");
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(1);
    await instance.waitForStatus("complete");
  });

  it("two decisions racing on one link record one", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const link = await linkFor(kase.reference, "review");
    const answers = await Promise.all([
      postForm(link, { decision: "decline", reasonCodes: ["capacity"] }),
      postForm(link, { decision: "accept" }),
      postForm(link, { decision: "decline", reasonCodes: ["other"] }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(1);
  });

  it("a link of another purpose, round or case does nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const round1 = await linkFor(kase.reference, "review");
    const status = await linkFor(kase.reference, "status", "maria@example.com");
    const statusToken = status.split("/").pop();
    const reviewToken = round1.split("/").pop();

    // Another purpose: a status link is no review link, a review link no referral or respond link.
    await expectStatus(await request(`/review/${statusToken}`), 404);
    await expectStatus(await postForm(`/review/${statusToken}`, { decision: "accept" }), 404);
    await expectStatus(await request(`/referral/${reviewToken}`), 404);
    await expectStatus(await postForm(`/respond/${reviewToken}`, { answer: "x" }), 404);
    await expectStatus(await request(`/files/${statusToken}/anything`), 404);

    await postForm(round1, { decision: "request_info", questions: "Which court?" });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const respond = await linkFor(kase.reference, "respond");
    const { body, contentType } = multipartBody([{ name: "answer", value: "The county court." }]);
    await request(respond, { method: "POST", headers: { "Content-Type": contentType }, body });
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });

    // An earlier round: the round-1 link was used, and cannot decide round 2.
    const replay = await postForm(round1, { decision: "accept" });
    await expectStatus(replay, 409);
    expect(await countRows("decisions", "case_id = ? AND round = 2", kase.id)).toBe(0);

    // Another case's document through this case's link.
    const other = await submitCase(workflows);
    const withFile = await submitWithFile({ filename: "other.pdf", content: files.pdf() });
    const otherFile = await env.DB.prepare("SELECT id FROM attachments WHERE case_id = ?")
      .bind(withFile.id)
      .first<{ id: string }>();
    const round2 = await linkFor(kase.reference, "review");
    await expectStatus(await request(`/files/${round2.split("/").pop()}/${otherFile?.id}`), 404);
    expect(other.kase.id).not.toBe(kase.id);
  });

  it("GET on every link changes nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const snapshot = async () =>
      Promise.all([
        countRows("decisions", "case_id = ?", kase.id),
        countRows("responses", "case_id = ?", kase.id),
        countRows("events", "case_id = ? AND type <> 'link_opened'", kase.id),
        countRows("capability_tokens", "case_id = ? AND used_at IS NOT NULL", kase.id),
        countRows("assignments", "case_id = ? AND status = 'open'", kase.id),
        env.DB.prepare("SELECT status, updated_at FROM cases WHERE id = ?").bind(kase.id).first(),
      ]);
    const before = await snapshot();
    const links = [
      await linkFor(kase.reference, "review"),
      await linkFor(kase.reference, "status", "maria@example.com"),
    ];
    for (const link of links) {
      for (let i = 0; i < 3; i++) await expectStatus(await request(link), 200);
    }
    expect(await snapshot()).toEqual(before);
    // Each look is appended to the record, and that is all.
    expect(await countRows("events", "case_id = ? AND type = 'link_opened'", kase.id)).toBe(6);
  });

  it("documents download as attachments, never rendered, for a reviewer's link only", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const created = await submitWithFile({ filename: "judgment “final”.pdf", content: files.pdf() });
    const [instance] = await workflows.get();
    await instance?.waitForStepResult({ name: "send for assign reviewers round 1" });
    const review = await linkFor(created.reference, "review");
    const file = await env.DB.prepare("SELECT id FROM attachments WHERE case_id = ?")
      .bind(created.id)
      .first<{ id: string }>();
    const download = await request(`/files/${review.split("/").pop()}/${file?.id}`);
    await expectStatus(download, 200);
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("judgment “final”.pdf")}`,
    );
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(files.pdf());
    // Only hashes of links are kept.
    expect(await countRows("capability_tokens", "token_hash = ?", await sha256Hex(review.split("/").pop() ?? ""))).toBe(
      1,
    );
  });
});

describe("status links by role", () => {
  it("after a decline every role's page shows the reasons, the stage and the directory", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["no_new_evidence"] });
    await instance.waitForStatus("complete");

    const view = async (to: string) => (await request(`${await linkFor(kase.reference, "status", to)}?lang=en`)).text();
    const reason = en.declineReasons.text.no_new_evidence;
    for (const to of ["maria@example.com", "ann@lawfirm.example.com", "tom@example.com"]) {
      const page = await view(to);
      expect(page, to).toContain(reason);
      expect(page, to).toContain("Innocence Project Japan (demo)");
      expect(page, to).toContain("The organization cannot take this case.");
    }
  });
});
