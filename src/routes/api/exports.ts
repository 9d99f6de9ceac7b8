import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { openExportFile, requestExport, visibleExport } from "../../cases/exports";
import { listExportJobs } from "../../db/queries/exports";
import { exportFileResponse } from "../../lib/downloads";
import { exportShape, presentExport } from "../../presenters/export";
import { exportRequestSchema } from "../../schemas/export";
import { createApiRouter, errorContent, idParam, json, staffErrorResponses, staffOnly } from "./router";

/** Exports listed at most: a day's worth for any organization. */
const LISTED = 50;

const exportParams = z.object({ id: idParam("id", "The export id.") });

const requestRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Exports"],
  summary: "Ask for a CSV of the case queue or a table of the reports, or a ZIP of a case or its person",
  description:
    "The file is made in the background, a page of rows (or a few MiB of a ZIP) at a time, with every row the filters match (the queue: every case received up to now). A ZIP holds what `GET /cases/{id}/export` or `…/person/export` streams, without their limit of one request's CPU; asking for it is recorded in the event log of each case it holds, and erasing one of those cases removes it. Follow `GET /exports/{id}` until `status` is `ready`, then download `file`. Files are kept for a day. Organization staff's exports can be downloaded by their organization's staff (and network staff); network staff's by network staff only.",
  ...staffOnly,
  request: { body: { required: true, content: { "application/json": { schema: exportRequestSchema } } } },
  responses: {
    202: json(exportShape, "Started."),
    ...staffErrorResponses,
    413: { description: "A ZIP of more files than one holds (5,000 files, 4 GiB).", content: errorContent },
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Exports"],
  summary: `The newest exports you may download (at most ${LISTED})`,
  ...staffOnly,
  responses: { 200: json(z.object({ exports: z.array(exportShape) }), "Newest first."), ...staffErrorResponses },
});

const showRoute = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Exports"],
  summary: "How far an export has come",
  ...staffOnly,
  request: { params: exportParams },
  responses: { 200: json(exportShape, "The export."), ...staffErrorResponses },
});

const fileRoute = createRoute({
  method: "get",
  path: "/{id}/file",
  tags: ["Exports"],
  summary: "Download an export's CSV or ZIP",
  description:
    "409 while it is being made or when it failed, 410 once it was removed (a day after it was asked for). Each download is recorded.",
  ...staffOnly,
  request: { params: exportParams },
  responses: {
    200: {
      description: "The file, as an attachment.",
      content: {
        "text/csv": { schema: { type: "string" } },
        "application/zip": { schema: { type: "string", format: "binary" } },
      },
    },
    ...staffErrorResponses,
  },
});

export const exportsApi = createApiRouter()
  .openapi(requestRoute, async function askForExport(c) {
    const { kind, filters } = c.req.valid("json");
    const job = await requestExport(c.env, c.var.db, c.var.staff, kind, filters);
    c.header("Location", `/api/v1/exports/${job.id}`);
    return c.json(presentExport(job), 202);
  })
  .openapi(listRoute, async function listExports(c) {
    const rows = await listExportJobs(c.var.db, c.var.staff, LISTED);
    return c.json({ exports: rows.map((row) => presentExport(row.job)) }, 200);
  })
  .openapi(showRoute, async function showExport(c) {
    return c.json(presentExport(await visibleExport(c.var.db, c.var.staff, c.req.valid("param").id)), 200);
  })
  .openapi(fileRoute, async function downloadExport(c) {
    const { job, object } = await openExportFile(c.env, c.var.db, c.var.staff, c.req.valid("param").id);
    return exportFileResponse(job, object);
  });
