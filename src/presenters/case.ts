/**
 * A case as staff see it, in the JSON API and on the staff pages: each shape made from the table
 * columns (and documented in the OpenAPI document), and the function that makes it from the rows.
 */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { type QueueRow, taskDays } from "../db/queries/queue";
import type { CasePeople, caseEvents, caseNotifications, DuplicateMatch, StaffCase } from "../db/queries/staff-cases";
import type { Staff } from "../lib/staff-auth";
import {
  assignmentColumns,
  attachmentColumns,
  caseColumns,
  contactColumns,
  criteriaVersionColumns,
  decisionColumns,
  eventColumns,
  notificationColumns,
  organizationColumns,
  personKeyColumns,
  responseColumns,
  screeningColumns,
} from "./columns";
import {
  correspondenceShape,
  noteShape,
  presentCorrespondence,
  presentNotes,
  presentStaffMessages,
  presentTask,
  staffMessageShape,
  taskShape,
} from "./desk";
import { organizationNameShape } from "./organization";

export const queueItemShape = z
  .object({
    id: caseColumns.shape.id,
    reference: caseColumns.shape.reference,
    organization: organizationColumns.shape.slug,
    status: caseColumns.shape.status,
    source: caseColumns.shape.source,
    language: caseColumns.shape.language,
    applicantName: z.string(),
    submittedAt: caseColumns.shape.createdAt,
    updatedAt: caseColumns.shape.updatedAt,
    stageDueAt: assignmentColumns.shape.dueAt
      .nullable()
      .openapi({ description: "When the open request of the case is due." }),
    overdue: z.boolean(),
    stuck: z.boolean().openapi({
      description: "Its workflow does not run (never started, failed, or given up on): staff must move it on.",
    }),
    possibleDuplicates: z.int().openapi({ description: "Other cases, here or at other members, of the same person." }),
    jurisdiction: z.string().openapi({ description: "Where the applicant was convicted (ISO 3166)." }),
    offenses: z.string(),
    evidenceTypes: z.array(z.string()),
    outcome: z
      .string()
      .nullable()
      .openapi({ description: "How the case ended (or `accepted`, `routed`); null while open." }),
    reasons: z.array(z.string()).openapi({ description: "Decline reason codes." }),
    reviewer: z.string().nullable().openapi({ description: "The reviewer asked last." }),
    daysIntake: z
      .number()
      .openapi({ description: "Days from receipt to the first review (or outcome); to now while there." }),
    daysInReview: z.number(),
    daysAwaitingInfo: z.number(),
    daysAwaitingExpert: z.number(),
    daysAccepted: z.number().openapi({ description: "Days from acceptance to the referral." }),
    preservationDueOn: z.iso.date().nullable().openapi({
      description: "When the evidence preservation letter is due, while it is not marked sent; null when none is open.",
    }),
    nextTask: z
      .object({
        id: z.string(),
        title: z.string().nullable(),
        dueOn: z.iso.date(),
        assigneeId: z.string().nullable(),
        overdue: z.boolean(),
      })
      .nullable()
      .openapi({ description: "The case's open task due first." }),
  })
  .openapi("QueueItem");

const DAY = 86_400_000;
type Stage = "intake" | "in_review" | "awaiting_info" | "awaiting_expert" | "accepted";

/**
 * Days the case spent in each stage, from the events that moved it (`[type, at]` pairs): intake from
 * receipt to the first of them, then each stage until the next; an ending stops the clock, and the
 * stage it is in now counts up to `now`.
 */
export function daysInStages(receivedAt: number, changes: [string, number][], now: number): Record<Stage, number> {
  const days: Record<Stage, number> = { intake: 0, in_review: 0, awaiting_info: 0, awaiting_expert: 0, accepted: 0 };
  let stage: Stage | null = "intake";
  let since = receivedAt;
  for (const [type, at] of [...changes].sort((a, b) => a[1] - b[1])) {
    if (stage) days[stage] += at - since;
    stage =
      type === "in_review" || type === "awaiting_info" || type === "awaiting_expert" || type === "accepted"
        ? type
        : null;
    since = at;
  }
  if (stage) days[stage] += now - since;
  const round = (ms: number) => Math.round((ms / DAY) * 10) / 10;
  return {
    intake: round(days.intake),
    in_review: round(days.in_review),
    awaiting_info: round(days.awaiting_info),
    awaiting_expert: round(days.awaiting_expert),
    accepted: round(days.accepted),
  };
}

