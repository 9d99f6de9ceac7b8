import { and, asc, eq, sql } from "drizzle-orm";
import type { Staff } from "../../lib/staff-auth";
import type { Database } from "../client";
import { cases, contacts, notifications, organizations } from "../schema";

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
      hasReturnAddress: sql<boolean>`${organizations.postalAddress} IS NOT NULL`.mapWith(Boolean),
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
