import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { markNotificationSent } from "../db/queries/notifications";
import { cases, contacts, notifications, organizations } from "../db/schema";
import { composeNotification } from "./notify";
import type { Staff } from "./staff-auth";

export type Letter = {
  id: string;
  reference: string;
  organization: { name: string; intakeEmail: string; website: string | null };
  recipientName: string;
  postalAddress: string;
  subject: string;
  text: string;
};

/** Letters waiting to be printed and posted, oldest first, for the organizations the staff member sees. */
export async function pendingLetters(db: Database, staff: Staff) {
  return db
    .select({
      id: notifications.id,
      caseId: cases.id,
      reference: cases.reference,
      template: notifications.template,
      recipientName: contacts.name,
      organization: organizations.name,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .innerJoin(cases, eq(cases.id, notifications.caseId))
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .innerJoin(contacts, eq(contacts.id, notifications.contactId))
    .where(
      and(
        eq(notifications.channel, "post"),
        eq(notifications.status, "pending"),
        staff.organizationId ? eq(cases.organizationId, staff.organizationId) : undefined,
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id));
}

/**
 * Renders the chosen letters for printing and marks them printed. Each print issues the links in
 * it afresh (only their hashes are stored), so it happens on a POST, once per letter.
 */
export async function printLetters(env: Env, db: Database, staff: Staff, ids: string[]): Promise<Letter[]> {
  const waiting = new Set((await pendingLetters(db, staff)).map((l) => l.id));
  const chosen = ids.filter((id) => waiting.has(id));
  if (chosen.length === 0) return [];
  const rows = await db.query.notifications.findMany({ where: inArray(notifications.id, chosen) });
  const letters: Letter[] = [];
  for (const notification of rows) {
    const { recipient, message, kase, organization } = await composeNotification(env, db, notification);
    if (!recipient.postalAddress) continue;
    await markNotificationSent(db, notification, recipient.language, null, staff.actor);
    letters.push({
      id: notification.id,
      reference: kase.reference,
      organization: { name: organization.name, intakeEmail: organization.intakeEmail, website: organization.website },
      recipientName: recipient.name,
      postalAddress: recipient.postalAddress,
      subject: message.subject,
      text: message.text,
    });
  }
  return letters;
}
