import { NonRetryableError } from "cloudflare:workflows";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { type ExportJob, findExportJob } from "../db/queries/exports";
import { type ExportProgress, exportJobs } from "../db/schema";
import { completeFile, discardExportFiles, removeChunks, writeChunk, writePart } from "./export-parts";
import { exportSource } from "./export-sources";

/**
 * What each step of the ExportJob workflow (workflows/export-job.ts) does. Each takes the progress
 * the last step returned, does one small thing, saves the new progress on the export's row (for the
 * progress page, and for the next run after a hand-over) and returns it: ids, counts, a cursor and
 * R2's part receipts, never a row's content.
 */

export type ExportRunParams = { exportId: string; run: number };

/** A run's instance id: the export's id, then `-2`, `-3`… for the runs it hands over to. */
export const exportRunId = (exportId: string, run: number) => (run === 1 ? exportId : `${exportId}-${run}`);

/** Starts run `run` of an export's workflow; a second start of the same run finds it there. */
export async function startExportRun(env: Env, exportId: string, run: number): Promise<void> {
  try {
    await env.EXPORT_JOB.create({ id: exportRunId(exportId, run), params: { exportId, run } });
  } catch (error) {
    if (!String(error).includes("already_exists")) throw error;
  }
}

async function runningJob(db: Database, exportId: string): Promise<ExportJob & { uploadId: string }> {
  return asRunning(exportId, await findExportJob(db, exportId));
}

function asRunning(exportId: string, job: ExportJob | undefined): ExportJob & { uploadId: string } {
  // Erasure of a case in a ZIP, or the daily job, took it: the run stops and cleans up, at once.
  if (job?.status !== "running") throw new NonRetryableError(`export ${exportId} is no longer running`);
  if (!job.uploadId) throw new Error(`export ${exportId} has no upload`);
  return { ...job, uploadId: job.uploadId };
}

function saveProgress(db: Database, exportId: string, progress: ExportProgress) {
  return db
    .update(exportJobs)
    .set({ progress, rowsDone: progress.rows })
    .where(and(eq(exportJobs.id, exportId), eq(exportJobs.status, "running")));
}

/**
 * Where a run starts. The first opens the multipart upload and counts the rows (the total the
 * progress page shows); a later run takes the progress the one before saved. Null when the export
 * is gone or no longer running (the daily job expired it, or erasure withdrew it between runs):
 * whatever it had written goes.
 */
export async function beginExportRun(env: Env, db: Database, exportId: string): Promise<ExportProgress | null> {
  const job = await findExportJob(db, exportId);
  if (!job) return null;
  if (job.status !== "running") {
    if (isWithdrawn(job)) await discardExportFiles(env.ATTACHMENTS, job);
    return null;
  }
  if (job.progress) return job.progress;
  const source = exportSource(env, db, job);
  // Recorded at once, so a retry of this step reuses the upload rather than leaving one open.
  if (!job.uploadId) {
    const upload = await env.ATTACHMENTS.createMultipartUpload(job.r2Key, {
      httpMetadata: { contentType: source.contentType },
    });
    await db.update(exportJobs).set({ uploadId: upload.uploadId }).where(eq(exportJobs.id, exportId));
  }
  const { total, progress } = await source.begin();
  await db
    .update(exportJobs)
    .set({ rowsTotal: total, progress })
    .where(and(eq(exportJobs.id, exportId), eq(exportJobs.status, "running")));
  return progress;
}

/** Writes the file's next bytes (a page of rows, a stretch of a ZIP) as a chunk. */
export async function exportPage(
  env: Env,
  db: Database,
  exportId: string,
  progress: ExportProgress,
): Promise<ExportProgress> {
  const job = await runningJob(db, exportId);
  const { pieces, progress: after } = await exportSource(env, db, job).next(progress);
  const next = await writeChunk(env.ATTACHMENTS, exportId, after, pieces);
  await saveProgress(db, exportId, next);
  return next;
}

/** Uploads the next full part of the file from the chunks. */
export async function exportPart(
  env: Env,
  db: Database,
  exportId: string,
  progress: ExportProgress,
): Promise<ExportProgress> {
  const job = await runningJob(db, exportId);
  const next = await writePart(env.ATTACHMENTS, { exportId, r2Key: job.r2Key, uploadId: job.uploadId }, progress);
  await saveProgress(db, exportId, next);
  return next;
}

/**
 * Completes the file, removes the chunks, and marks the export ready with its final count. An
 * export withdrawn or expired meanwhile loses the file it just completed; a retry of a finish that
 * went through finds the export ready.
 */
export async function finishExport(env: Env, db: Database, exportId: string, progress: ExportProgress) {
  const found = await findExportJob(db, exportId);
  if (found?.status === "ready") return { rows: found.rowsDone, bytes: found.bytes ?? 0 };
  const job = asRunning(exportId, found);
  const bytes = await completeFile(env.ATTACHMENTS, { exportId, r2Key: job.r2Key, uploadId: job.uploadId }, progress);
  await removeChunks(env.ATTACHMENTS, exportId);
  const [ready] = await db
    .update(exportJobs)
    .set({
      status: "ready",
      progress,
      rowsDone: progress.rows,
      rowsTotal: progress.rows,
      bytes,
      finishedAt: new Date(),
    })
    .where(and(eq(exportJobs.id, exportId), eq(exportJobs.status, "running")))
    .returning({ id: exportJobs.id });
  if (!ready) await discardExportFiles(env.ATTACHMENTS, job);
  return { rows: progress.rows, bytes };
}

/**
 * After a step failed for good: the export `failed`, its upload aborted and what it wrote removed.
 * One that is ready by now (a finish that went through before a retry of it failed) keeps its file.
 */
export async function failExport(env: Env, db: Database, exportId: string): Promise<void> {
  await db
    .update(exportJobs)
    .set({ status: "failed", finishedAt: new Date(), progress: null })
    .where(and(eq(exportJobs.id, exportId), eq(exportJobs.status, "running")));
  const job = await findExportJob(db, exportId);
  if (job && isWithdrawn(job)) await discardExportFiles(env.ATTACHMENTS, job);
}

/** An export whose files must go: failed, or expired (by the daily job or erasure). */
const isWithdrawn = (job: ExportJob) => job.status === "failed" || job.status === "expired";
