import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { logCorrespondence, writeMessage } from "../../cases/correspondence";
import { deleteUploads } from "../../lib/multipart-form";
import { correspondenceSchema, messageSchema } from "../../schemas/case-actions";
import { readIdempotencyKey } from "./application-request";
import { staffCase } from "./cases";
import { fieldsAndScansBody, readFieldsAndScans } from "./form-request";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";
import { idempotencyHeader } from "./schemas";

const writtenShape = z
  .object({
    id: z.string(),
    contactId: z.string(),
    channel: z.enum(["email", "post"]),
    notificationId: z.string(),
    status: z.enum(["pending", "sent", "failed"]).openapi({
      description: "`sent`: the email went out. `pending`: a letter waiting at /staff/letters to be printed.",
    }),
  })
  .openapi("WrittenMessage");

const messageRoute = createRoute({
  method: "post",
  path: "/{id}/messages",
  tags: ["Correspondence"],
  summary: "Write to a person on the case",
  description:
    "In the recipient's language: their greeting, the organization's sign-off, the reference and the footer around the text as written. By email when the person has an address and `channel` allows; otherwise as a letter staff print at /staff/letters. The email's subject line is a fixed text with the reference; `subject` becomes a heading inside. Each message is a notification and a `message_written` event. With the same `Idempotency-Key`, a retry writes nothing new and sends what was not sent.",
  ...staffOnly,
  request: {
    params: caseParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: messageSchema } } },
  },
  responses: {
    201: json(writtenShape, "The message, sent or waiting to be printed."),
    ...staffErrorResponses,
    409: { description: "The case's data was erased." },
  },
});

const correspondenceRoute = createRoute({
  method: "post",
  path: "/{id}/correspondence",
  tags: ["Correspondence"],
  summary: "Log a letter, call, email or visit that came in",
  description:
    "JSON, or multipart/form-data with the same fields and the scans as `attachments` (the same file types and limits as applications). The summary is sealed; the entry shows on the case page and in its timeline (`correspondence_logged`).",
  ...staffOnly,
  request: {
    params: caseParams,
    body: fieldsAndScansBody(correspondenceSchema),
  },
  responses: {
    201: json(z.object({ id: z.string(), attachments: z.int() }), "Logged."),
    ...staffErrorResponses,
    409: { description: "The case's data was erased." },
  },
});

export const correspondenceApi = createApiRouter()
  .openapi(messageRoute, async function write(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const key = readIdempotencyKey(c.req.header("idempotency-key"));
    const written = await writeMessage(
      { env: c.env, db: c.var.db, staff: c.var.staff },
      kase.case.id,
      c.req.valid("json"),
      key ? `api:${c.var.staff.actor}:${key}` : null,
    );
    return c.json(written, 201);
  })
  .openapi(correspondenceRoute, async function logIncoming(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const { input, uploads } = await readFieldsAndScans(c, correspondenceSchema);
    try {
      const logged = await logCorrespondence(
        { env: c.env, db: c.var.db, staff: c.var.staff },
        kase.case.id,
        {
          kind: input.kind,
          receivedOn: input.date,
          summary: input.summary,
          contactId: input.contactId,
          taskId: input.taskId,
        },
        uploads,
      );
      return c.json({ id: logged.id, attachments: uploads.length }, 201);
    } catch (error) {
      await deleteUploads(c.env.ATTACHMENTS, uploads);
      throw error;
    }
  });
