import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { recordConfirmation, recordMailedAnswer } from "../../cases/paper";
import { caseStatuses } from "../../db/schema";
import { ApiError } from "../../errors";
import { deleteUploads } from "../../lib/multipart-form";
import { confirmationSchema, mailedAnswerSchema } from "../../schemas/case-actions";
import { staffCase } from "./cases";
import { fieldsAndScansBody, readFieldsAndScans } from "./form-request";
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

const answersRoute = createRoute({
  method: "post",
  path: "/{id}/answers",
  tags: ["Paper route"],
  summary: "Type in the applicant side's answer that came by post",
  description:
    "The answer to the reviewer's open questions, from a letter: JSON, or multipart/form-data with the same field and the scanned pages as `attachments`. It is the same change as an answer sent through the respond link (an `answered` event, with your id as actor) and wakes the case's workflow the same way: the reviewers are asked to decide again. 409 when no questions are open.",
  ...staffOnly,
  request: { params: caseParams, body: fieldsAndScansBody(mailedAnswerSchema) },
  responses: {
    201: json(
      z.object({ responseId: z.string(), round: z.int(), attachments: z.int() }),
      "Recorded; the reviewers are asked again.",
    ),
    ...staffErrorResponses,
    409: { description: "The case is not waiting for answers. Nothing was stored." },
  },
});

export const paperApi = createApiRouter()
  .openapi(answersRoute, async function typeInAnswer(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const { input, uploads } = await readFieldsAndScans(c, mailedAnswerSchema);
    try {
      if (!input.answer && uploads.length === 0)
        throw new ApiError("invalid_request", "Type the answer in, or add the scans of it.", [
          { path: "answer", message: "Required when no scans are sent." },
        ]);
      const recorded = await recordMailedAnswer(
        { env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId },
        kase.case.id,
        { text: input.answer ?? null },
        uploads,
      );
      return c.json({ ...recorded, attachments: uploads.length }, 201);
    } catch (error) {
      await deleteUploads(c.env.ATTACHMENTS, uploads);
      throw error;
    }
  })
  .openapi(confirmationRoute, async function confirm(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const { receivedOn } = c.req.valid("json") ?? {};
    await recordConfirmation(
      { env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId },
      kase.case.id,
      {
        receivedOn: receivedOn ?? today(),
      },
    );
    const now = await c.var.db.query.cases.findFirst({ where: (cases, { eq }) => eq(cases.id, kase.case.id) });
    return c.json({ id: kase.case.id, status: now?.status ?? "submitted" }, 200);
  });
