import { introspectWorkflowInstance } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { mailbox, request, staffJson, staffRequest, submitApplication, waitUntil } from "../helpers";
import { expectError, expectJson, expectStatus, expectText, shapes } from "../http";
import { linkFor, postForm } from "../workflows/driver";

/** A case waiting for its first review; hold it with `await using`. */
async function caseInReview() {
  const created = await submitApplication();
  const instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
  await instance.waitForStepResult({ name: "assign reviewers round 1" });
  const assignment = await env.DB.prepare(
    "SELECT id, reviewer_id FROM assignments WHERE case_id = ? AND kind = 'review' AND status = 'open'",
  )
    .bind(created.id)
    .first<{ id: string; reviewer_id: string }>();
  if (!assignment) throw new Error("no review assignment");
  // The workflow lives as long as its introspector: the test disposes of both at its end.
  return { ...created, assignment, instance, [Symbol.asyncDispose]: () => instance[Symbol.asyncDispose]() };
}

/** The review link emailed to `email` about a case, once the send step has run. */
function reviewLinkTo(reference: string, email: string) {
  return waitUntil(
    `a review link for ${reference} to ${email}`,
    () => linkFor(reference, "review", email).catch(() => null),
    5_000,
  );
}

const emailOf = { "rev-pa-1": "alex.rivera@reviewers.example.org", "rev-pa-2": "beatriz.santos@reviewers.example.org" };

describe("reassign", () => {
  it("hands the open review to the other reviewer, who is emailed; the old link stops working", async () => {
    await using kase = await caseInReview();
    const before = kase.assignment.reviewer_id as keyof typeof emailOf;
    const other = before === "rev-pa-1" ? "rev-pa-2" : "rev-pa-1";
    const oldLink = await reviewLinkTo(kase.reference, emailOf[before]);
    expect(oldLink).toBeTruthy();

    const response = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: kase.assignment.id });
    const body = await expectJson(response, 200, shapes.reassigned);
    expect(body.reviewerId).toBe(other);

    const newLink = await reviewLinkTo(kase.reference, emailOf[other]);
    expect(newLink).toBeTruthy();
    await expectStatus(await request(newLink ?? ""), 200);
    await expectStatus(await request(oldLink ?? ""), 410);

    const { events } = await expectJson(await staffRequest(`/api/v1/cases/${kase.id}/events`), 200, shapes.events);
    expect(events).toContainEqual(expect.objectContaining({ type: "reassigned", actor: "staff:api-token" }));

    // The same review again: it is no longer open.
    const twice = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: kase.assignment.id });
    await expectError(twice, 409, "conflict");

    // The waiting workflow takes the new reviewer's decision like any other.
    await expectStatus(await postForm(newLink ?? "", { decision: "decline", reasonCodes: ["capacity"] }), 200);
    await kase.instance.waitForStatus("complete");
    expect(await kase.instance.getOutput()).toMatchObject({ outcome: "declined" });
  });

  it("refuses a reviewer of another organization, an unknown assignment and a malformed body", async () => {
    await using kase = await caseInReview();
    const foreign = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", {
      assignmentId: kase.assignment.id,
      reviewerId: "rev-uk-1",
    });
    expect((await expectError(foreign, 400, "invalid_request")).error.issues?.[0]?.path).toBe("reviewerId");
    await expectError(
      await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: "nope" }),
      404,
      "not_found",
    );
    const malformed = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { reviewerId: 7 });
    await expectError(malformed, 400, "invalid_request");
    const still = await env.DB.prepare("SELECT status FROM assignments WHERE id = ?").bind(kase.assignment.id).first();
    expect(still).toEqual({ status: "open" });
  });
});

describe("withdraw and close", () => {
  it("withdrawing stops the workflow and the review link; the status link shows the outcome", async () => {
    await using kase = await caseInReview();
    const link = await reviewLinkTo(kase.reference, emailOf[kase.assignment.reviewer_id as keyof typeof emailOf]);
    const response = await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    expect(await expectJson(response, 200, shapes.ended)).toEqual({ id: kase.id, status: "withdrawn" });

    const instance = await env.CASE_REVIEW.get(kase.id);
    expect((await instance.status()).status).toBe("terminated");
    await expectStatus(await request(link ?? ""), 410);
    const row = await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(kase.id).first();
    expect(row).toEqual({ status: "withdrawn" });
    const acknowledgement = (await mailbox()).find(
      (m) => m.subject.endsWith(kase.reference) && m.to === "maria@example.com",
    );
    const token = /\/status\/([A-Za-z0-9_-]{43})/.exec(acknowledgement?.text ?? "")?.[1];
    const status = await expectJson(await request(`/api/v1/status/${token}`), 200, shapes.caseStatus);
    expect(status).toMatchObject({ reference: kase.reference, status: "withdrawn" });
    expect(await expectText(await request(`/status/${token}?lang=en`), 200)).toContain(
      "Your application to Keystone Innocence Project (demo) was withdrawn.",
    );

    const again = await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    await expectError(again, 409, "conflict");
  });

  it("closing needs a known reason and is recorded with it", async () => {
    await using kase = await caseInReview();
    const bad = await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "because" });
    expect((await expectError(bad, 400, "invalid_request")).error.issues?.[0]?.path).toBe("reason");

    await expectStatus(await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "duplicate" }), 200);
    const { events } = await expectJson(await staffRequest(`/api/v1/cases/${kase.id}/events`), 200, shapes.events);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "closed",
        actor: "staff:api-token",
        data: { from: "in_review", reason: "duplicate" },
      }),
    );
    await expectError(await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "other" }), 409, "conflict");
  });

  it("an unknown case is 404", async () => {
    await expectError(await staffRequest("/api/v1/cases/no-such-case/withdraw", { method: "POST" }), 404, "not_found");
  });
});
