import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { renderEmail, type TemplateProps, templates } from "../../emails";
import { deliverMessage } from "../../src/cases/messages/deliver";
import { type MessagePlan, messageContexts } from "../../src/cases/messages/plan";
import { countRows, mailbox, submitApplication, waitForReviewRequest } from "../helpers";

describe("typed messages", () => {
  it("a plan whose context does not fit its template is a compile error, and refused at run time", () => {
    const plan: MessagePlan<"review-request"> = {
      caseId: "case",
      template: "review-request",
      recipient: { reviewerId: "rev-pa-1" },
      occasion: "round-1",
      // @ts-expect-error: "because" is no reason the review-request template knows.
      context: { assignmentId: "a", reason: "because" },
    };
    expect(messageContexts["review-request"].safeParse(plan.context).success).toBe(false);
  });

  it("props that do not fit their template are a compile error, and refused at run time", async () => {
    const props: TemplateProps<"review-request"> = {
      ...templates["review-request"].component.PreviewProps,
      // @ts-expect-error: the number of flagged criteria is a number.
      flags: "many",
    };
    await expect(renderEmail("review-request", props)).rejects.toThrow();
  });

  it("a message that cannot be composed is marked failed at once, not retried like a mail outage", async () => {
    const { id: caseId } = await submitApplication();
    await waitForReviewRequest(caseId);
    const id = crypto.randomUUID();
    // A stored plan that lost its assignment: no link can be made for it.
    await env.DB.prepare(
      "INSERT INTO notifications (id, case_id, reviewer_id, template, context, language, dedupe_key) VALUES (?, ?, 'rev-pa-1', 'review-request', ?, 'en', ?)",
    )
      .bind(id, caseId, JSON.stringify({ assignmentId: "gone", reason: "new" }), `test:${id}`)
      .run();
    const before = (await mailbox()).length;

    expect(await deliverMessage(env, id)).toEqual({ notificationId: id, outcome: "failed" });
    expect(await deliverMessage(env, id)).toEqual({ notificationId: id, outcome: "failed" });
    expect((await mailbox()).length).toBe(before);
    expect(await countRows("notifications", "id = ? AND status = 'failed'", id)).toBe(1);
    expect(await countRows("events", "case_id = ? AND type = 'message_failed'", caseId)).toBe(1);
  });
});
