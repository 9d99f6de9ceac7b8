import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import * as z from "zod";
import { recordStaffRead } from "../../cases/staff-actions";
import { caseDetail } from "../../cases/subject-rights";
import { listCases } from "../../db/queries/queue";
import { caseEvents, caseNotifications, casePeople, loadStaffCase, type StaffCase } from "../../db/queries/staff-cases";
import { attachments } from "../../db/schema";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { attachmentResponse } from "../../lib/downloads";
import { assertOrganization, type Staff } from "../../lib/staff-auth";
import { createdCaseShape } from "../../presenters/application";
import { caseShape } from "../../presenters/case";
import { caseEventShape, notificationShape, presentEvent, presentNotification } from "../../presenters/case-history";
import { presentQueueItem, queueItemShape } from "../../presenters/queue-item";
import type { Application } from "../../schemas/application";
import { queueFilters, queueQuerySchema } from "../../schemas/queue";
import { receiveApplication } from "./application-request";
import { caseParams, createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";
import { applicationBody, idempotencyHeader } from "./schemas";

const queueRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Cases"],
  summary: "The case queue, newest first: search and filters",
  ...staffOnly,
  request: { query: queueQuerySchema },
  responses: {
    200: json(z.object({ cases: z.array(queueItemShape), nextCursor: z.string().nullable() }), "One page."),
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
  responses: { 201: json(createdCaseShape, "The case was made."), ...staffErrorResponses },
});

const caseRoute = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Cases"],
  summary: "One case: people, files, screening, assignments, decisions and possible duplicates",
  description: "Each read is recorded in the case's event log.",
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(caseShape, "The case."), ...staffErrorResponses },
});

const eventsRoute = createRoute({
  method: "get",
  path: "/{id}/events",
  tags: ["Cases"],
  summary: "The case's event log, oldest first",
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(z.object({ events: z.array(caseEventShape) }), "The events."), ...staffErrorResponses },
});

const notificationsRoute = createRoute({
  method: "get",
  path: "/{id}/notifications",
  tags: ["Cases"],
  summary: "Every message about the case: who was told what, and when",
  ...staffOnly,
  request: { params: caseParams },
  responses: {
    200: json(z.object({ notifications: z.array(notificationShape) }), "The messages."),
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

/** The slug of the staff member's organization; undefined for network staff. */
export async function ownOrganizationSlug(db: StaffEnv["Variables"]["db"], staff: Staff) {
  if (!staff.organizationId) return undefined;
  const own = await db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, staff.organizationId ?? "") });
  return own?.slug;
}

/** Organization staff enter mailed applications for their own organization only; network staff for any. */
export function forOwnOrganization(ownSlug: string | undefined, application: Application): Application {
  if (!ownSlug) return application;
  if (application.organization && application.organization !== ownSlug)
    throw new ApiError("forbidden", "You can enter applications for your own organization only.");
  return { ...application, organization: ownSlug };
}

export const casesApi = createApiRouter()
  .openapi(queueRoute, async function listQueue(c) {
    const { limit, cursor, ...query } = c.req.valid("query");
    const page = await listCases(c.env, c.var.db, c.var.staff, queueFilters(query, c.var.staff), { limit, cursor });
    return c.json({ cases: page.rows.map((row) => presentQueueItem(row, page.now)), nextCursor: page.nextCursor }, 200);
  })
  .openapi(paperRoute, async function enterPaperApplication(c) {
    const { staff } = c.var;
    const own = await ownOrganizationSlug(c.var.db, staff);
    const created = await receiveApplication(c, {
      source: "paper_mail",
      keyScope: `paper:${staff.actor}`,
      enteredBy: staff.actor,
      adjust: (application) => forOwnOrganization(own, application),
    });
    return c.json(created, 201);
  })
  .openapi(caseRoute, async function readCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "case");
    return c.json(await caseDetail(c.var.db, c.var.staff, kase), 200);
  })
  .openapi(eventsRoute, async function readEvents(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "events");
    const [rows, people] = await Promise.all([caseEvents(c.var.db, kase.case.id), casePeople(c.var.db, kase.case.id)]);
    return c.json({ events: rows.map((row) => presentEvent(row, people)) }, 200);
  })
  .openapi(notificationsRoute, async function readNotifications(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await recordStaffRead(c.var.db, c.var.staff, kase.case.id, "notifications");
    const [rows, people] = await Promise.all([
      caseNotifications(c.var.db, kase.case.id),
      casePeople(c.var.db, kase.case.id),
    ]);
    return c.json({ notifications: rows.map((row) => presentNotification(row, people)) }, 200);
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
