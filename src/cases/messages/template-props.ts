import { desc, eq } from "drizzle-orm";
import type { TemplateName, TemplateProps } from "../../../emails";
import { formatDate } from "../../../emails/_components/parts";
import type { Database } from "../../db/client";
import { findAssignment } from "../../db/queries/assignments";
import { listOrganizations } from "../../db/queries/organizations";
import {
  contacts,
  decisions,
  declineReasonCodes,
  notifications,
  organizations,
  reviewers,
  screenings,
  staffMessages,
  staff as staffTable,
  tasks,
} from "../../db/schema";
import { messages } from "../../lib/i18n";
import { caseCipher, openText } from "../../lib/sealing";
import { issueToken, STATUS_LINK_LIFETIME_MS } from "../../lib/tokens";
import { type Build, link, mayLink, type Recipient, UncomposableMessage } from "./build";
import { actionLink, expertRedactorOf, helperPage, reviewerPage } from "./message-links";
import type { MessageContext } from "./plan";
import { preservationRequestProps } from "./preservation-letter";

type Builder<T extends TemplateName> = (build: Build, context: MessageContext<T>) => Promise<TemplateProps<T>>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function base({ recipient, kase }: Build) {
  return { language: recipient.language, reference: kase.reference };
}

function applicantSide(build: Build) {
  const { recipient, kase, organization } = build;
  return {
    ...base(build),
    audience: audienceOf(recipient),
    recipientName: recipient.name,
    applicantName: kase.application.applicant.name,
    organizationName: organization.name,
  };
}

async function assignmentOf(build: Build, assignmentId: string) {
  const assignment = await findAssignment(build.db, assignmentId);
  if (!assignment) throw new UncomposableMessage(`notification ${build.notification.id}: assignment not found`);
  return assignment;
}

async function decisionOf(build: Build, decisionId: string | undefined) {
  if (!decisionId) return undefined;
  const sealed = await build.db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
  if (!sealed) throw new UncomposableMessage(`notification ${build.notification.id}: decision not found`);
  return {
    ...sealed,
    questions: await openText(await caseCipher(build.env, build.db, build.kase.id), sealed.questions),
  };
}

/** The props of each template, gathered from D1 by the ids in the message's context. */
export const templateProps: { [T in TemplateName]: Builder<T> } = {
  async acknowledgement(build) {
    const { recipient } = build;
    const statusUrl = async () =>
      link(
        build.env,
        "status",
        await issueToken(build.db, {
          caseId: build.kase.id,
          contactId: recipient.contactId,
          role: recipient.role === "organization" || recipient.role === "reviewer" ? "applicant" : recipient.role,
          purpose: "status",
          lifetimeMs: STATUS_LINK_LIFETIME_MS,
        }),
      );
    return {
      ...applicantSide(build),
      audience: recipient.isSubmitter ? "submitter" : "contact",
      statusUrl: mayLink(build) ? await statusUrl() : undefined,
    };
  },
  async "review-request"(build, { assignmentId, reason }) {
    const assignment = await assignmentOf(build, assignmentId);
    const screening = await build.db.query.screenings.findFirst({
      where: eq(screenings.caseId, build.kase.id),
      orderBy: desc(screenings.createdAt),
    });
    return {
      ...base(build),
      reviewerName: build.recipient.name,
      organizationName: build.organization.name,
      reviewUrl: await actionLink(build, "review", assignment),
      reviewerPageUrl: await reviewerPage(build),
      dueDate: isoDate(assignment.dueAt),
      reason,
      flags: screening?.results.filter((r) => r.result === "fail").length ?? 0,
    };
  },
  async "review-reminder"(build, { assignmentId }) {
    const assignment = await assignmentOf(build, assignmentId);
    return {
      ...base(build),
      reviewerName: build.recipient.name,
      reviewUrl: await actionLink(build, "review", assignment),
      reviewerPageUrl: await reviewerPage(build),
      dueDate: isoDate(assignment.dueAt),
      remindersLeft: Math.max(0, build.organization.reminders - assignment.remindersSent),
    };
  },
  async "review-released"(build, { reason }) {
    return {
      ...base(build),
      reviewerName: build.recipient.name,
      organizationName: build.organization.name,
      reviewerPageUrl: await reviewerPage(build),
      reason,
    };
  },
  async "staff-alert"(build, { reason, assignmentId, notificationId, taskId }) {
    const refused = notificationId
      ? await build.db.query.notifications.findFirst({ where: eq(notifications.id, notificationId) })
      : undefined;
    return {
      ...base(build),
      organizationName: build.organization.name,
      reason,
      detail: assignmentId
        ? await actorName(build.db, await assignmentOf(build, assignmentId))
        : notificationId
          ? (refused?.failureCode ?? undefined)
          : taskId
            ? await taskDetail(build, taskId)
            : undefined,
    };
  },
  async "info-request"(build, { assignmentId, decisionId }) {
    const assignment = await assignmentOf(build, assignmentId);
    return {
      ...applicantSide(build),
      questions: (await decisionOf(build, decisionId))?.questions ?? "",
      respondUrl: mayLink(build) ? await actionLink(build, "respond", assignment) : undefined,
      dueDate: isoDate(assignment.dueAt),
    };
  },
  async "expert-request"(build, { assignmentId, decisionId }) {
    const assignment = await assignmentOf(build, assignmentId);
    return {
      ...base(build),
      organizationName: build.organization.name,
      question: (await expertRedactorOf(build)).redact((await decisionOf(build, decisionId))?.questions ?? ""),
      consultUrl: await actionLink(build, "consult", assignment),
      ownPageUrl: await helperPage(build, "expert"),
      dueDate: isoDate(assignment.dueAt),
    };
  },
  async "case-accepted"(build) {
    return applicantSide(build);
  },
  async "referral-request"(build, { assignmentId }) {
    const assignment = await assignmentOf(build, assignmentId);
    return {
      ...base(build),
      partnerName: build.recipient.name,
      organizationName: build.organization.name,
      referralUrl: await actionLink(build, "referral", assignment),
      ownPageUrl: await helperPage(build, "referral_partner"),
      dueDate: isoDate(assignment.dueAt),
      kind: assignment.organizationId ? "organization" : "lawyer",
    };
  },
  async "case-referred"(build, { assignmentId, organizationId }) {
    // A member that took the case now owns it: the referring organization is the one in the context.
    const referring = organizationId
      ? await build.db.query.organizations.findFirst({ where: eq(organizations.id, organizationId) })
      : undefined;
    return {
      ...applicantSide(build),
      organizationName: (referring ?? build.organization).name,
      referredToName: (await actorName(build.db, await assignmentOf(build, assignmentId))) ?? "",
    };
  },
  async "case-routed"(build, { organizationId, movedByStaff }) {
    const from = await build.db.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
    return {
      ...applicantSide(build),
      fromOrganizationName: from?.name ?? "",
      toOrganizationName: build.organization.name,
      why: movedByStaff ? "staff" : "place",
    };
  },
  "staff-message"(build, { messageId }) {
    return staffMessageProps(build, messageId);
  },
  async "preservation-request"(build) {
    return preservationRequestProps(build);
  },
  async "applied-for-you"(build) {
    const { kase, organization, recipient } = build;
    const { submitter } = kase.application;
    if (submitter.role === "self")
      throw new UncomposableMessage(`notification ${build.notification.id}: the applicant applied themselves`);
    return {
      ...base(build),
      recipientName: recipient.name,
      organizationName: organization.name,
      submitterName: submitter.name,
      submitterRole: submitter.role,
      relationship: submitter.relationship,
      confirmationRequired: organization.requireApplicantConfirmation,
    };
  },
  async "case-declined"(build, { decisionId, reason }) {
    const decision = await decisionOf(build, decisionId);
    const codes = decision?.reasonCodes ?? (reason ? [reason] : []);
    const known = declineReasonCodes.filter((code) => codes.includes(code));
    const directory = (await listOrganizations(build.db))
      .filter((o) => o.id !== build.organization.id)
      .map((o) => ({
        name: o.name,
        jurisdictions: o.jurisdictions.join(", "),
        website: mayLink(build) ? (o.website ?? undefined) : undefined,
        postalAddress: build.letter ? (o.postalAddress ?? undefined) : undefined,
      }));
    return {
      ...applicantSide(build),
      reasons: known.map((code) => messages[build.recipient.language].declineReasons.text[code]),
      directory,
    };
  },
};

