import { desc, eq } from "drizzle-orm";
import { renderEmail, type TemplateName } from "../../emails";
import { createDb, type Database } from "../db/client";
import { findAssignment } from "../db/queries/assignments";
import { markNotificationSent } from "../db/queries/notifications";
import { listOrganizations } from "../db/queries/organizations";
import {
  type ContactRole,
  cases,
  contacts,
  decisions,
  type Language,
  notifications,
  organizations,
  reviewers,
  screenings,
} from "../db/schema";
import { declineReasonCodes, declineReasonText } from "../i18n/reasons";
import { sendMail } from "./mail";
import { caseCipher, openText } from "./sealing";
import { DAY_MS, issueToken, STATUS_LINK_LIFETIME_MS } from "./tokens";

export type Delivery = { notificationId: string; outcome: "sent" | "already_sent" | "to_print" };

type Notification = typeof notifications.$inferSelect;
type Case = typeof cases.$inferSelect;
type Organization = typeof organizations.$inferSelect;
type Recipient = {
  name: string;
  email: string | null;
  postalAddress: string | null;
  language: Language;
  contactId: string | null;
  reviewerId: string | null;
  role: ContactRole | "reviewer" | "organization";
  isSubmitter: boolean;
};

/**
 * Sends one planned email. Safe to run again: a message already marked sent is not sent twice.
 * A letter (the `post` channel) is left for staff to print. Links in the message are issued
 * here, so only their hashes are ever stored. Returns only ids, so nothing personal lands in
 * workflow step outputs.
 */
export async function deliverNotification(env: Env, notificationId: string): Promise<Delivery> {
  const db = createDb(env);
  const notification = await db.query.notifications.findFirst({ where: eq(notifications.id, notificationId) });
  if (!notification) throw new Error(`notification ${notificationId} not found`);
  if (notification.status === "sent") return { notificationId, outcome: "already_sent" };
  if (notification.channel === "post") return { notificationId, outcome: "to_print" };
  const { recipient, message } = await composeNotification(env, db, notification);
  if (!recipient.email) throw new Error(`notification ${notificationId}: recipient has no email`);
  const { messageId } = await sendMail(env, { ...message, to: recipient.email, notificationId });
  await markNotificationSent(db, notification, recipient.language, messageId);
  return { notificationId, outcome: "sent" };
}

/** A planned message rendered for its recipient, with fresh links: an email to send or a letter to print. */
export async function composeNotification(env: Env, db: Database, notification: Notification) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, notification.caseId) });
  const organization =
    kase && (await db.query.organizations.findFirst({ where: eq(organizations.id, kase.organizationId) }));
  if (!kase || !organization) throw new Error(`notification ${notification.id} has no case`);
  const recipient = await resolveRecipient(db, notification);
  const link = (path: string, token: string) => new URL(`/${path}/${token}`, env.PUBLIC_ORIGIN).toString();
  const props = await propsFor(env, db, { notification, kase, organization, recipient, link });
  const message = await renderEmail(notification.template as TemplateName, props);
  return { recipient, message, kase, organization };
}

async function resolveRecipient(db: Database, notification: Notification): Promise<Recipient> {
  if (notification.contactId) {
    const contact = await db.query.contacts.findFirst({ where: eq(contacts.id, notification.contactId) });
    if (!contact) throw new Error(`notification ${notification.id}: contact not found`);
    return { ...contact, contactId: contact.id, reviewerId: null };
  }
  if (notification.reviewerId) {
    const reviewer = await db.query.reviewers.findFirst({ where: eq(reviewers.id, notification.reviewerId) });
    if (!reviewer) throw new Error(`notification ${notification.id}: reviewer not found`);
    return {
      ...reviewer,
      postalAddress: null,
      contactId: null,
      reviewerId: reviewer.id,
      role: "reviewer",
      isSubmitter: false,
    };
  }
  const organization = notification.organizationId
    ? await db.query.organizations.findFirst({ where: eq(organizations.id, notification.organizationId) })
    : undefined;
  if (!organization) throw new Error(`notification ${notification.id} has no recipient`);
  return {
    email: organization.intakeEmail,
    postalAddress: null,
    name: organization.name,
    language: organization.languages[0] ?? "en",
    contactId: null,
    reviewerId: null,
    role: "organization",
    isSubmitter: false,
  };
}

type Build = {
  notification: Notification;
  kase: Case;
  organization: Organization;
  recipient: Recipient;
  link: (path: string, token: string) => string;
};

