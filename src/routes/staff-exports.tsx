import { Hono } from "hono";
import { exportExpiresAt, openExportFile, requestExport, visibleExport } from "../cases/exports";
import { listExportJobs } from "../db/queries/exports";
import { exportKinds } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { exportFileResponse } from "../lib/downloads";
import { formText, readFormBody } from "../lib/form-body";
import { isOneOf } from "../lib/is-one-of";
import { requireStaff } from "../lib/staff-auth";
import { ExportProgressPage, ExportsPage } from "../pages/staff-exports";
import { staffHref, staffLocale } from "../pages/staff-parts";
import { sameOriginForms } from "./staff";

/**
 * The staff side of exports (src/cases/exports.ts): the form the queue and the reports post to,
 * each export's progress page (it reloads itself, and works without JavaScript) with its download,
 * and the list of recent ones. The same functions as `/api/v1/exports`.
 */
export const staffExportsRoute = new Hono<StaffEnv>();

staffExportsRoute.use(async function staffPage(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});
staffExportsRoute.use(requireStaff);
staffExportsRoute.use(sameOriginForms());

/** Exports listed on the page: a day's worth for any organization. */
const LISTED = 50;

staffExportsRoute.get("/", async function listExports(c) {
  return c.html(
    <ExportsPage
      locale={staffLocale(c)}
      path="/staff/exports"
      rows={await listExportJobs(c.var.db, c.var.staff, LISTED)}
    />,
  );
});

staffExportsRoute.post("/", async function askForExport(c) {
  const body = await readFormBody(c);
  const kind = formText(body, "kind") ?? "";
  if (!isOneOf(exportKinds, kind)) throw new ApiError("invalid_request", "Choose what to export.");
  const filters: Record<string, string> = {};
  for (const name of Object.keys(body)) {
    const value = formText(body, name);
    if (name !== "kind" && value !== undefined) filters[name] = value;
  }
  const job = await requestExport(c.env, c.var.db, c.var.staff, kind, filters);
  return c.redirect(staffHref(staffLocale(c), `/staff/exports/${job.id}`), 303);
});

staffExportsRoute.get("/:id", async function showExport(c) {
  const job = await visibleExport(c.var.db, c.var.staff, c.req.param("id"));
  return c.html(
    <ExportProgressPage locale={staffLocale(c)} path={c.req.path} job={job} expiresAt={exportExpiresAt(job)} />,
  );
});

staffExportsRoute.get("/:id/file", async function downloadExport(c) {
  const { job, object } = await openExportFile(c.env, c.var.db, c.var.staff, c.req.param("id"));
  return exportFileResponse(job, object);
});
