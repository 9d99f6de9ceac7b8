import type { Database } from "../db/client";
import type { ExportJob } from "../db/queries/exports";
import { countCases, listCases } from "../db/queries/queue";
import type { ExportKind, ExportProgress } from "../db/schema";
import { type CsvValue, csvLine } from "../lib/csv";
import type { Staff } from "../lib/staff-auth";
import { queueCsvColumns, queueCsvRow } from "../presenters/queue-csv";
import { presentQueueItem } from "../presenters/queue-item";
import { reportFor } from "../presenters/report";
import { reportTables } from "../presenters/report-tables";
import { exportFilterSchemas } from "../schemas/export";
import { queueFilters } from "../schemas/queue";
import { reportRange } from "../schemas/report";
import { startingProgress } from "./export-parts";
import { beginArchive, isArchive, nextArchivePiece, refusedForGood } from "./export-zip";

/**
 * Cases per workflow step. The CSV built in the request cost about 25 µs of CPU a row (253 ms for
 * 10,000, measured with V8's profiler), and the JavaScript of one page alone (200 applications'
 * JSON parsed, presented and written as CSV, about 90 KB) takes 3.8 ms (median, Node 22, a busy
 * 2-core machine): about half of the 10 ms a step gets on the Free plan, leaving room for the D1
 * and R2 calls. It is also the largest page of `GET /api/v1/cases`, and 100,000 cases take 500
 * steps, within the Free plan's 1,024 per instance (longer exports hand over to a new instance).
 */
export const CASES_PER_STEP = 200;

/**
 * What an export's file is made of, a step at a time: where it starts (with the total the progress
 * page shows), and the file's next bytes after a step's progress, with the progress after them.
 */
export type ExportSource = {
  contentType: string;
  begin(): Promise<{ total: number; progress: ExportProgress }>;
  next(progress: ExportProgress): Promise<{ pieces: Uint8Array[]; progress: ExportProgress }>;
};

/** A CSV: the header line, then a page of rows per step; `cursor` is the rows' own, null when there are no more. */
function csvSource(
  count: () => Promise<number>,
  page: (cursor: string | null) => Promise<{ header: readonly string[]; rows: CsvValue[][]; cursor: string | null }>,
): ExportSource {
  return {
    contentType: CSV_TYPE,
    begin: async () => ({ total: await count(), progress: startingProgress() }),
    async next(progress) {
      const { header, rows, cursor } = await page(progress.cursor);
      const text = (progress.chunks === 0 ? csvLine(header) : "") + rows.map(csvLine).join("");
      return {
        pieces: [new TextEncoder().encode(text)],
        progress: { ...progress, rows: progress.rows + rows.length, cursor, done: cursor === null },
      };
    },
  };
}

const CSV_TYPE = "text/csv; charset=utf-8";

/** The file's content type, as it is stored and downloaded. */
export const exportContentType = (kind: ExportKind) => (isArchive(kind) ? "application/zip" : CSV_TYPE);

/** The staff member who asked, as the queue and the reports see them: what they may see, whose tasks are theirs. */
function asker(job: ExportJob): Staff {
  return { actor: job.requestedBy, id: job.staffId, organizationId: job.organizationId };
}

/**
 * What an export holds, as of the moment it was asked for: the queue's cases received by then
 * (newest first, as the queue lists them), one table of the reports over its range, or a ZIP.
 */
export function exportSource(env: Env, db: Database, job: ExportJob): ExportSource {
  const staff = asker(job);
  const now = job.createdAt.getTime();
  const { kind } = job;
  if (isArchive(kind)) {
    const archive = { ...job, kind };
    return {
      contentType: exportContentType(kind),
      begin: () => refusedForGood(beginArchive(db, archive, staff)),
      next: (progress) => refusedForGood(nextArchivePiece(env, db, archive, staff, progress)),
    };
  }
  if (kind === "cases") {
    const filters = { ...queueFilters(exportFilterSchemas.cases.parse(job.filters), staff), receivedBy: now };
    return csvSource(
      () => countCases(env, db, staff, filters, now),
      async (cursor) => {
        const page = await listCases(env, db, staff, filters, {
          limit: CASES_PER_STEP,
          cursor: cursor ?? undefined,
          now,
        });
        const rows = page.rows.map((row) => queueCsvRow(presentQueueItem(row, now)));
        return { header: queueCsvColumns, rows, cursor: page.nextCursor };
      },
    );
  }
  // A report's tables are counts over the range, a few dozen rows at most (the reviewers' one row
  // per active reviewer): one page.
  const { table: name, ...query } = exportFilterSchemas.report.parse(job.filters);
  const table = async () => {
    const found = reportTables(await reportFor(db, staff, query, new Date(now))).find((t) => t.name === name);
    if (!found) throw new Error(`export ${job.id}: no report table ${name}`);
    return found;
  };
  return csvSource(
    async () => (await table()).rows.length,
    async () => {
      const { columns, rows } = await table();
      return { header: columns, rows, cursor: null };
    },
  );
}

/** A CSV's name, as the download gives it (a ZIP's is its case's: `archiveFileName`). */
export function csvFileName(kind: "cases" | "report", filters: Record<string, string>, now: Date): string {
  if (kind === "cases") return "cases.csv";
  const { table, ...query } = exportFilterSchemas.report.parse(filters);
  const range = reportRange(query, now);
  return `${table}-${range.fromDay}-${range.toDay}.csv`;
}
