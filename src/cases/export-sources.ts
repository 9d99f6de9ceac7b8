import type { Database } from "../db/client";
import type { ExportJob } from "../db/queries/exports";
import { countCases, listCases } from "../db/queries/queue";
import type { ExportKind } from "../db/schema";
import type { CsvValue } from "../lib/csv";
import type { Staff } from "../lib/staff-auth";
import { presentQueueItem } from "../presenters/case";
import { queueCsvColumns, queueCsvRow } from "../presenters/queue-csv";
import { reportFor } from "../presenters/report";
import { reportTables } from "../presenters/report-tables";
import { exportFilterSchemas } from "../schemas/export";
import { queueFilters } from "../schemas/queue";
import { reportRange } from "../schemas/report";

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
 * Where an export's rows come from, a page at a time, each with the file's header line; `cursor` is
 * the source's own, null when there are no more.
 */
export type ExportSource = {
  count(): Promise<number>;
  page(cursor: string | null): Promise<{ header: readonly string[]; rows: CsvValue[][]; cursor: string | null }>;
};

/** The staff member who asked, as the queue and the reports see them: what they may see, whose tasks are theirs. */
function asker(job: ExportJob): Staff {
  return { actor: job.requestedBy, id: job.staffId, organizationId: job.organizationId };
}

/**
 * The rows of an export, as of the moment it was asked for: the queue's cases received by then
 * (newest first, as the queue lists them), or one table of the reports over its range.
 */
export function exportSource(env: Env, db: Database, job: ExportJob): ExportSource {
  const staff = asker(job);
  const now = job.createdAt.getTime();
  if (job.kind === "cases") {
    const filters = { ...queueFilters(exportFilterSchemas.cases.parse(job.filters), staff), receivedBy: now };
    return {
      count: () => countCases(env, db, staff, filters, now),
      async page(cursor) {
        const page = await listCases(env, db, staff, filters, {
          limit: CASES_PER_STEP,
          cursor: cursor ?? undefined,
          now,
        });
        const rows = page.rows.map((row) => queueCsvRow(presentQueueItem(row, now)));
        return { header: queueCsvColumns, rows, cursor: page.nextCursor };
      },
    };
  }
  // A report's tables are counts over the range, a few dozen rows at most (the reviewers' one row
  // per active reviewer): one page.
  const { table: name, ...query } = exportFilterSchemas.report.parse(job.filters);
  const table = async () => {
    const found = reportTables(await reportFor(db, staff, query, new Date(now))).find((t) => t.name === name);
    if (!found) throw new Error(`export ${job.id}: no report table ${name}`);
    return found;
  };
  return {
    count: async () => (await table()).rows.length,
    async page() {
      const { columns, rows } = await table();
      return { header: columns, rows, cursor: null };
    },
  };
}

/** The file's name, as the download gives it. */
export function exportFileName(kind: ExportKind, filters: Record<string, string>, now: Date): string {
  if (kind === "cases") return "cases.csv";
  const { table, ...query } = exportFilterSchemas.report.parse(filters);
  const range = reportRange(query, now);
  return `${table}-${range.fromDay}-${range.toDay}.csv`;
}
