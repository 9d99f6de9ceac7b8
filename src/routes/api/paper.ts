import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { recordConfirmation } from "../../cases/paper";
import { caseStatuses } from "../../db/schema";
import { confirmationSchema } from "../../schemas/case-actions";
import { staffCase } from "./cases";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

/** What staff type in from the post: the same changes as the online ones, with the staff member's id. */

const today = () => new Date().toISOString().slice(0, 10);

const confirmationRoute = createRoute({
  method: "post",
  path: "/{id}/confirmation",
  tags: ["Paper route"],
  summary: "Record the written agreement of the person in prison",
  description:
    "When someone else applied for a person in prison and the organization requires it (`requireApplicantConfirmation`), the case waits as `awaiting_confirmation` until the person agrees in writing. Recording their letter here lets review start (a `confirmed` event with your id; the case's workflow is woken). Any other state: 409.",
  ...staffOnly,
  request: {
    params: caseParams,
    body: { required: false, content: { "application/json": { schema: confirmationSchema } } },
  },
  responses: {
    200: json(z.object({ id: z.string(), status: z.enum(caseStatuses) }), "Recorded; review starts."),
    ...staffErrorResponses,
    409: { description: "The case is not waiting for a written confirmation. Nothing was changed." },
  },
});

export const paperApi = createApiRouter().openapi(confirmationRoute, async function confirm(c) {
  const kase = await staffCase(c, c.req.valid("param").id);
  const { receivedOn } = c.req.valid("json") ?? {};
  await recordConfirmation({ env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId }, kase.case.id, {
    receivedOn: receivedOn ?? today(),
  });
  const now = await c.var.db.query.cases.findFirst({ where: (cases, { eq }) => eq(cases.id, kase.case.id) });
  return c.json({ id: kase.case.id, status: now?.status ?? "submitted" }, 200);
});
