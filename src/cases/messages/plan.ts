import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import * as z from "zod";
import type { TemplateName } from "../../../emails";
import { ReviewReleasedProps } from "../../../emails/review-released";
import { ReviewRequestProps } from "../../../emails/review-request";
import { StaffAlertProps } from "../../../emails/staff-alert";
import { type Database, inListChunks, rowsPerInsert } from "../../db/client";
import { type ContactRole, contacts, notifications } from "../../db/schema";

/**
 * What each message needs besides its case and recipient to be composed at delivery: ids and codes,
 * never personal data (they are stored in `notifications.context`).
 */
export const messageContexts = {
  acknowledgement: z.object({}),
  "review-request": z.object({ assignmentId: z.string(), reason: ReviewRequestProps.shape.reason }),
  "review-reminder": z.object({ assignmentId: z.string() }),
  "review-released": z.object({ assignmentId: z.string(), reason: ReviewReleasedProps.shape.reason }),
  "staff-alert": z.object({
    reason: StaffAlertProps.shape.reason,
    assignmentId: z.string().optional(),
    /** A message the provider refused: the alert shows its code. */
    notificationId: z.string().optional(),
    taskId: z.string().optional(),
  }),
  "info-request": z.object({ assignmentId: z.string(), decisionId: z.string() }),
  "expert-request": z.object({ assignmentId: z.string(), decisionId: z.string() }),
  "case-accepted": z.object({}),
  "referral-request": z.object({ assignmentId: z.string() }),
  /** The organization that referred the case (messages planned before it was recorded name none). */
  "case-referred": z.object({ assignmentId: z.string(), organizationId: z.string().optional() }),
  /** The organization the case was routed from; `movedByStaff` when staff moved it, not its place. */
  "case-routed": z.object({ organizationId: z.string(), movedByStaff: z.boolean().optional() }),
  /** The reviewers' decision, or the screening's reason code. */
  "case-declined": z.object({ decisionId: z.string().optional(), reason: z.string().optional() }),
  /** What staff wrote (sealed in `staff_messages`). */
  "staff-message": z.object({ messageId: z.string() }),
  /** The evidence preservation task the letter is for (src/cases/preservation.ts). */
  "preservation-request": z.object({ taskId: z.string() }),
  /** To a person in prison someone else applied for. */
  "applied-for-you": z.object({}),
} satisfies Record<TemplateName, z.ZodType>;

export type MessageContext<T extends TemplateName> = z.output<(typeof messageContexts)[T]>;
export type AlertReason = MessageContext<"staff-alert">["reason"];

export type Recipient = { contactId: string } | { reviewerId: string } | { organizationId: string };

export type MessagePlan<T extends TemplateName> = {
  caseId: string;
  template: T;
  context: MessageContext<T>;
  recipient: Recipient;
  /** What makes this message one of a kind on the case, e.g. `round-2`; with template and recipient it is the dedupe key. */
  occasion: string;
  /** `post` for someone reachable only by letter: staff print it instead of the workflow sending it. */
  channel?: "email" | "post";
};

/** The people on the applicant's side, who are told what happens to the case. */
export const applicantSideRoles: ContactRole[] = [
  "applicant",
  "family",
  "supporter",
  "defense_attorney",
  "trial_attorney",
  "appeal_attorney",
];

/** Ids of planned messages, in the order planned: what a workflow step returns to send them. */
export type Planned = string[];

function recipientKey(recipient: Recipient): string {
  if ("contactId" in recipient) return `contact:${recipient.contactId}`;
  if ("reviewerId" in recipient) return `reviewer:${recipient.reviewerId}`;
  return `organization:${recipient.organizationId}`;
}

/** A message's `notifications` row, its dedupe key made of the case, template, occasion and recipient. */
export function plannedRow<T extends TemplateName>(plan: MessagePlan<T>) {
  return {
    id: crypto.randomUUID(),
    caseId: plan.caseId,
    contactId: "contactId" in plan.recipient ? plan.recipient.contactId : null,
    reviewerId: "reviewerId" in plan.recipient ? plan.recipient.reviewerId : null,
    organizationId: "organizationId" in plan.recipient ? plan.recipient.organizationId : null,
    template: plan.template,
    context: plan.context,
    channel: plan.channel ?? "email",
    // Filled in at delivery from the recipient; the column records what was sent.
    language: "en" as const,
    dedupeKey: `${plan.caseId}:${plan.template}:${plan.occasion}:${recipientKey(plan.recipient)}`,
  };
}

/** Plans messages once: a second call with the same plans finds the first and returns their ids. */
export async function planMessages<T extends TemplateName>(db: Database, plans: MessagePlan<T>[]): Promise<Planned> {
  if (plans.length === 0) return [];
  const rows = plans.map(plannedRow);
  for (const chunk of rowsPerInsert(notifications, rows)) {
    await db.insert(notifications).values(chunk).onConflictDoNothing({ target: notifications.dedupeKey });
  }
  const idByKey = new Map<string, string>();
  for (const keys of inListChunks(rows.map((r) => r.dedupeKey))) {
    const planned = await db.query.notifications.findMany({
      where: inArray(notifications.dedupeKey, keys),
      columns: { id: true, dedupeKey: true },
    });
    for (const n of planned) idByKey.set(n.dedupeKey, n.id);
  }
  return rows.map((r) => idByKey.get(r.dedupeKey) ?? r.id);
}

/**
 * The same message as a letter for staff to print, once: what an email the provider refused for
 * good becomes for someone on the applicant's side.
 */
export async function planLetterCopy(db: Database, notification: typeof notifications.$inferSelect): Promise<Planned> {
  const dedupeKey = `${notification.dedupeKey}:letter`;
  await db
    .insert(notifications)
    .values({
      id: crypto.randomUUID(),
      caseId: notification.caseId,
      contactId: notification.contactId,
      template: notification.template,
      context: notification.context,
      channel: "post",
      language: notification.language,
      dedupeKey,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey });
  const letter = await db.query.notifications.findFirst({
    where: eq(notifications.dedupeKey, dedupeKey),
    columns: { id: true },
  });
  return letter ? [letter.id] : [];
}

/**
 * Plans `template` for everyone on the applicant's side who is kept informed by email, and as a
 * letter for a submitter who gave only a postal address (most applications from prison).
 */
export async function planApplicantSide<T extends TemplateName>(
  db: Database,
  caseId: string,
  message: { template: T; context: MessageContext<T>; occasion: string },
): Promise<Planned> {
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
  return planMessages(
    db,
    onePerPerson(recipients).map((contact) => ({
      caseId,
      ...message,
      recipient: { contactId: contact.id },
      channel: contact.email ? ("email" as const) : ("post" as const),
    })),
  );
}

/**
 * One person can hold two roles on a case (a lawyer who applies and names herself as the current
 * lawyer): people are told once, at their first contact in the order given (the submitter first).
 */
export function onePerPerson<C extends { email: string | null }>(people: C[]): C[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    if (!person.email) return true;
    const address = person.email.trim().toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}
