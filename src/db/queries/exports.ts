import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Staff } from "../../lib/staff-auth";
import type { Database } from "../client";
import { exportDownloads, exportJobs } from "../schema";

export type ExportJob = typeof exportJobs.$inferSelect;

export function findExportJob(db: Database, id: string) {
  return db.query.exportJobs.findFirst({ where: eq(exportJobs.id, id) });
}

/** The newest exports the staff member may download, with how often each was downloaded. */
export function listExportJobs(db: Database, staff: Staff, limit: number) {
  return db
    .select({
      job: exportJobs,
      downloads: sql<number>`(SELECT count(*) FROM ${exportDownloads} WHERE ${exportDownloads.exportId} = ${exportJobs.id})`,
    })
    .from(exportJobs)
    .where(staff.organizationId ? eq(exportJobs.organizationId, staff.organizationId) : undefined)
    .orderBy(desc(exportJobs.createdAt), desc(exportJobs.id))
    .limit(limit);
}

/** Exports asked for before `before` whose file (or its chunks) may still be in R2. */
export function exportJobsToExpire(db: Database, before: number, limit: number) {
  return db
    .select()
    .from(exportJobs)
    .where(and(inArray(exportJobs.status, ["running", "ready", "failed"]), lt(exportJobs.createdAt, new Date(before))))
    .limit(limit);
}