/** The props of each template, gathered from D1 by the ids in the notification's context. */
async function propsFor(env: Env, db: Database, build: Build): Promise<Record<string, unknown>> {
  const { notification, kase, organization, recipient, link } = build;
  const { context } = notification;
  const base = { language: recipient.language, reference: kase.reference };
  const applicantSide = {
    ...base,
    audience: audienceOf(recipient),
    recipientName: recipient.name,
    applicantName: kase.application.applicant.name,
    organizationName: organization.name,
  };
  const assignment = context.assignmentId ? await findAssignment(db, context.assignmentId) : undefined;
  const sealedDecision = context.decisionId
    ? await db.query.decisions.findFirst({ where: eq(decisions.id, context.decisionId) })
    : undefined;
  const decision = sealedDecision && {
    ...sealedDecision,
    questions: await openText(await caseCipher(env, db, kase.id), sealedDecision.questions),
  };
  const due = (date: Date) => date.toISOString().slice(0, 10);
  const actionToken = async (purpose: "review" | "respond" | "consult" | "referral") => {
    if (!assignment) throw new Error(`notification ${notification.id} needs an assignment`);
    return issueToken(db, {
      caseId: kase.id,
      contactId: recipient.contactId,
      reviewerId: recipient.reviewerId,
      assignmentId: assignment.id,
      role: recipient.role === "organization" ? "referral_partner" : recipient.role,
      purpose,
      round: assignment.round,
      // A week past the due date, so a late answer still lands while the workflow waits.
      lifetimeMs: assignment.dueAt.getTime() - Date.now() + 7 * DAY_MS,
    });
  };

  switch (notification.template) {
    case "acknowledgement": {
      const token = await issueToken(db, {
        caseId: kase.id,
        contactId: recipient.contactId,
        role: recipient.role === "organization" || recipient.role === "reviewer" ? "applicant" : recipient.role,
        purpose: "status",
        lifetimeMs: STATUS_LINK_LIFETIME_MS,
      });
      return {
        ...applicantSide,
        audience: recipient.isSubmitter ? "submitter" : "contact",
        statusUrl: link("status", token),
      };
    }
    case "review-request": {
      const screening = await db.query.screenings.findFirst({
        where: eq(screenings.caseId, kase.id),
        orderBy: desc(screenings.createdAt),
      });
      return {
        ...base,
        reviewerName: recipient.name,
        organizationName: organization.name,
        reviewUrl: link("review", await actionToken("review")),
        dueDate: due(assignment?.dueAt ?? new Date()),
        reason: context.reason ?? "new",
        flags: screening?.results.filter((r) => r.result === "fail").length ?? 0,
      };
    }
    case "review-reminder":
      return {
        ...base,
        reviewerName: recipient.name,
        reviewUrl: link("review", await actionToken("review")),
        dueDate: due(assignment?.dueAt ?? new Date()),
        remindersLeft: Math.max(0, organization.reminders - (assignment?.remindersSent ?? 0)),
      };
    case "staff-alert":
      return {
        ...base,
        organizationName: organization.name,
        reason: context.reason,
        detail: await actorName(db, assignment),
      };
    case "info-request":
      return {
        ...applicantSide,
        questions: decision?.questions ?? "",
        respondUrl: link("respond", await actionToken("respond")),
        dueDate: due(assignment?.dueAt ?? new Date()),
      };
    case "expert-request":
      return {
        ...base,
        organizationName: organization.name,
        question: decision?.questions ?? "",
        consultUrl: link("consult", await actionToken("consult")),
        dueDate: due(assignment?.dueAt ?? new Date()),
      };
    case "case-accepted":
      return applicantSide;
    case "referral-request":
      return {
        ...base,
        partnerName: recipient.name,
        organizationName: organization.name,
        referralUrl: link("referral", await actionToken("referral")),
        dueDate: due(assignment?.dueAt ?? new Date()),
        kind: assignment?.organizationId ? "organization" : "lawyer",
      };
    case "case-referred":
      return { ...applicantSide, referredToName: (await actorName(db, assignment)) ?? "" };
    case "case-routed": {
      const from = context.organizationId
        ? await db.query.organizations.findFirst({ where: eq(organizations.id, context.organizationId) })
        : undefined;
      return { ...applicantSide, fromOrganizationName: from?.name ?? "", toOrganizationName: organization.name };
    }
    case "case-declined": {
      const codes = decision?.reasonCodes ?? (context.reason ? [context.reason] : []);
      const known = declineReasonCodes.filter((code) => codes.includes(code));
      const directory = (await listOrganizations(db))
        .filter((o) => o.id !== organization.id)
        .map((o) => ({ name: o.name, jurisdictions: o.jurisdictions.join(", "), website: o.website ?? undefined }));
      return { ...applicantSide, reasons: known.map((code) => declineReasonText[recipient.language][code]), directory };
    }
    default:
      throw new Error(`no props for template ${notification.template}`);
  }
}

/** Who an assignment asked: the reviewer, or the contact (a partner or member organization). */
async function actorName(
  db: Database,
  assignment: { reviewerId: string | null; contactId: string | null } | undefined,
) {
  if (assignment?.reviewerId)
    return (await db.query.reviewers.findFirst({ where: eq(reviewers.id, assignment.reviewerId) }))?.name;
  if (assignment?.contactId)
    return (await db.query.contacts.findFirst({ where: eq(contacts.id, assignment.contactId) }))?.name;
  return undefined;
}

function audienceOf(recipient: Recipient): "submitter" | "contact" | "attorney" {
  if (recipient.isSubmitter) return "submitter";
  return ["defense_attorney", "trial_attorney", "appeal_attorney"].includes(recipient.role) ? "attorney" : "contact";
}
