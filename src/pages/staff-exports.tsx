import type { ExportJob } from "../db/queries/exports";
import type { ExportKind } from "../db/schema";
import { Moment, StaffLayout, type StaffLocale, Table } from "./staff-parts";

/** How often the progress page reloads itself while the file is made. */
const REFRESH_SECONDS = 3;

const count = (n: number) => n.toLocaleString("en");
const rowCount = (n: number) => `${count(n)} ${n === 1 ? "row" : "rows"}`;

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** What an export holds, in a line: "Cases (status: in_review; organization: demo-pa)". */
export function exportSubject(kind: ExportKind, filters: Record<string, string>): string {
  const { table, ...rest } = filters;
  const what = kind === "cases" ? "Cases" : `Report table “${table ?? ""}”`;
  const shown = Object.entries(rest).map(([name, value]) => `${name}: ${value}`);
  return shown.length > 0 ? `${what} (${shown.join("; ")})` : `${what} (no filters)`;
}

/** The page (and the API path) that asks for the same export again. */
function askAgainPath(kind: ExportKind, filters: Record<string, string>): string {
  const { table, ...rest } = filters;
  const query = new URLSearchParams(rest).toString();
  const path = kind === "cases" ? "/staff/cases.csv" : `/staff/reports/${table ?? ""}.csv`;
  return query ? `${path}?${query}` : path;
}

/** A button that asks for an export of `kind` with `filters`, as a form that works without JavaScript. */
export function ExportButton({
  kind,
  filters,
  label,
}: {
  kind: ExportKind;
  filters: Record<string, string>;
  label: string;
}) {
  return (
    <form method="post" action="/staff/exports" class="export">
      <input type="hidden" name="kind" value={kind} />
      {Object.entries(filters).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button class="button secondary" type="submit">
        {label}
      </button>
    </form>
  );
}

/** What an old CSV link opens: what would be exported, and the button that starts it. */
/** The exports' pages: their words are still English (see the README's Languages section). */
type Page = { locale: StaffLocale; path: string };

export function ExportStartPage({
  locale,
  path,
  kind,
  filters,
}: Page & { kind: ExportKind; filters: Record<string, string> }) {
  return (
    <StaffLayout locale={locale} path={path} title="Export as CSV">
      <h1>Export as CSV</h1>
      <p>{exportSubject(kind, filters)}</p>
      <p>
        The file is made in the background with every row these filters match. The next page shows how far it has come,
        and the file can be downloaded there for a day.
      </p>
      <ExportButton kind={kind} filters={filters} label="Prepare the CSV" />
    </StaffLayout>
  );
}

/** Where an export is, in words: rows done of the total, or what to do now. */
function ExportState({ job }: { job: ExportJob }) {
  switch (job.status) {
    case "running":
      return (
        <p role="status">
          {job.rowsTotal === null
            ? "Counting the rows…"
            : `Preparing: ${count(job.rowsDone)} of ${rowCount(job.rowsTotal)} written.`}
        </p>
      );
    case "ready":
      return <p role="status">{`Ready: ${rowCount(job.rowsDone)}, ${size(job.bytes ?? 0)}.`}</p>;
    case "failed":
      return <p role="status">This export failed and nothing was kept. Ask for it again.</p>;
    case "expired":
      return <p role="status">This file was removed a day after it was made. Ask for it again.</p>;
  }
}

/** One export: its progress (the page reloads itself until it is done), then the download. */
export function ExportProgressPage({ locale, path, job, expiresAt }: Page & { job: ExportJob; expiresAt: Date }) {
  const running = job.status === "running";
  return (
    <StaffLayout locale={locale} path={path} title="Export" refreshSeconds={running ? REFRESH_SECONDS : undefined}>
      <h1>Export</h1>
      <p>{exportSubject(job.kind, job.filters)}</p>
      <ExportState job={job} />
      {running && (
        <p>
          {`This page reloads every ${REFRESH_SECONDS} seconds. `}
          <a href={`/staff/exports/${job.id}`}>Reload now</a>
        </p>
      )}
      {job.status === "ready" && (
        <>
          <p>
            <a class="button" href={`/staff/exports/${job.id}/file`}>
              Download the CSV
            </a>
          </p>
          <p>
            Kept until <Moment lang={locale.lang} iso={expiresAt.toISOString()} />, then removed.
          </p>
        </>
      )}
      {(job.status === "failed" || job.status === "expired") && (
        <p>
          <a href={askAgainPath(job.kind, job.filters)}>Export it again</a>
        </p>
      )}
      <p>
        <a href="/staff/exports">Every export</a>
      </p>
    </StaffLayout>
  );
}

/** The newest exports the staff member may download: their organization's (every one for network staff). */
export function ExportsPage({ locale, path, rows }: Page & { rows: { job: ExportJob; downloads: number }[] }) {
  return (
    <StaffLayout locale={locale} path={path} title="Exports">
      <h1>Exports</h1>
      <p>Files are kept for a day after they were asked for. Ask for a new one from the case queue or the reports.</p>
      <Table
        id="exports"
        caption="Exports, newest first"
        empty="No exports yet."
        rows={rows}
        columns={[
          {
            header: "Asked",
            rowHeader: true,
            cell: ({ job }) => (
              <a href={`/staff/exports/${job.id}`}>
                <Moment lang={locale.lang} iso={job.createdAt.toISOString()} />
              </a>
            ),
          },
          { header: "What", cell: ({ job }) => exportSubject(job.kind, job.filters) },
          { header: "By", cell: ({ job }) => job.requestedBy },
          {
            header: "Status",
            cell: ({ job }) =>
              job.status === "running"
                ? `running: ${count(job.rowsDone)} of ${job.rowsTotal === null ? "?" : rowCount(job.rowsTotal)}`
                : job.status === "ready"
                  ? `ready: ${rowCount(job.rowsDone)}`
                  : job.status,
          },
          { header: "Downloads", cell: ({ downloads }) => downloads },
        ]}
      />
    </StaffLayout>
  );
}
