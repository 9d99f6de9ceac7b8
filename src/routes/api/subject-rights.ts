import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import { erasePerson, purgeCase } from "../../cases/purge";
import {
  type ArchiveKind,
  archiveCases,
  archiveFileName,
  archiveFiles,
  checkArchiveFits,
  DOCUMENT_PARTS_PER_CASE,
  documentName,
  documentPart,
  recordArchiveRead,
  visibleCase,
} from "../../cases/subject-rights";
import type { StaffCase } from "../../db/queries/staff-cases";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { type ZipEntry, zipStream } from "../../lib/zip";
import { staffCase } from "./cases";
import { caseParams, createApiRouter, errorContent, json, staffErrorResponses, staffOnly } from "./router";

const zipResponse = {
  200: {
    description: "A ZIP archive.",
    content: { "application/zip": { schema: { type: "string", format: "binary" } } },
  },
  ...staffErrorResponses,
  413: { description: "More files than one ZIP holds (5,000 files, 4 GiB).", content: errorContent },
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
    "`case.json` (the application, people, screening, assignments, decisions, answers, possible duplicates, the event log and every message) and each file under `attachments/`. The export is recorded in the case's event log. Made in this request: on the Workers Free plan (10 ms of CPU), a case with more than a few MiB of files needs `POST /exports` with `kind: case`, which makes the same ZIP in the background. 413 when the files pass what one ZIP holds (5,000 files, 4 GiB).",
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
    "The person's cases are this one and every case that shares a duplicate key with it (the same normalized name with the date of birth or the prison number), followed from case to case. `person.json` holds each case as `case.json` does, this one first; each case's files are under `<reference>/attachments/`. Organization staff get their organization's cases; `elsewhere` counts the others. Recorded in each case's event log. Made in this request, as `GET /cases/{id}/export` is, and each case takes about ten D1 queries: on the Workers Free plan (50 a request) a person with more than a few cases needs `POST /exports` with `kind: person`, which makes the same ZIP in the background, each case's record and history a step each. 413 when the files pass what one ZIP holds (5,000 files, 4 GiB).",
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

/**
 * The archive streamed as the response: fine for a few MiB of files within the Free plan's 10 ms of
 * CPU, and for any size on the Paid plan; the case page has it made in the background instead.
 */
async function streamedArchive(c: Context<StaffEnv>, kind: ArchiveKind, caseId: string) {
  const { db, staff } = c.var;
  const kase = await visibleCase(db, staff, caseId);
  const { ids, elsewhere } = await archiveCases(db, staff, kase.id, kind);
  const files = await archiveFiles(db, kind, ids);
  checkArchiveFits(files);
  await recordArchiveRead(db, staff, kind, ids);
  const subject = { kind, exportedAt: new Date(), caseIds: ids, elsewhere };
  let document = "";
  for (let part = 0; part < ids.length * DOCUMENT_PARTS_PER_CASE; part++)
    document += await documentPart(c.env, db, staff, subject, part);
  const bucket = c.env.ATTACHMENTS;
  async function* entries(): AsyncGenerator<ZipEntry> {
    yield { name: documentName(kind), data: new TextEncoder().encode(document) };
    for (const file of files) {
      const object = await bucket.get(file.r2Key);
      // Gone or changed: the download breaks, as the background ZIP fails, rather than looking whole without it.
      if (object?.size !== file.bytes) throw new Error(`export: stored file ${file.id} is gone or changed`);
      yield { name: file.name, data: object.body };
    }
  }
  return download(zipStream(entries()), archiveFileName(kind, kase.reference));
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

export const subjectRightsApi = createApiRouter()
  .openapi(exportRoute, async function exportCase(c) {
    return streamedArchive(c, "case", c.req.valid("param").id);
  })
  .openapi(eraseRoute, async function eraseCase(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    checkConfirmation(kase, c.req.valid("json").confirm);
    const purged = await purgeCase(c.env, c.var.db, kase.case.id, "erasure", c.var.staff.actor);
    return c.json({ id: kase.case.id, erased: true as const, attachments: purged?.attachments ?? 0 }, 200);
  })
  .openapi(personExportRoute, async function exportPerson(c) {
    return streamedArchive(c, "person", c.req.valid("param").id);
  })
  .openapi(personEraseRoute, async function erasePersonCases(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    checkConfirmation(kase, c.req.valid("json").confirm);
    return c.json(await erasePerson(c.env, c.var.db, c.var.staff, kase.case.id), 200);
  });
