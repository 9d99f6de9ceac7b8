import { and, eq, isNotNull } from "drizzle-orm";
import type { TemplateName } from "../../../emails";
import type { Database } from "../client";
import { contacts, events, notifications } from "../schema";

/**
 * Plans one message of `template` for every contact of the case who is kept informed, once:
 * the dedupe key makes a second call a no-op. Returns the notification ids to deliver.
 */
export async function planNotifications(db: Database, caseId: string, template: TemplateName): Promise<string[]> {
  const recipients = await db.query.contacts.findMany({
    where: and(eq(contacts.caseId, caseId), eq(contacts.notify, true), isNotNull(contacts.email)),
    orderBy: (c, { desc, asc }) => [desc(c.isSubmitter), asc(c.createdAt), asc(c.id)],
  });
  if (recipients.length === 0) return [];
  await db
    .insert(notifications)
    .values(
      recipients.map((contact) => ({
        id: crypto.randomUUID(),
        caseId,
        contactId: contact.id,
        template,
        language: contact.language,
        dedupeKey: `${caseId}:${template}:${contact.id}`,
      })),
    )
    .onConflictDoNothing({ target: notifications.dedupeKey });
  const planned = await db.query.notifications.findMany({
    where: and(eq(notifications.caseId, caseId), eq(notifications.template, template)),
    columns: { id: true },
    orderBy: (n, { asc }) => [asc(n.createdAt), asc(n.id)],
  });
  return planned.map((n) => n.id);
}

/** Marks a message sent and logs it, in one batch. */
export async function markNotificationSent(db: Database, notificationId: string, caseId: string, messageId: string) {
  await db.batch([
    db
      .update(notifications)
      .set({ status: "sent", providerMessageId: messageId, sentAt: new Date() })
      .where(eq(notifications.id, notificationId)),
    db
      .insert(events)
      .values({
        caseId,
        type: "notified",
        actor: "system",
        data: { notificationId },
        dedupeKey: `notified:${notificationId}`,
      })
      .onConflictDoNothing({ target: events.dedupeKey }),
  ]);
}
