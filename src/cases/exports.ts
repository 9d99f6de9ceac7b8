import { and, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { type ExportJob, exportJobsToExpire, findExportJob } from "../db/queries/exports";
import { type ExportKind, exportDownloads, exportJobs } from "../db/schema";
import { ApiError } from "../errors";
import type { Staff } from "../lib/staff-auth";
import { DAY_MS } from "../lib/tokens";
import { reportOrganization } from "../presenters/report";
import { exportFilters } from "../schemas/export";
import { discardExportFiles } from "./export-parts";
import { csvFileName } from "./export-sources";
import { startExportRun } from "./export-steps";
import { isArchive } from "./export-zip";
import { archiveCases, archiveFileName, archiveFiles, checkArchiveFits, visibleCase } from "./subject-rights";

/**
 * Staff exports: a CSV of the queue for its filters or of a report's table, or a ZIP of everything
 * held about a case or its person (./export-zip.ts), made in the background
 * by the ExportJob workflow (workflows/export-job.ts, steps in ./export-steps.ts), downloaded when
 * ready, and removed by the daily job a day after it was asked for. The row in `export_jobs` is the
 * record of who asked for what; each download is a row in `export_downloads`.
 */

/** How long a file can be downloaded; the daily job removes it after this. */
export const EXPORT_KEPT_MS = DAY_MS;
/** Exports expired per daily-job step: each is a few R2 calls and one statement. */
const EXPIRE_BATCH = 20;

/**
 * The file's name, once `staff` may have it: a ZIP's case must be one they may see, and its files
 * must fit one ZIP; the reports refuse another organization's figures; the queue simply shows only
 * the caller's cases.
 */
async function checkedFileName(
  db: Database,
  staff: Staff,
  kind: ExportKind,
  filters: Record<string, string>,
  now: Date,
): Promise<string> {
  if (isArchive(kind)) {
    const kase = await visibleCase(db, staff, filters.case ?? "");
    const { ids } = await archiveCases(db, staff, kase.id, kind);
    checkArchiveFits(await archiveFiles(db, kind, ids));
    return archiveFileName(kind, kase.reference);
  }
  if (kind === "report") await reportOrganization(db, staff, filters.organization);
  return csvFileName(kind, filters, now);
}

/** Starts an export for `staff`: checks the filters, records the request and starts its workflow. */
export async function requestExport(
  env: Env,
  db: Database,
  staff: Staff,
  kind: ExportKind,
  input: Record<string, string>,
): Promise<ExportJob> {
  const filters = exportFilters(kind, input);
  const id = crypto.randomUUID();
  const createdAt = new Date();
  const fileName = await checkedFileName(db, staff, kind, filters, createdAt);
  const [job] = await db
    .insert(exportJobs)
    .values({
      id,
      kind,
      filters,
      requestedBy: staff.actor,
      staffId: staff.id,
      organizationId: staff.organizationId,
      r2Key: `exports/${id}/${fileName}`,
      createdAt,
    })
    .returning();
  if (!job) throw new Error(`export ${id} was not recorded`);
  try {
    await startExportRun(env, id, 1);
  } catch (error) {
    await db.update(exportJobs).set({ status: "failed", finishedAt: new Date() }).where(eq(exportJobs.id, id));
    throw error;
  }
  return job;
}

/** The export, if the staff member may see it: their organization's, or any for network staff. */
export async function visibleExport(db: Database, staff: Staff, id: string): Promise<ExportJob> {
  const job = await findExportJob(db, id);
  if (!job) throw new ApiError("not_found", "No such export.");
  if (staff.organizationId !== null && job.organizationId !== staff.organizationId)
    throw new ApiError("forbidden", "This export belongs to another organization.");
  return job;
}

/** Until when the file can be downloaded. */
export const exportExpiresAt = (job: Pick<ExportJob, "createdAt">) =>
  new Date(job.createdAt.getTime() + EXPORT_KEPT_MS);

/** The file of a ready export, for `staff` to download; the download is recorded. */
export async function openExportFile(env: Env, db: Database, staff: Staff, id: string) {
  const job = await visibleExport(db, staff, id);
  if (job.status === "running") throw new ApiError("conflict", "This export is not ready yet.");
  if (job.status === "failed") throw new ApiError("conflict", "This export failed; ask for it again.");
  const object =
    job.status === "ready" && exportExpiresAt(job).getTime() > Date.now() ? await env.ATTACHMENTS.get(job.r2Key) : null;
  if (!object) throw new ApiError("gone", "This export was removed a day after it was made; ask for it again.");
  await db.insert(exportDownloads).values({ exportId: job.id, actor: staff.actor });
  return { job, object };
}

/**
 * The daily job's batch: exports asked for more than a day ago lose their file, their chunks and
 * any upload left open (a run that never finished); the row stays, `expired`.
 */
export async function expireExports(env: Env, db: Database, now: number): Promise<{ expired: number; more: boolean }> {
  const old = await exportJobsToExpire(db, now - EXPORT_KEPT_MS, EXPIRE_BATCH);
  for (const job of old) {
    await discardExportFiles(env.ATTACHMENTS, job);
    await db
      .update(exportJobs)
      .set({ status: "expired", progress: null })
      .where(and(eq(exportJobs.id, job.id), eq(exportJobs.status, job.status)));
  }
  return { expired: old.length, more: old.length === EXPIRE_BATCH };
}
