import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import * as z from "zod";
import {
  caseEvents,
  caseNotifications,
  listCases,
  loadStaffCase,
  possibleDuplicates,
  recordStaffRead,
  type StaffCase,
} from "../../db/queries/staff-cases";
import { attachments, caseStatuses } from "../../db/schema";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { attachmentResponse } from "../../lib/downloads";
import { isOneOf } from "../../lib/is-one-of";
import { assertOrganization, type Staff } from "../../lib/staff-auth";
import { receiveApplication } from "./application-request";
import { caseParams, createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";
import { applicationBody, createdCaseSchema, idempotencyHeader } from "./schemas";

const day = z.iso.date().openapi({ example: "2026-11-01" });

export const queueQuerySchema = z.object({
  status: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = value ? value.split(",").filter(Boolean) : [];
      const unknown = list.filter((s) => !isOneOf(caseStatuses, s));
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown status: ${unknown.join(", ")}.` });
      return list.filter((s) => isOneOf(caseStatuses, s));
    })
    .openapi({
      description: `Comma-separated statuses: ${caseStatuses.join(", ")}.`,
      example: "in_review,awaiting_info",
    }),
  organization: z.string().optional().openapi({ description: "An organization's slug." }),
  overdue: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({ description: "Only cases where someone asked to act is past the due date." }),
  reviewer: z.string().optional().openapi({ description: "Only cases this reviewer (id) was asked to review." }),
  submittedFrom: day.optional(),
  submittedTo: day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page." }),
});

const queueItemSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    organization: z.string(),
    status: z.enum(caseStatuses),
    source: z.enum(["web_form", "api", "paper_mail"]),
    language: z.string(),
    applicantName: z.string(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    stageDueAt: z.iso.datetime().nullable().openapi({ description: "When the open request of the case is due." }),
    overdue: z.boolean(),
    possibleDuplicates: z.int().openapi({ description: "Other cases, here or at other members, of the same person." }),
  })
  .openapi("QueueItem");

const duplicateSchema = z
  .object({
    organization: z.object({ slug: z.string(), name: z.string() }),
    submittedAt: z.iso.datetime(),
    matchedOn: z.array(z.string()),
    id: z.string().optional().openapi({ description: "Only for cases of organizations you are staff of." }),
    reference: z.string().optional(),
    status: z.enum(caseStatuses).optional(),
  })
  .openapi("PossibleDuplicate");

const caseSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    status: z.enum(caseStatuses),
    organization: z.object({ slug: z.string(), name: z.string() }),
    source: z.string(),
    language: z.string(),
    submitterRole: z.string(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    application: z.record(z.string(), z.unknown()).openapi({ description: "The application as validated." }),
    contacts: z.array(
      z.object({
        id: z.string(),
        role: z.string(),
        isSubmitter: z.boolean(),
        name: z.string(),
        email: z.string().nullable(),
        postalAddress: z.string().nullable(),
        language: z.string(),
        notify: z.boolean(),
      }),
    ),
    attachments: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        size: z.int(),
        sha256: z.string(),
        uploadedBy: z.string(),
        uploadedAt: z.iso.datetime(),
        url: z.string().openapi({ description: "Download (staff credentials needed)." }),
      }),
    ),
    screenings: z.array(
      z.object({
        organization: z.string(),
        criteriaVersion: z.int().nullable(),
        outcome: z.string(),
        results: z.array(z.object({ id: z.string(), result: z.string(), onFail: z.string() })),
        screenedAt: z.iso.datetime(),
      }),
    ),
    assignments: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        round: z.int(),
        status: z.string(),
        reviewerId: z.string().nullable(),
        contactId: z.string().nullable(),
        organizationId: z.string().nullable(),
        remindersSent: z.int(),
        dueAt: z.iso.datetime(),
        createdAt: z.iso.datetime(),
        completedAt: z.iso.datetime().nullable(),
      }),
    ),
    decisions: z.array(
      z.object({
        id: z.string(),
        round: z.int(),
        reviewerId: z.string(),
        outcome: z.string(),
        reasonCodes: z.array(z.string()),
        note: z.string().nullable(),
        questions: z.string().nullable(),
        decidedAt: z.iso.datetime(),
      }),
    ),
    responses: z.array(
      z.object({
        id: z.string(),
        round: z.int(),
        kind: z.string(),
        body: z.string().nullable(),
        accepted: z.boolean().nullable(),
        receivedAt: z.iso.datetime(),
      }),
    ),
    possibleDuplicates: z.array(duplicateSchema),
  })
  .openapi("Case");

const eventSchema = z
  .object({
    id: z.int(),
    type: z.string(),
    actor: z.string(),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
    at: z.iso.datetime(),
  })
  .openapi("CaseEvent");

const notificationSchema = z
  .object({
    id: z.string(),
    template: z.string(),
    channel: z.enum(["email", "post"]),
    recipient: z.object({
      kind: z.enum(["contact", "reviewer", "organization"]),
      id: z.string(),
    }),
    language: z.string(),
    status: z.string(),
    providerMessageId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .openapi("Notification");

const queueRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Cases"],
  summary: "The case queue, newest first",
  ...staffOnly,
  request: { query: queueQuerySchema },
  responses: {
    200: json(z.object({ cases: z.array(queueItemSchema), nextCursor: z.string().nullable() }), "One page."),
    ...staffErrorResponses,
  },
});

const paperRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Cases"],
  summary: "Enter an application that came by post",
  description:
    "Type in a mailed application, with the scanned pages as `attachments`. The postal address is the applicant's contact: messages to someone without email are listed for staff to print and post. The case then runs the same workflow as any other.",
  ...staffOnly,
  request: { headers: idempotencyHeader, body: applicationBody },
  responses: { 201: json(createdCaseSchema, "The case was made."), ...staffErrorResponses },
});

const caseRoute = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Cases"],
  summary: "One case: people, files, screening, assignments, decisions and possible duplicates",
  description: "Each read is recorded in the case's event log.",
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(caseSchema, "The case."), ...staffErrorResponses },
});

const eventsRoute = createRoute({
  method: "get",
  path: "/{id}/events",
  tags: ["Cases"],
  summary: "The case's event log, oldest first",
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(z.object({ events: z.array(eventSchema) }), "The events."), ...staffErrorResponses },
});

const notificationsRoute = createRoute({
  method: "get",
  path: "/{id}/notifications",
  tags: ["Cases"],
  summary: "Every message about the case: who was told what, and when",
  ...staffOnly,
  request: { params: caseParams },
  responses: {
    200: json(z.object({ notifications: z.array(notificationSchema) }), "The messages."),
    ...staffErrorResponses,
  },
});

const attachmentRoute = createRoute({
  method: "get",
  path: "/{id}/attachments/{attachmentId}",
  tags: ["Cases"],
  summary: "Download one of the case's files",
  ...staffOnly,
  request: { params: caseParams.extend({ attachmentId: idParam("attachmentId", "The attachment id.") }) },
  responses: {
    200: {
      description: "The file, as an attachment.",
      content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
    },
    ...staffErrorResponses,
  },
});

/** The case, if it exists and the caller is staff of its organization. */
export async function staffCase(c: Context<StaffEnv>, caseId: string): Promise<StaffCase> {
  const kase = await loadStaffCase(c.env, c.var.db, caseId);
  if (!kase) throw new ApiError("not_found", "No such case.");
  assertOrganization(c.var.staff, kase.case.organizationId);
  return kase;
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

export async function caseJson(db: StaffEnv["Variables"]["db"], staff: Staff, kase: StaffCase) {
  const { case: c, organization } = kase;
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    organization: { slug: organization.slug, name: organization.name },
    source: c.source,
    language: c.language,
    submitterRole: c.submitterRole,
    submittedAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    application: c.application,
    contacts: kase.contacts.map((p) => ({
      id: p.id,
      role: p.role,
      isSubmitter: p.isSubmitter,
      name: p.name,
      email: p.email,
      postalAddress: p.postalAddress,
      language: p.language,
      notify: p.notify,
    })),
    attachments: kase.attachments.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      uploadedBy: f.uploadedBy,
      uploadedAt: iso(f.createdAt),
      url: `/api/v1/cases/${c.id}/attachments/${f.id}`,
    })),
    screenings: kase.screenings.map(({ screening, version, organization }) => ({
      organization,
      criteriaVersion: version,
      outcome: screening.outcome,
      results: screening.results,
      screenedAt: iso(screening.createdAt),
    })),
    assignments: kase.assignments.map((a) => ({
      id: a.id,
      kind: a.kind,
      round: a.round,
      status: a.status,
      reviewerId: a.reviewerId,
      contactId: a.contactId,
      organizationId: a.organizationId,
      remindersSent: a.remindersSent,
      dueAt: iso(a.dueAt),
      createdAt: iso(a.createdAt),
      completedAt: isoOrNull(a.completedAt),
    })),
    decisions: kase.decisions.map((d) => ({
      id: d.id,
      round: d.round,
      reviewerId: d.reviewerId,
      outcome: d.outcome,
      reasonCodes: d.reasonCodes,
      note: d.note,
      questions: d.questions,
      decidedAt: iso(d.createdAt),
    })),
    responses: kase.responses.map((r) => ({
      id: r.id,
      round: r.round,
      kind: r.kind,
      body: r.body,
      accepted: r.accepted,
      receivedAt: iso(r.createdAt),
    })),
    possibleDuplicates: await possibleDuplicates(db, staff, c.id),
  };
}

export const casesApi = createApiRouter()
  .openapi(queueRoute, async function listQueue(c) {
    const { limit, cursor, reviewer, ...filters } = c.req.valid("query");
    const page = await listCases(c.var.db, c.var.staff, { ...filters, reviewerId: reviewer }, { limit, cursor });
    return c.json({ cases: page.items, nextCursor: page.nextCursor }, 200);
  })
  .openapi(paperRoute, async function enterPaperApplication(c) {
    const { staff } = c.var;
    const ownSlug = staff.organizationId
      ? (await c.var.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, staff.organizationId ?? "") }))
          ?.slug
      : undefined;
    const created = await receiveApplication(c, {
      source: "paper_mail",
      keyScope: `paper:${staff.actor}`,
      enteredBy: staff.actor,
      adjust(application) {
        if (!ownSlug) return application;
        if (application.organization && application.organization !== ownSlug)
          throw new ApiError("forbidden", "You can enter applications for your own organization only.");
        return { ...application, organization: ownSlug };
      },
    });
    return c.json(created, 201);
  })
  .openapi(caseRoute, async function readCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "case");
    return c.json(await caseJson(c.var.db, c.var.staff, kase), 200);
  })
  .openapi(eventsRoute, async function readEvents(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "events");
    const rows = await caseEvents(c.var.db, kase.case.id);
    return c.json(
      { events: rows.map((e) => ({ id: e.id, type: e.type, actor: e.actor, data: e.data, at: iso(e.createdAt) })) },
      200,
    );
  })
  .openapi(notificationsRoute, async function readNotifications(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "notifications");
    const rows = await caseNotifications(c.var.db, kase.case.id);
    return c.json({ notifications: rows.map(notificationJson) }, 200);
  })
  .openapi(attachmentRoute, async function downloadAttachment(c) {
    const { id, attachmentId } = c.req.valid("param");
    const kase = await staffCase(c, id);
    const file = await c.var.db.query.attachments.findFirst({
      where: and(eq(attachments.id, attachmentId), eq(attachments.caseId, kase.case.id)),
    });
    const object = file && (await c.env.ATTACHMENTS.get(file.r2Key));
    if (!file || !object) throw new ApiError("not_found", "No such file on this case.");
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, `attachment:${file.id}`);
    return attachmentResponse(object.body, file);
  });

export function notificationJson(n: Awaited<ReturnType<typeof caseNotifications>>[number]) {
  const recipient = n.contactId
    ? { kind: "contact" as const, id: n.contactId }
    : n.reviewerId
      ? { kind: "reviewer" as const, id: n.reviewerId }
      : { kind: "organization" as const, id: n.organizationId ?? "" };
  return {
    id: n.id,
    template: n.template,
    channel: n.channel,
    recipient,
    language: n.language,
    status: n.status,
    providerMessageId: n.providerMessageId,
    createdAt: iso(n.createdAt),
    sentAt: isoOrNull(n.sentAt),
  };
}
