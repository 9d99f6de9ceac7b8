import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { erasePerson, purgeCase } from "../../cases/purge";
import { recordStaffRead } from "../../cases/staff-actions";
import { casesOfPerson } from "../../db/queries/person";
import { caseEvents, caseNotifications, casePeople, loadStaffCase, type StaffCase } from "../../db/queries/staff-cases";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { canSeeOrganization } from "../../lib/staff-auth";
import { type ZipEntry, zipStream } from "../../lib/zip";
import { presentEvent, presentNotification } from "../../presenters/case";
import { caseDetail, staffCase } from "./cases";
import { caseParams, createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

const zipResponse = {
  200: {
    description: "A ZIP archive.",
    content: { "application/zip": { schema: { type: "string", format: "binary" } } },
  },
  ...staffErrorResponses,
} as const;

const confirmBody = {
  required: true,
  content: {
    "application/json": { schema: z.object({ confirm: z.string().openapi({ example: "IN-2026-K7M3QX" }) }) },
  },
} as const;

const exportRoute = createRoute({
  method: "get",
  path: "/{id}/export",
  tags: ["Subject rights"],
  summary: "Everything held about the person of this case, as a ZIP",
  description:
    "`case.json` (the application, people, screening, assignments, decisions, answers, possible duplicates, the event log and every message) and each file under `attachments/`. The export is recorded in the case's event log.",
  ...staffOnly,
  request: { params: caseParams },
  responses: zipResponse,
});

const eraseRoute = createRoute({
  method: "post",
  path: "/{id}/erase",
  tags: ["Subject rights"],
  summary: "Erase the case and everything about the person in it",
  description:
    "Stops its workflow and deletes its files, people, links, messages, decisions, answers, duplicate hashes, data key and event log. The organization's log keeps one line: the case id, that it was erased, and by whom. `confirm` must repeat the case's reference.",
  ...staffOnly,
  request: { params: caseParams, body: confirmBody },
  responses: {
    200: json(z.object({ id: z.string(), erased: z.literal(true), attachments: z.int() }), "Erased."),
    ...staffErrorResponses,
  },
});

const personExportRoute = createRoute({
  method: "get",
  path: "/{id}/person/export",
  tags: ["Subject rights"],
  summary: "Everything held about the person of this case, across all their cases, as a ZIP",
  description:
    "The person's cases are this one and every case that shares a duplicate key with it (the same normalized name with the date of birth or the prison number), followed from case to case. `person.json` holds each case as `case.json` does, this one first; each case's files are under `<reference>/attachments/`. Organization staff get their organization's cases; `elsewhere` counts the others. Recorded in each case's event log.",
  ...staffOnly,
  request: { params: caseParams },
  responses: zipResponse,
});

const personEraseRoute = createRoute({
  method: "post",
  path: "/{id}/person/erase",
  tags: ["Subject rights"],
  summary: "Erase every case of the person of this case",
  description:
    "Each of the person's cases (as the export finds them) is erased as `POST /cases/{id}/erase` does. Organization staff erase their organization's cases; `elsewhere` counts those left for other organizations. `confirm` must repeat this case's reference.",
  ...staffOnly,
  request: { params: caseParams, body: confirmBody },
  responses: {
    200: json(
      z.object({ erased: z.array(z.string()), elsewhere: z.int(), attachments: z.int() }),
      "The ids of the erased cases.",
    ),
    ...staffErrorResponses,
  },
});

/** What an export holds about one case, recorded as read; its files come separately. */
async function caseDocument(c: Context<StaffEnv>, kase: StaffCase, view: "export" | "person-export") {
  const { db, staff } = c.var;
  await recordStaffRead(db, staff, kase.case.id, view);
  const people = await casePeople(db, kase.case.id);
  return {
    case: await caseDetail(db, staff, kase),
    // The export's events go without their ids, which only number the log.
    events: (await caseEvents(db, kase.case.id)).map((event) => {
      const { id: _, ...presented } = presentEvent(event, people);
      return presented;
    }),
    notifications: (await caseNotifications(db, kase.case.id)).map((n) => presentNotification(n, people)),
  };
}

function zipOf(name: string, document: unknown, files: Array<{ path: string; r2Key: string }>, bucket: R2Bucket) {
  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name, data: new TextEncoder().encode(JSON.stringify(document, null, 2)) };
    for (const file of files) {
      const object = await bucket.get(file.r2Key);
      if (object) yield { name: file.path, data: object.body };
    }
  }
  return zipStream(entries());
}

function download(body: ReadableStream, fileName: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function checkConfirmation(kase: StaffCase, confirm: string) {
  if (confirm !== kase.case.reference) {
    throw new ApiError("invalid_request", "Repeat the case's reference to confirm the erasure.", [
      { path: "confirm", message: `Must be ${kase.case.reference}.` },
    ]);
  }
}

/** Every case of the person the caller may see, loaded, this one first; and how many others there are. */
export async function personCases(c: Context<StaffEnv>, kase: StaffCase) {
  const person = await casesOfPerson(c.var.db, kase.case.id);
  const visible = person.filter((p) => canSeeOrganization(c.var.staff, p.organizationId));
  const loaded: StaffCase[] = [];
  for (const p of visible) {
    const one = p.id === kase.case.id ? kase : await loadStaffCase(c.env, c.var.db, p.id);
    if (one) loaded.push(one);
  }
  return { cases: loaded, elsewhere: person.length - visible.length };
}

export const subjectRightsApi = createApiRouter()
  .openapi(exportRoute, async function exportCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const document = { exportedAt: new Date().toISOString(), ...(await caseDocument(c, kase, "export")) };
    const files = kase.attachments.map((f) => ({ path: `attachments/${f.id}-${f.fileName}`, r2Key: f.r2Key }));
    return download(zipOf("case.json", document, files, c.env.ATTACHMENTS), `${kase.case.reference}.zip`);
  })
  .openapi(eraseRoute, async function eraseCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    checkConfirmation(kase, c.req.valid("json").confirm);
    const purged = await purgeCase(c.env, c.var.db, kase.case.id, "erasure", c.var.staff.actor);
    return c.json({ id: kase.case.id, erased: true as const, attachments: purged?.attachments ?? 0 }, 200);
  })
  .openapi(personExportRoute, async function exportPerson(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const person = await personCases(c, kase);
    const documents = [];
    for (const one of person.cases) documents.push(await caseDocument(c, one, "person-export"));
    const document = { exportedAt: new Date().toISOString(), elsewhere: person.elsewhere, cases: documents };
    const files = person.cases.flatMap((one) =>
      one.attachments.map((f) => ({ path: `${one.case.reference}/attachments/${f.id}-${f.fileName}`, r2Key: f.r2Key })),
    );
    return download(zipOf("person.json", document, files, c.env.ATTACHMENTS), `person-${kase.case.reference}.zip`);
  })
  .openapi(personEraseRoute, async function erasePersonCases(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    checkConfirmation(kase, c.req.valid("json").confirm);
    return c.json(await erasePerson(c.env, c.var.db, c.var.staff, kase.case.id), 200);
  });
