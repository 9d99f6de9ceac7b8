import { introspectWorkflowInstance } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { mailbox, postApplication, request, staffJson, staffRequest, validApplication } from "../helpers";
import { postForm } from "../workflows/driver";

/** A case waiting for its first review; hold it with `await using`. */
async function caseInReview() {
  const response = await postApplication(validApplication());
  const created = await response.json<{ id: string; reference: string }>();
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
async function reviewLinkTo(reference: string, email: string) {
  for (let tries = 0; tries < 50; tries++) {
    const mail = (await mailbox()).find(
      (m) => m.subject.endsWith(reference) && m.to === email && m.text.includes("/review/"),
    );
    const link = /http:\/\/intake\.test(\/review\/[A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")?.[1];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
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
    const body = await response.json<{ assignmentId: string; reviewerId: string }>();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.reviewerId).toBe(other);

    const newLink = await reviewLinkTo(kase.reference, emailOf[other]);
    expect(newLink).toBeTruthy();
    expect((await request(newLink ?? "")).status).toBe(200);
    const old = await request(oldLink ?? "");
    expect(old.status).toBe(410);

    const { events } = await (await staffRequest(`/api/v1/cases/${kase.id}/events`)).json<{
      events: { type: string; actor: string }[];
    }>();
    expect(events).toContainEqual(expect.objectContaining({ type: "reassigned", actor: "staff:api-token" }));

    // The same review again: it is no longer open.
    const twice = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: kase.assignment.id });
    expect(twice.status).toBe(409);

    // The waiting workflow takes the new reviewer's decision like any other.
    const decided = await postForm(newLink ?? "", { decision: "decline", reasonCodes: ["capacity"] });
    expect(decided.status).toBe(200);
    await kase.instance.waitForStatus("complete");
    expect(await kase.instance.getOutput()).toMatchObject({ outcome: "declined" });
  });

  it("refuses a reviewer of another organization, an unknown assignment and a malformed body", async () => {
    await using kase = await caseInReview();
    const foreign = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", {
      assignmentId: kase.assignment.id,
      reviewerId: "rev-uk-1",
    });
    expect(foreign.status).toBe(400);
    expect((await foreign.json<{ error: { issues: { path: string }[] } }>()).error.issues[0]?.path).toBe("reviewerId");
    expect((await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { assignmentId: "nope" })).status).toBe(404);
    const malformed = await staffJson(`/api/v1/cases/${kase.id}/reassign`, "POST", { reviewerId: 7 });
    expect(malformed.status).toBe(400);
    const still = await env.DB.prepare("SELECT status FROM assignments WHERE id = ?").bind(kase.assignment.id).first();
    expect(still).toEqual({ status: "open" });
  });
});

describe("withdraw and close", () => {
  it("withdrawing stops the workflow and the review link; the status link shows the outcome", async () => {
    await using kase = await caseInReview();
    const link = await reviewLinkTo(kase.reference, emailOf[kase.assignment.reviewer_id as keyof typeof emailOf]);
    const response = await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toEqual({ id: kase.id, status: "withdrawn" });

    const instance = await env.CASE_REVIEW.get(kase.id);
    expect((await instance.status()).status).toBe("terminated");
    expect((await request(link ?? "")).status).toBe(410);
    const row = await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(kase.id).first();
    expect(row).toEqual({ status: "withdrawn" });
    const acknowledgement = (await mailbox()).find(
      (m) => m.subject.endsWith(kase.reference) && m.to === "maria@example.com",
    );
    const token = /\/status\/([A-Za-z0-9_-]{43})/.exec(acknowledgement?.text ?? "")?.[1];
    const status = await request(`/api/v1/status/${token}`);
    expect(await status.json()).toMatchObject({ reference: kase.reference, status: "withdrawn" });
    expect(await (await request(`/status/${token}?lang=en`)).text()).toContain(
      "Your application to Keystone Innocence Project (demo) was withdrawn.",
    );

    const again = await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    expect(again.status).toBe(409);
  });

  it("closing needs a known reason and is recorded with it", async () => {
    await using kase = await caseInReview();
    const bad = await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "because" });
    expect(bad.status).toBe(400);
    expect((await bad.json<{ error: { issues: { path: string }[] } }>()).error.issues[0]?.path).toBe("reason");

    const response = await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "duplicate" });
    expect(response.status).toBe(200);
    const { events } = await (await staffRequest(`/api/v1/cases/${kase.id}/events`)).json<{
      events: { type: string; actor: string; data: Record<string, unknown> }[];
    }>();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "closed",
        actor: "staff:api-token",
        data: { from: "in_review", reason: "duplicate" },
      }),
    );
    expect((await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "other" })).status).toBe(409);
  });

  it("an unknown case is 404", async () => {
    expect((await staffRequest("/api/v1/cases/no-such-case/withdraw", { method: "POST" })).status).toBe(404);
  });
});
