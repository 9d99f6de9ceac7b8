import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { recordAnswer, recordDecision, recordReferralReply } from "../../src/cases/link-actions";
import { referralOutcome } from "../../src/cases/steps/outcomes";
import { closeRequest } from "../../src/cases/steps/requests";
import { closeAssignment, commit } from "../../src/cases/transitions";
import { createDb } from "../../src/db/client";
import type { TokenPurpose } from "../../src/db/schema";
import { lookUpToken } from "../../src/lib/tokens";
import { countRows, staffJson } from "../helpers";
import { expectError, expectStatus } from "../http";
import { caseRow, introspectWorkflow, linkFor, postForm, submitCase } from "../workflows/driver";

/**
 * Two changes to one case in the same moment: each read the case as it was, the other committed
 * first. The loser's own compare-and-set must refuse its whole batch. A link action is replayed
 * here with the link as its request read it, before the other change; the workflow's deadline
 * steps are run as the engine would run them.
 */

type Workflows = Awaited<ReturnType<typeof introspectWorkflow>>;

async function caseInReview(workflows: Workflows) {
  const { kase, instance } = await submitCase(workflows);
  await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
  const review = await env.DB.prepare("SELECT id FROM assignments WHERE case_id = ? AND kind = 'review'")
    .bind(kase.id)
    .first<{ id: string }>();
  if (!review) throw new Error("no review assignment");
  return { kase, instance, reviewLink: await linkFor(kase.reference, "review"), assignmentId: review.id };
}

/** The link as a request reads it before acting: live. */
async function readLink(path: string, purpose: TokenPurpose) {
  const lookup = await lookUpToken(createDb(env), path.split("/").pop() ?? "", purpose);
  if (!lookup.ok) throw new Error(`link not live: ${lookup.reason}`);
  return { env, db: createDb(env), token: lookup.token, requestId: "test" };
}

describe("racing transitions", () => {
  it("a decision read live, then a reassignment committed: the decision records nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, reviewLink, assignmentId } = await caseInReview(workflows);
    const deciding = await readLink(reviewLink, "review");
    await expectStatus(await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId }), 200);

    expect(await recordDecision(deciding, { decision: "accept", reasonCodes: [], expertDocuments: [] }, null)).toBe(
      false,
    );
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(0);
    expect(await countRows("events", "case_id = ? AND type = 'decided'", kase.id)).toBe(0);
    expect(await countRows("assignments", "case_id = ? AND kind = 'review' AND status = 'open'", kase.id)).toBe(1);
  });

  it("a reassignment read the review open, then a decision committed: the reassignment hands nothing on", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, reviewLink, assignmentId } = await caseInReview(workflows);
    await expectStatus(await postForm(reviewLink, { decision: "accept" }), 200);

    // The reassignment's own compare-and-set, as it runs after its checks passed.
    const db = createDb(env);
    const handedOn = await commit(
      db,
      closeAssignment(db, kase.id, assignmentId, "reassigned", { type: "reassigned", actor: "staff:test" }),
    );
    expect(handedOn).toBe(false);
    expect(await countRows("events", "case_id = ? AND type = 'reassigned'", kase.id)).toBe(0);
    // Through the API it is a clear 409, and nobody new is asked.
    await expectError(await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId }), 409, "conflict");
    expect(await countRows("assignments", "case_id = ? AND kind = 'review'", kase.id)).toBe(1);
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(1);
  });

  it("a decision read live, then the case was withdrawn: the decision records nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, reviewLink } = await caseInReview(workflows);
    const deciding = await readLink(reviewLink, "review");
    await expectStatus(await staffJson(`/api/v1/cases/${kase.id}/withdraw`, "POST", {}), 200);

    expect(
      await recordDecision(deciding, { decision: "decline", reasonCodes: ["capacity"], expertDocuments: [] }, null),
    ).toBe(false);
    expect(await countRows("decisions", "case_id = ?", kase.id)).toBe(0);
    expect((await caseRow(kase.id))?.status).toBe("withdrawn");
  });

  it("an answer read live, then its deadline passed: the answer records nothing, the request lapsed", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance, reviewLink } = await caseInReview(workflows);
    await postForm(reviewLink, { decision: "request_info", questions: "Which court?" });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const answering = await readLink(await linkFor(kase.reference, "respond"), "respond");
    expect(await closeRequest(createDb(env), kase.id, 1, "respond")).toEqual({ answered: false });

    const answer = { text: "The county court.", uploads: [], responderRole: "family" as const };
    expect(await recordAnswer(answering, answer)).toBe(false);
    expect(await countRows("responses", "case_id = ?", kase.id)).toBe(0);
    expect(await countRows("assignments", "case_id = ? AND kind = 'respond' AND status = 'lapsed'", kase.id)).toBe(1);
  });

  it("the deadline step after an answer committed finds it answered, and lapses nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance, reviewLink } = await caseInReview(workflows);
    await postForm(reviewLink, { decision: "request_info", questions: "Which court?" });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const answering = await readLink(await linkFor(kase.reference, "respond"), "respond");
    expect(await recordAnswer(answering, { text: "The county court.", uploads: [], responderRole: "family" })).toBe(
      true,
    );

    expect(await closeRequest(createDb(env), kase.id, 1, "respond")).toEqual({ answered: true });
    expect(await countRows("events", "case_id = ? AND type = 'request_lapsed'", kase.id)).toBe(0);
  });

  it("a referral reply read live, then the offer's deadline passed: the reply records nothing", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance, reviewLink } = await caseInReview(workflows);
    await postForm(reviewLink, { decision: "accept" });
    await instance.waitForStepResult({ name: "send for offer to referral partner" });
    const replying = await readLink(await linkFor(kase.reference, "referral"), "referral");
    expect((await referralOutcome(createDb(env), kase.id)).answer).toBe("lapsed");

    expect(await recordReferralReply(replying, true)).toBe(false);
    expect(await countRows("responses", "case_id = ?", kase.id)).toBe(0);
    expect(await countRows("events", "case_id = ? AND type = 'referral_accepted'", kase.id)).toBe(0);
  });
});
