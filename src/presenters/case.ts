/**
 * A case as staff see it, in the JSON API and on the staff pages: each shape made from the table
 * columns (and documented in the OpenAPI document), and the function that makes it from the rows.
 */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { DuplicateMatch, StaffCase } from "../db/queries/staff-cases";
import type { Staff } from "../lib/staff-auth";
import {
  assignmentColumns,
  attachmentColumns,
  caseColumns,
  contactColumns,
  criteriaVersionColumns,
  decisionColumns,
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