const outcomes = ["accepted", "routed", "referred", "declined", "closed", "withdrawn"];

/** A row of the queue; `now` is the moment the queue was read, which says what is overdue. */
export function presentQueueItem(row: QueueRow, now: number) {
  return {
    id: row.id,
    reference: row.reference,
    organization: row.organization,
    status: row.status,
    source: row.source,
    language: row.language,
    applicantName: row.application.applicant.name,
    submittedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    stageDueAt: row.stageDueAt === null ? null : new Date(row.stageDueAt).toISOString(),
    overdue: row.stageDueAt !== null && row.stageDueAt < now,
    stuck: Boolean(row.stuck),
    possibleDuplicates: row.duplicates,
    jurisdiction: row.application.conviction.jurisdiction,
    offenses: row.application.conviction.offenses,
    evidenceTypes: row.application.claim.evidenceTypes ?? [],
    outcome: outcomes.includes(row.status) ? row.status : null,
    reasons: row.reasons ? row.reasons.split(";") : [],
    reviewer: row.reviewer,
    ...stageColumns(daysInStages(row.createdAt.getTime(), stageChanges(row.stageChanges), now)),
    preservationDueOn: row.preservationDueOn,
    nextTask: row.nextTask && { ...row.nextTask, overdue: row.nextTask.dueOn < taskDays(now).today },
  } satisfies z.output<typeof queueItemShape>;
}

export type QueueItem = ReturnType<typeof presentQueueItem>;

/** The `[type, at]` pairs of `listCases`'s `stageChanges`, read defensively: it is JSON from SQL. */
function stageChanges(json: string): [string, number][] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((pair: unknown) =>
    Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "number" ? [[pair[0], pair[1]]] : [],
  );
}

function stageColumns(days: Record<Stage, number>) {
  return {
    daysIntake: days.intake,
    daysInReview: days.in_review,
    daysAwaitingInfo: days.awaiting_info,
    daysAwaitingExpert: days.awaiting_expert,
    daysAccepted: days.accepted,
  };
}

export const duplicateShape = z
  .object({
    organization: organizationNameShape,
    submittedAt: caseColumns.shape.createdAt,
    matchedOn: z.array(personKeyColumns.shape.kind),
    id: caseColumns.shape.id.optional().openapi({ description: "Only for cases of organizations you are staff of." }),
    reference: caseColumns.shape.reference.optional(),
    status: caseColumns.shape.status.optional(),
  })
  .openapi("PossibleDuplicate");

/** Staff see where and when; the reference and status only of cases in organizations they are staff of. */
export function presentDuplicate(staff: Staff, { row, matchedOn }: DuplicateMatch) {
  const visible = staff.organizationId === null || staff.organizationId === row.organizationId;
  return {
    organization: { slug: row.organizationSlug, name: row.organizationName },
    submittedAt: row.createdAt.toISOString(),
    matchedOn,
    ...(visible ? { id: row.caseId, reference: row.reference, status: row.status } : {}),
  } satisfies z.output<typeof duplicateShape>;
}

const contactShape = contactColumns.pick({
  id: true,
  role: true,
  isSubmitter: true,
  name: true,
  email: true,
  postalAddress: true,
  language: true,
  notify: true,
});

const attachmentShape = attachmentColumns
  .pick({ id: true, fileName: true, contentType: true, size: true, sha256: true, uploadedBy: true })
  .extend({
    uploadedAt: attachmentColumns.shape.createdAt,
    url: z.string().openapi({ description: "Download (staff credentials needed)." }),
  });

const screeningShape = z.object({
  organization: organizationColumns.shape.slug,
  criteriaVersion: criteriaVersionColumns.shape.version.nullable(),
  outcome: screeningColumns.shape.outcome,
  results: screeningColumns.shape.results,
  screenedAt: screeningColumns.shape.createdAt,
});

