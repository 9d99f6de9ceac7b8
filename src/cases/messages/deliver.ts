import { eq } from "drizzle-orm";
import { createDb, type Database } from "../../db/client";
import { type Language, notifications } from "../../db/schema";
import { sendMail } from "../../lib/mail";
import { recordEvent } from "../events";
import { composeMessage, UncomposableMessage } from "./compose";

export type Delivery = { notificationId: string; outcome: "sent" | "already_sent" | "to_print" | "failed" };

/**
 * Sends one planned email. Safe to run again: a message already marked sent is not sent twice.
 * A letter (the `post` channel) is left for staff to print. Links in the message are issued here,
 * so only their hashes are ever stored. A message that cannot be composed (a programming error,
 * not a mail outage) is marked failed at once instead of being retried. Returns ids only, so
 * nothing personal lands in workflow step outputs.
 */
export async function deliverMessage(env: Env, notificationId: string): Promise<Delivery> {
  const db = createDb(env);
  const notification = await db.query.notifications.findFirst({ where: eq(notifications.id, notificationId) });
  if (!notification) throw new Error(`notification ${notificationId} not found`);
  if (notification.status === "sent") return { notificationId, outcome: "already_sent" };
  if (notification.status === "failed") return { notificationId, outcome: "failed" };
  if (notification.channel === "post") return { notificationId, outcome: "to_print" };
  let composed: Awaited<ReturnType<typeof composeMessage>>;
  try {
    composed = await composeMessage(env, db, notification);
  } catch (error) {
    if (!(error instanceof UncomposableMessage)) throw error;
    console.error(error.message);
    await markMessageFailed(db, notification, "uncomposable");
    return { notificationId, outcome: "failed" };
  }
  const { recipient, message } = composed;
  if (!recipient.email) throw new Error(`notification ${notificationId}: recipient has no email`);
  const { messageId } = await sendMail(env, { ...message, to: recipient.email, notificationId });
  await markMessageSent(db, notification, recipient.language, messageId);
  return { notificationId, outcome: "sent" };
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

async function markMessageFailed(db: Database, notification: Sendable, reason: string) {
  await db.batch([
    db.update(notifications).set({ status: "failed" }).where(eq(notifications.id, notification.id)),
    recordEvent(db, notification.caseId, {
      type: "message_failed",
      actor: "system",
      data: { notificationId: notification.id, template: notification.template, reason },
      once: notification.id,
    }),
  ]);
}
