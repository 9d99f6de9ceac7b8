import type { Database } from "../../db/client";
import { caseWithOrganization } from "../../db/queries/organizations";
import { recordEvent } from "../events";
import { type AlertReason, type Planned, planMessages } from "../messages/plan";

/**
 * Tells the organization's intake team that a case needs a person, once per `occasion`, and logs
 * it. `about` names who or what the alert is about: an assignment, a message that failed, or a task.
 */
export async function alertStaff(
  db: Database,
  caseId: string,
  reason: AlertReason,
  occasion: string,
  about: { assignmentId: string } | { notificationId: string } | { taskId: string } | Record<string, never> = {},
): Promise<Planned> {
  const { organization } = await caseWithOrganization(db, caseId);
  await recordEvent(db, caseId, {
    type: "escalated",
    actor: "system",
    data: { reason },
    once: `${reason}:${occasion}`,
  });
  return planMessages(db, [
    {
      caseId,
      template: "staff-alert",
      occasion: `${reason}:${occasion}`,
      recipient: { organizationId: organization.id },
      context: { reason, ...about },
    },
  ]);
}
