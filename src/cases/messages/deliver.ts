import { eq } from "drizzle-orm";
import { createDb, type Database } from "../../db/client";
import { contacts, type Language, notifications } from "../../db/schema";
import { MailFailure, sendMail } from "../../lib/mail";
import { recordEvent } from "../events";
import { alertStaff } from "../steps/alerts";
import { composeMessage, UncomposableMessage } from "./compose";
import { applicantSideRoles, planLetterCopy } from "./plan";

export type Delivery = {
  notificationId: string;
  outcome: "sent" | "already_sent" | "to_print" | "failed";
  /** The provider's code when it refused the message for good. */
  code?: string;
  /** Which try of the workflow step this was (1 for the first), when a step sent it. */
  attempt?: number;
};

type Notification = typeof notifications.$inferSelect;

/**
 * Sends one planned email. Safe to run again: a message already marked sent is not sent twice.
 * A letter (the `post` channel) is left for staff to print. Links in the message are issued here,
 * so only their hashes are ever stored. A message that cannot be composed (a programming error)
 * or that the provider refuses for good (see `MailFailure`) is marked failed at once instead of
 * being retried like a mail outage; a refusal also tells staff and, for the applicant side, plans
 * the same message as a letter. A transient failure throws, for the workflow step to retry.
 * Returns ids and codes only, so nothing personal lands in workflow step outputs.
 */
export async function deliverMessage(env: Env, notificationId: string, attempt?: number): Promise<Delivery> {
  const db = createDb(env);
  const notification = await db.query.notifications.findFirst({ where: eq(notifications.id, notificationId) });
  if (!notification) throw new Error(`notification ${notificationId} not found`);
  const done = { notificationId, ...(attempt === undefined ? {} : { attempt }) };
  if (notification.status === "sent") return { ...done, outcome: "already_sent" };
  if (notification.status === "failed") {
    // A retried step finishes what a refusal set off before the step failed.
    if (notification.failureCode) await followUpRefusal(env, db, notification);
    return { ...done, outcome: "failed", ...(notification.failureCode ? { code: notification.failureCode } : {}) };
  }
  if (notification.channel === "post") return { ...done, outcome: "to_print" };
  let composed: Awaited<ReturnType<typeof composeMessage>>;
  try {
    composed = await composeMessage(env, db, notification);
  } catch (error) {
    if (!(error instanceof UncomposableMessage)) throw error;
    console.error(error.message);
    await markMessageFailed(db, notification, { reason: "uncomposable" });
    return { ...done, outcome: "failed" };
  }
  const { recipient, message } = composed;
  if (!recipient.email) throw new Error(`notification ${notificationId}: recipient has no email`);
  let messageId: string;
  try {
    ({ messageId } = await sendMail(env, {
      ...message,
      to: recipient.email,
      notificationId,
      language: recipient.language,
    }));
  } catch (error) {
    if (!(error instanceof MailFailure && error.permanent)) throw error;
    await markMessageFailed(db, notification, { reason: "refused", code: error.code });
    await followUpRefusal(env, db, { ...notification, failureCode: error.code });
    return { ...done, outcome: "failed", code: error.code };
  }
  await markMessageSent(db, notification, recipient.language, messageId);
  return { ...done, outcome: "sent" };
}

type Sendable = { id: string; caseId: string; template: string; channel: "email" | "post" };

/** Marks a message sent (a letter: printed) and logs it, in one batch. */
export async function markMessageSent(
  db: Database,
  notification: Sendable,
  language: Language,
  messageId: string | null,
  actor = "system",
) {
  await db.batch([
    db
      .update(notifications)
      .set({ status: "sent", providerMessageId: messageId, sentAt: new Date(), language })
      .where(eq(notifications.id, notification.id)),
    recordEvent(db, notification.caseId, {
      type: "notified",
      actor,
      data: { notificationId: notification.id, template: notification.template, channel: notification.channel },
      once: notification.id,
    }),
  ]);
}

async function markMessageFailed(
  db: Database,
  notification: Sendable,
  failure: { reason: "uncomposable" } | { reason: "refused"; code: string },
) {
  const code = failure.reason === "refused" ? failure.code : null;
  await db.batch([
    db.update(notifications).set({ status: "failed", failureCode: code }).where(eq(notifications.id, notification.id)),
    recordEvent(db, notification.caseId, {
      type: "message_failed",
      actor: "system",
      data: { notificationId: notification.id, template: notification.template, reason: failure.reason, code },
      once: notification.id,
    }),
  ]);
}

/**
 * After a provider refused a message for good: the same message as a letter when it was for
 * someone on the applicant's side whose postal address is known, and one alert to the intake team
 * (never about an alert that failed itself). Each is planned once, so running it again is safe.
 */
async function followUpRefusal(env: Env, db: Database, notification: Notification) {
  if (notification.template === "staff-alert") return;
  const contact = notification.contactId
    ? await db.query.contacts.findFirst({ where: eq(contacts.id, notification.contactId) })
    : undefined;
  const byPost = contact && applicantSideRoles.includes(contact.role) && contact.postalAddress !== null;
  if (byPost) await planLetterCopy(db, notification);
  const alerts = await alertStaff(
    db,
    notification.caseId,
    byPost ? "mail_refused_letter" : "mail_refused",
    notification.id,
    { notificationId: notification.id },
  );
  for (const id of alerts) await deliverMessage(env, id);
}
