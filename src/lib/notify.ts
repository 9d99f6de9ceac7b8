import { eq } from "drizzle-orm";
import { renderEmail } from "../../emails";
import { createDb } from "../db/client";
import { markNotificationSent } from "../db/queries/notifications";
import { cases, contacts, notifications, organizations } from "../db/schema";
import { sendMail } from "./mail";
import { issueToken, STATUS_LINK_LIFETIME_MS } from "./tokens";

export type Delivery = { notificationId: string; outcome: "sent" | "already_sent" };

/**
 * Sends one planned notification. Safe to run again: a message already marked sent is not sent
 * twice. Returns only ids, so nothing personal lands in workflow step outputs.
 */
export async function deliverNotification(env: Env, notificationId: string): Promise<Delivery> {
  const db = createDb(env);
  const [row] = await db
    .select({ notification: notifications, contact: contacts, case: cases, organization: organizations })
    .from(notifications)
    .innerJoin(contacts, eq(contacts.id, notifications.contactId))
    .innerJoin(cases, eq(cases.id, notifications.caseId))
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(notifications.id, notificationId));
  if (!row) throw new Error(`notification ${notificationId} not found`);
  const { notification, contact, organization } = row;
  if (notification.status === "sent") return { notificationId, outcome: "already_sent" };
  if (!contact.email) throw new Error(`notification ${notificationId} has no email recipient`);
  if (notification.template !== "acknowledgement") throw new Error(`no delivery for template ${notification.template}`);

  const { application } = row.case;
  const statusToken = await issueToken(db, {
    caseId: row.case.id,
    contactId: contact.id,
    role: contact.role,
    purpose: "status",
    lifetimeMs: STATUS_LINK_LIFETIME_MS,
  });
  const email = await renderEmail("acknowledgement", {
    language: notification.language,
    audience: contact.isSubmitter ? "submitter" : "contact",
    recipientName: contact.name,
    applicantName: application.applicant.name,
    organizationName: organization.name,
    reference: row.case.reference,
    statusUrl: new URL(`/status/${statusToken}`, env.PUBLIC_ORIGIN).toString(),
  });
  const { messageId } = await sendMail(env, { ...email, to: contact.email, notificationId });
  await markNotificationSent(db, notificationId, row.case.id, messageId);
  return { notificationId, outcome: "sent" };
}
