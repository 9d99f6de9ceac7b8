import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { moveToOrganization, referCase, reopenCase, returnToReview } from "../../cases/staff-moves";
import { caseStatuses } from "../../db/schema";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { moveSchema, referSchema, reopenSchema } from "../../schemas/case-actions";
import { staffCase } from "./cases";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

const conflict = {
  409: { description: "The case's state does not allow this; the message says why. Nothing was changed." },
};
const movedSchema = z.object({ id: z.string(), status: z.enum(caseStatuses) });
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
const workflowNote =
  "The case's workflow is restarted and resumes from this move (its earlier messages are not sent again).";

const referRoute = createRoute({
  method: "post",
  path: "/{id}/refer",
  tags: ["Case actions"],
  summary: "Offer the case to another referral partner or member organization",
  description: `After a referral partner or member organization declined or let the offer lapse (or there was none): an accepted case, or one in review whose offers to other members all failed. Send \`partnerId\` (a partner of the case's organization) or \`organization\` (another member's slug); they are emailed the case packet with the usual deadline. ${workflowNote}`,
  ...staffOnly,
  request: { params: caseParams, body: body(referSchema) },
  responses: { 200: json(movedSchema, "The offer is on its way."), ...staffErrorResponses, ...conflict },
});

const returnRoute = createRoute({
  method: "post",
  path: "/{id}/return-to-review",
  tags: ["Case actions"],
  summary: "Send the case back to review",
  description: `For a case waiting on an answer, an opinion or a referral, or one that stopped (nobody left to review, every member declined): open requests are revoked and the reviewers of its last round (or others, when they are no longer active) are asked to decide again. ${workflowNote}`,
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(movedSchema, "The case is in review."), ...staffErrorResponses, ...conflict },
});

const reopenRoute = createRoute({
  method: "post",
  path: "/{id}/reopen",
  tags: ["Case actions"],
  summary: "Reopen a withdrawn, declined or closed case",
  description: `Only within its retention period. The case goes back to review, to the reviewers of its last round while they are active. ${workflowNote}`,
  ...staffOnly,
  request: { params: caseParams, body: body(reopenSchema) },
  responses: { 200: json(movedSchema, "The case is in review again."), ...staffErrorResponses, ...conflict },
});

const moveRoute = createRoute({
  method: "post",
  path: "/{id}/move",
  tags: ["Case actions"],
  summary: "Move the case to another member organization",
  description: `Any case that has not ended. Its open requests are revoked; it is screened against the other organization's criteria (for its reviewers: nothing is routed on), the applicant side is told, and that organization's reviewers take it. Staff of the first organization no longer see it. ${workflowNote}`,
  ...staffOnly,
  request: { params: caseParams, body: body(moveSchema) },
  responses: {
    200: json(movedSchema, "The case is with the other organization."),
    ...staffErrorResponses,
    ...conflict,
  },
});

function actor(c: Context<StaffEnv>) {
  return { env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId };
}

/** The case as it is after the move. */
async function moved(c: Context<StaffEnv>, id: string) {
  const kase = await c.var.db.query.cases.findFirst({ where: (cases, { eq }) => eq(cases.id, id) });
  if (!kase) throw new ApiError("not_found", "No such case.");
  return { id, status: kase.status };
}

export const caseMovesApi = createApiRouter()
  .openapi(referRoute, async function refer(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await referCase(actor(c), kase.case.id, c.req.valid("json"));
    return c.json(await moved(c, kase.case.id), 200);
  })
  .openapi(returnRoute, async function sendBackToReview(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await returnToReview(actor(c), kase.case.id);
    return c.json(await moved(c, kase.case.id), 200);
  })
  .openapi(reopenRoute, async function reopen(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await reopenCase(actor(c), kase.case.id, c.req.valid("json").reason);
    return c.json(await moved(c, kase.case.id), 200);
  })
  .openapi(moveRoute, async function moveCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await moveToOrganization(actor(c), kase.case.id, c.req.valid("json").organization);
    return c.json(await moved(c, kase.case.id), 200);
  });
