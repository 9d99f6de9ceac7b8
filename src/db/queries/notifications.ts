import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import type { TemplateName } from "../../../emails";
import type { Database } from "../client";
import { type ContactRole, contacts, events, type Language, type NotificationContext, notifications } from "../schema";

export type Recipient = { contactId: string } | { reviewerId: string } | { organizationId: string };

/** The people on the applicant's side, who are told what happens to the case. */
export const applicantSideRoles: ContactRole[] = [
  "applicant",
  "family",
  "supporter",
  "defense_attorney",
  "trial_attorney",
  "appeal_attorney",
];

type Plan = {
  caseId: string;
  template: TemplateName;
  recipient: Recipient;
  /** What makes this message one of a kind on the case, e.g. `round-2`; with template and recipient it is the dedupe key. */
  occasion: string;
  context?: NotificationContext;
  /** `post` for someone reachable only by letter: staff print it instead of the workflow sending it. */
  channel?: "email" | "post";
};

function recipientKey(recipient: Recipient): string {
  if ("contactId" in recipient) return `contact:${recipient.contactId}`;
  if ("reviewerId" in recipient) return `reviewer:${recipient.reviewerId}`;
  return `organization:${recipient.organizationId}`;
}

/** Plans one message once: a second call with the same plan finds the first and returns its id. */
export async function planNotification(db: Database, plan: Plan): Promise<string> {
  const [id] = await planNotifications(db, [plan]);
  if (!id) throw new Error("planned notification not found");
  return id;
}

export async function planNotifications(db: Database, plans: Plan[]): Promise<string[]> {
  if (plans.length === 0) return [];
  const rows = plans.map((plan) => ({
    id: crypto.randomUUID(),
    caseId: plan.caseId,
    contactId: "contactId" in plan.recipient ? plan.recipient.contactId : null,
    reviewerId: "reviewerId" in plan.recipient ? plan.recipient.reviewerId : null,
    organizationId: "organizationId" in plan.recipient ? plan.recipient.organizationId : null,
    template: plan.template,
    context: plan.context ?? {},
    channel: plan.channel ?? "email",
    // Filled in at delivery from the recipient; the column records what was sent.
    language: "en" as const,
    dedupeKey: `${plan.caseId}:${plan.template}:${plan.occasion}:${recipientKey(plan.recipient)}`,
  }));
  await db.insert(notifications).values(rows).onConflictDoNothing({ target: notifications.dedupeKey });
  const planned = await db.query.notifications.findMany({
    where: inArray(
      notifications.dedupeKey,
      rows.map((r) => r.dedupeKey),
    ),
    columns: { id: true, dedupeKey: true },
  });
  const idByKey = new Map(planned.map((n) => [n.dedupeKey, n.id]));
  return rows.map((r) => idByKey.get(r.dedupeKey) ?? r.id);
}

/**
 * Plans `template` for everyone on the applicant's side who is kept informed by email, and as a
 * letter for a submitter who gave only a postal address (most applications from prison).
 */
export async function planApplicantSide(
  db: Database,
  caseId: string,
  template: TemplateName,
  occasion: string,
  context?: NotificationContext,
): Promise<string[]> {
  const recipients = await db.query.contacts.findMany({
    where: and(
      eq(contacts.caseId, caseId),
      inArray(contacts.role, applicantSideRoles),
      or(
        and(eq(contacts.notify, true), isNotNull(contacts.email)),
        and(eq(contacts.isSubmitter, true), isNull(contacts.email), isNotNull(contacts.postalAddress)),
      ),
    ),
    orderBy: (c, { desc, asc }) => [desc(c.isSubmitter), asc(c.createdAt), asc(c.id)],
  });
  return planNotifications(
    db,
    recipients.map((contact) => ({
      caseId,
      template,
      occasion,
      context,
      recipient: { contactId: contact.id },
      channel: contact.email ? ("email" as const) : ("post" as const),
    })),
  );
}

/** Marks a message sent (a letter: printed) and logs it, in one batch. */
export async function markNotificationSent(
  db: Database,
  notification: { id: string; caseId: string; template: string; channel: "email" | "post" },
  language: Language,
  messageId: string | null,
  actor = "system",
) {
  await db.batch([
    db
      .update(notifications)
      .set({ status: "sent", providerMessageId: messageId, sentAt: new Date(), language })
      .where(eq(notifications.id, notification.id)),
    db
      .insert(events)
      .values({
        caseId: notification.caseId,
        type: "notified",
        actor,
        data: { notificationId: notification.id, template: notification.template, channel: notification.channel },
        dedupeKey: `notified:${notification.id}`,
      })
      .onConflictDoNothing({ target: events.dedupeKey }),
  ]);
}
