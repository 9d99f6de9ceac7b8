import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { createDb } from "../src/db/client";
import { planNotifications } from "../src/db/queries/notifications";
import { events } from "../src/db/schema";
import { deliverNotification } from "../src/lib/notify";

/** Mail providers fail transiently; retry for about half an hour before the instance errors. */
const SEND_STEP = { retries: { limit: 5, delay: "1 minute", backoff: "exponential" }, timeout: "2 minutes" } as const;

/** Only the case id travels in params: everything personal stays in D1. */
export type CaseReviewParams = { caseId: string };

/** The per-case state machine (SPEC §3). Instance id = case id. */
export class CaseReview extends WorkflowEntrypoint<Env, CaseReviewParams> {
  override async run(event: WorkflowEvent<CaseReviewParams>, step: WorkflowStep) {
    const { caseId } = event.payload;

    const acknowledgements = await step.do("record receipt", async () => {
      const db = createDb(this.env);
      await db
        .insert(events)
        .values({ caseId, type: "received", actor: "system", dedupeKey: `received:${caseId}` })
        .onConflictDoNothing({ target: events.dedupeKey });
      return planNotifications(db, caseId, "acknowledgement");
    });

    // One step per message, so a failure retries only that message; steps of one name are told
    // apart by their order, which the cached output of "record receipt" keeps stable.
    for (const notificationId of acknowledgements) {
      await step.do("send acknowledgement", SEND_STEP, () => deliverNotification(this.env, notificationId));
    }

    return { caseId, acknowledgements: acknowledgements.length };
  }
}