const assignmentShape = assignmentColumns.pick({
  id: true,
  kind: true,
  round: true,
  status: true,
  reviewerId: true,
  contactId: true,
  organizationId: true,
  remindersSent: true,
  dueAt: true,
  createdAt: true,
  completedAt: true,
});

const decisionShape = decisionColumns
  .pick({ id: true, round: true, reviewerId: true, outcome: true, reasonCodes: true, note: true, questions: true })
  .extend({ decidedAt: decisionColumns.shape.createdAt });

const responseShape = responseColumns
  .pick({ id: true, round: true, kind: true, body: true, accepted: true })
  .extend({ receivedAt: responseColumns.shape.createdAt });

export const caseShape = z
  .object({
    id: caseColumns.shape.id,
    reference: caseColumns.shape.reference,
    status: caseColumns.shape.status,
    organization: organizationNameShape,
    source: caseColumns.shape.source,
    language: caseColumns.shape.language,
    submitterRole: caseColumns.shape.submitterRole,
    submittedAt: caseColumns.shape.createdAt,
    updatedAt: caseColumns.shape.updatedAt,
    application: caseColumns.shape.application.openapi({ description: "The application as validated." }),
    contacts: z.array(contactShape),
    attachments: z.array(attachmentShape),
    screenings: z.array(screeningShape),
    assignments: z.array(assignmentShape),
    decisions: z.array(decisionShape),
    responses: z.array(responseShape),
    possibleDuplicates: z.array(duplicateShape),
    correspondence: z.array(correspondenceShape).openapi({ description: "Letters, calls, emails and visits in." }),
    messages: z.array(staffMessageShape).openapi({ description: "What staff wrote to people on the case." }),
    notes: z.array(noteShape).openapi({ description: "Internal notes: staff only." }),
    tasks: z.array(taskShape).openapi({ description: "Open tasks first, by due day; then done ones." }),
  })
  .openapi("Case");

/** The case with everything staff work from; `duplicates` are shown as `staff` may see them. */
export function presentCase(staff: Staff, kase: StaffCase, duplicates: DuplicateMatch[]) {
  const { case: c, organization } = kase;
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    organization: { slug: organization.slug, name: organization.name },
    source: c.source,
    language: c.language,
    submitterRole: c.submitterRole,
    submittedAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    application: c.application,
    contacts: kase.contacts.map(presentContact),
    attachments: kase.attachments.map((file) => presentAttachment(c.id, file)),
    screenings: kase.screenings.map(presentScreening),
    assignments: kase.assignments.map(presentAssignment),
    decisions: kase.decisions.map(presentDecision),
    responses: kase.responses.map(presentResponse),
    possibleDuplicates: duplicates.map((match) => presentDuplicate(staff, match)),
    correspondence: presentCorrespondence(kase),
    messages: presentStaffMessages(kase),
    notes: presentNotes(kase),
    tasks: kase.tasks.map(presentTask),
  } satisfies z.output<typeof caseShape>;
}

export type CaseDetail = ReturnType<typeof presentCase>;

function presentContact(p: StaffCase["contacts"][number]) {
  return {
    id: p.id,
    role: p.role,
    isSubmitter: p.isSubmitter,
    name: p.name,
    email: p.email,
    postalAddress: p.postalAddress,
    language: p.language,
    notify: p.notify,
  } satisfies z.output<typeof contactShape>;
}

function presentAttachment(caseId: string, f: StaffCase["attachments"][number]) {
  return {
    id: f.id,
    fileName: f.fileName,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    uploadedBy: f.uploadedBy,
    uploadedAt: f.createdAt.toISOString(),
    url: `/api/v1/cases/${caseId}/attachments/${f.id}`,
  } satisfies z.output<typeof attachmentShape>;
}

function presentScreening({ screening, version, organization }: StaffCase["screenings"][number]) {
  return {
    organization,
    criteriaVersion: version,
    outcome: screening.outcome,
    results: screening.results,
    screenedAt: screening.createdAt.toISOString(),
  } satisfies z.output<typeof screeningShape>;
}