/** A task's due day and assignee (never its title, which is free text). */
async function taskDetail(build: Build, taskId: string) {
  const task = await build.db.query.tasks.findFirst({ where: eq(tasks.id, taskId) });
  if (!task) throw new UncomposableMessage(`notification ${build.notification.id}: task not found`);
  const assignee = task.assigneeId
    ? await build.db.query.staff.findFirst({ where: eq(staffTable.id, task.assigneeId) })
    : undefined;
  return [formatDate(build.recipient.language, task.dueOn), assignee?.name].filter(Boolean).join(" · ");
}

/** Staff's message, opened: the frame around it follows the recipient. */
async function staffMessageProps(build: Build, messageId: string): Promise<TemplateProps<"staff-message">> {
  const sealed = await build.db.query.staffMessages.findFirst({ where: eq(staffMessages.id, messageId) });
  if (!sealed) throw new UncomposableMessage(`notification ${build.notification.id}: message not found`);
  const cipher = await caseCipher(build.env, build.db, build.kase.id);
  const body = await openText(cipher, sealed.body);
  if (!body) throw new UncomposableMessage(`notification ${build.notification.id}: message unreadable`);
  const { recipient } = build;
  const audience =
    recipient.role === "referral_partner" ? "partner" : recipient.role === "expert" ? "expert" : audienceOf(recipient);
  return {
    ...base(build),
    audience,
    recipientName: recipient.name,
    organizationName: build.organization.name,
    heading: (await openText(cipher, sealed.subject)) ?? undefined,
    body,
  };
}

/** Who an assignment asked: the reviewer, or the contact (a partner or member organization). */
async function actorName(db: Database, assignment: { reviewerId: string | null; contactId: string | null }) {
  if (assignment.reviewerId)
    return (await db.query.reviewers.findFirst({ where: eq(reviewers.id, assignment.reviewerId) }))?.name;
  if (assignment.contactId)
    return (await db.query.contacts.findFirst({ where: eq(contacts.id, assignment.contactId) }))?.name;
  return undefined;
}

function audienceOf(recipient: Recipient): "submitter" | "contact" | "attorney" {
  if (recipient.isSubmitter) return "submitter";
  return ["defense_attorney", "trial_attorney", "appeal_attorney"].includes(recipient.role) ? "attorney" : "contact";
}
