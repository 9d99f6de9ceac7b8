import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { closeReasons, endCase, reassignReview } from "../../cases/staff-actions";
import { staffCase } from "./cases";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

const conflict = { 409: { description: "The case or assignment is not in a state that allows this." } };
const endedSchema = z.object({ id: z.string(), status: z.enum(["withdrawn", "closed"]) });

const reassignRoute = createRoute({
  method: "post",
  path: "/{id}/reassign",
  tags: ["Case actions"],
  summary: "Hand an open review to another reviewer",
  description:
    "Without `reviewerId`, the least loaded active reviewer who has not seen the case takes it. The old review link stops working; the new reviewer is emailed at once.",
  ...staffOnly,
  request: {
    params: caseParams,
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ assignmentId: z.string().min(1), reviewerId: z.string().min(1).optional() }),
        },
      },
    },
  },
  responses: {
    200: json(
      z.object({ assignmentId: z.string(), reviewerId: z.string().nullable(), dueAt: z.iso.datetime() }),
      "The new assignment.",
    ),
    ...staffErrorResponses,
    ...conflict,
  },
});

const withdrawRoute = createRoute({
  method: "post",
  path: "/{id}/withdraw",
  tags: ["Case actions"],
  summary: "Withdraw the application at the applicant's request",
  description: "Stops the workflow and revokes every open request link; status links keep showing the outcome.",
  ...staffOnly,
  request: { params: caseParams },
  responses: { 200: json(endedSchema, "The case is withdrawn."), ...staffErrorResponses, ...conflict },
});

const closeRoute = createRoute({
  method: "post",
  path: "/{id}/close",
  tags: ["Case actions"],
  summary: "Close the case",
  description:
    "For cases that cannot move on by themselves (no reviewer left, every member declined the referral) or are handled elsewhere. Stops the workflow and revokes open request links.",
  ...staffOnly,
  request: {
    params: caseParams,
    body: { required: true, content: { "application/json": { schema: z.object({ reason: z.enum(closeReasons) }) } } },
  },
  responses: { 200: json(endedSchema, "The case is closed."), ...staffErrorResponses, ...conflict },
});

export const caseActionsApi = createApiRouter()
  .openapi(reassignRoute, async function reassign(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const assignment = await reassignReview(c.env, c.var.db, c.var.staff, kase.case.id, c.req.valid("json"));
    return c.json(
      { assignmentId: assignment.id, reviewerId: assignment.reviewerId, dueAt: assignment.dueAt.toISOString() },
      200,
    );
  })
  .openapi(withdrawRoute, async function withdraw(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "withdrawn" });
    return c.json({ id: kase.case.id, status: "withdrawn" as const }, 200);
  })
  .openapi(closeRoute, async function close(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    await endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "closed", reason: c.req.valid("json").reason });
    return c.json({ id: kase.case.id, status: "closed" as const }, 200);
  });