function presentAssignment(a: StaffCase["assignments"][number]) {
  return {
    id: a.id,
    kind: a.kind,
    round: a.round,
    status: a.status,
    reviewerId: a.reviewerId,
    contactId: a.contactId,
    organizationId: a.organizationId,
    remindersSent: a.remindersSent,
    dueAt: a.dueAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    completedAt: a.completedAt?.toISOString() ?? null,
  } satisfies z.output<typeof assignmentShape>;
}

function presentDecision(d: StaffCase["decisions"][number]) {
  return {
    id: d.id,
    round: d.round,
    reviewerId: d.reviewerId,
    outcome: d.outcome,
    reasonCodes: d.reasonCodes,
    note: d.note,
    questions: d.questions,
    decidedAt: d.createdAt.toISOString(),
  } satisfies z.output<typeof decisionShape>;
}

function presentResponse(r: StaffCase["responses"][number]) {
  return {
    id: r.id,
    round: r.round,
    kind: r.kind,
    body: r.body,
    accepted: r.accepted,
    receivedAt: r.createdAt.toISOString(),
  } satisfies z.output<typeof responseShape>;
}

const personShape = z.object({
  role: z
    .string()
    .openapi({ description: "A contact role (`family`, `defense_attorney`…), `reviewer` or `organization`." }),
  name: z.string(),
});

export const caseEventShape = eventColumns
  .pick({ id: true, type: true, actor: true, data: true })
  .extend({
    at: eventColumns.shape.createdAt,
    person: personShape.nullable().openapi({
      description:
        "Who the event is about, by role and name: a message's recipient, the holder of a link that was opened, the reviewer or organization it names.",
    }),
  })
  .openapi("CaseEvent");

/** The event, with the person its data names by id (`notificationId`, `contactId`, `reviewerId`, `organizationId`). */
export function presentEvent(e: Awaited<ReturnType<typeof caseEvents>>[number], people: CasePeople) {
  const id = (key: string) => {
    const value = e.data?.[key];
    return typeof value === "string" ? value : undefined;
  };
  const notificationId = id("notificationId");
  const contactId = id("contactId");
  const reviewerId = id("reviewerId");
  const organizationId = id("organizationId");
  const person = notificationId
    ? people.recipient(notificationId)
    : contactId
      ? people.contact(contactId)
      : reviewerId
        ? people.reviewer(reviewerId)
        : organizationId
          ? people.organization(organizationId)
          : undefined;
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    data: e.data,
    at: e.createdAt.toISOString(),
    person: person ?? null,
  } satisfies z.output<typeof caseEventShape>;
}

export type CaseEvent = ReturnType<typeof presentEvent>;

export const notificationShape = z
  .object({
    id: notificationColumns.shape.id,
    template: notificationColumns.shape.template,
    channel: notificationColumns.shape.channel,
    recipient: z.object({
      kind: z.enum(["contact", "reviewer", "organization"]),
      id: z.string(),
      role: personShape.shape.role,
      name: z.string(),
    }),
    language: notificationColumns.shape.language,
    status: notificationColumns.shape.status,
    providerMessageId: notificationColumns.shape.providerMessageId,
    createdAt: notificationColumns.shape.createdAt,
    sentAt: notificationColumns.shape.sentAt,
  })
  .openapi("Notification");

export function presentNotification(n: Awaited<ReturnType<typeof caseNotifications>>[number], people: CasePeople) {
  const recipient = n.contactId
    ? { kind: "contact" as const, id: n.contactId }
    : n.reviewerId
      ? { kind: "reviewer" as const, id: n.reviewerId }
      : { kind: "organization" as const, id: n.organizationId ?? "" };
  const named = people.recipient(n.id) ?? { role: recipient.kind, name: recipient.id };
  return {
    id: n.id,
    template: n.template,
    channel: n.channel,
    recipient: { ...recipient, ...named },
    language: n.language,
    status: n.status,
    providerMessageId: n.providerMessageId,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  } satisfies z.output<typeof notificationShape>;
}

export type CaseNotification = ReturnType<typeof presentNotification>;
