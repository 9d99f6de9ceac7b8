import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { purgeCase } from "../../cases/purge";
import { recordStaffRead } from "../../cases/staff-actions";
import { caseEvents, caseNotifications, casePeople } from "../../db/queries/staff-cases";
import { ApiError } from "../../errors";
import { type ZipEntry, zipStream } from "../../lib/zip";
import { presentEvent, presentNotification } from "../../presenters/case";
import { caseDetail, staffCase } from "./cases";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

const exportRoute = createRoute({
  method: "get",
  path: "/{id}/export",
  tags: ["Subject rights"],
  summary: "Everything held about the person of this case, as a ZIP",
  description:
    "`case.json` (the application, people, screening, assignments, decisions, answers, possible duplicates, the event log and every message) and each file under `attachments/`. The export is recorded in the case's event log.",
  ...staffOnly,
  request: { params: caseParams },
  responses: {
    200: {
      description: "A ZIP archive.",
      content: { "application/zip": { schema: { type: "string", format: "binary" } } },
    },
    ...staffErrorResponses,
  },
});

const eraseRoute = createRoute({
  method: "post",
  path: "/{id}/erase",
  tags: ["Subject rights"],
  summary: "Erase the case and everything about the person in it",
  description:
    "Stops its workflow and deletes its files, people, links, messages, decisions, answers, duplicate hashes, data key and event log. The organization's log keeps one line: the case id, that it was erased, and by whom. `confirm` must repeat the case's reference.",
  ...staffOnly,
  request: {
    params: caseParams,
    body: {
      required: true,
      content: {
        "application/json": { schema: z.object({ confirm: z.string().openapi({ example: "IN-2026-K7M3QX" }) }) },
      },
    },
  },
  responses: {
    200: json(z.object({ id: z.string(), erased: z.literal(true), attachments: z.int() }), "Erased."),
    ...staffErrorResponses,
  },
});

export const subjectRightsApi = createApiRouter()
  .openapi(exportRoute, async function exportCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const { db } = c.var;
    await recordStaffRead(db, c.var.staff, kase.case.id, "export");
    const people = await casePeople(db, kase.case.id);
    const document = {
      exportedAt: new Date().toISOString(),
      case: await caseDetail(db, c.var.staff, kase),
      // The export's events go without their ids, which only number the log.
      events: (await caseEvents(db, kase.case.id)).map((event) => {
        const { id: _, ...presented } = presentEvent(event, people);
        return presented;
      }),
      notifications: (await caseNotifications(db, kase.case.id)).map((n) => presentNotification(n, people)),
    };
    const bucket = c.env.ATTACHMENTS;
    async function* entries(): AsyncGenerator<ZipEntry> {
      yield { name: "case.json", data: new TextEncoder().encode(JSON.stringify(document, null, 2)) };
      for (const file of kase.attachments) {
        const object = await bucket.get(file.r2Key);
        if (object) yield { name: `attachments/${file.id}-${file.fileName}`, data: object.body };
      }
    }
    return new Response(zipStream(entries()), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${kase.case.reference}.zip"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  })
  .openapi(eraseRoute, async function eraseCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    if (c.req.valid("json").confirm !== kase.case.reference) {
      throw new ApiError("invalid_request", "Repeat the case's reference to confirm the erasure.", [
        { path: "confirm", message: `Must be ${kase.case.reference}.` },
      ]);
    }
    const purged = await purgeCase(c.env, c.var.db, kase.case.id, "erasure", c.var.staff.actor);
    return c.json({ id: kase.case.id, erased: true as const, attachments: purged?.attachments ?? 0 }, 200);
  });
