import type { ExportJob } from "../db/queries/exports";
import type { ExportKind, Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { Moment, StaffLayout, type StaffLocale, staffHref, Table } from "./staff-parts";

/** How often the progress page reloads itself while the file is made. */
const REFRESH_SECONDS = 3;

/** A file's size in `lang`'s numbers: "12 KiB", "1,5 MiB". */
function size(lang: Language, bytes: number): string {
  const number = (n: number, digits: number) =>
    n.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return bytes < 1024 * 1024 ? `${number(Math.ceil(bytes / 1024), 0)} KiB` : `${number(bytes / 1024 / 1024, 1)} MiB`;
}

/** What an export holds, in a line: "Cases (status: in_review; organization: demo-pa)". */
export function exportSubject(lang: Language, kind: ExportKind, filters: Record<string, string>): string {
  const t = messages[lang].staff.exports;
  const { table, ...rest } = filters;
  const what = kind === "cases" ? t.cases : t.reportTable(table ?? "");
  const shown = Object.entries(rest).map(([name, value]) => `${name}: ${value}`);
  return shown.length > 0 ? t.withFilters(what, shown.join("; ")) : t.noFilters(what);
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
  locale,
  kind,
  filters,
  label,
}: {
  locale: StaffLocale;
  kind: ExportKind;
  filters: Record<string, string>;
  label: string;
}) {
  return (
    <form method="post" action={staffHref(locale, "/staff/exports")} class="export">
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

type Page = { locale: StaffLocale; path: string };

/** What an old CSV link opens: what would be exported, and the button that starts it. */
export function ExportStartPage({
  locale,
  path,
  kind,
  filters,
}: Page & { kind: ExportKind; filters: Record<string, string> }) {
  const t = messages[locale.lang].staff.exports;
  return (
    <StaffLayout locale={locale} path={path} title={t.startTitle}>
      <h1>{t.startTitle}</h1>
      <p>{exportSubject(locale.lang, kind, filters)}</p>
      <p>{t.startBody}</p>
      <ExportButton locale={locale} kind={kind} filters={filters} label={t.prepare} />
    </StaffLayout>
  );
}

/** Where an export is, in words: rows done of the total, or what to do now. */
function ExportState({ lang, job }: { lang: Language; job: ExportJob }) {
  const t = messages[lang].staff.exports;
  switch (job.status) {
    case "running":
      return <p role="status">{job.rowsTotal === null ? t.counting : t.preparing(job.rowsDone, job.rowsTotal)}</p>;
    case "ready":
      return <p role="status">{t.ready(t.rows(job.rowsDone), size(lang, job.bytes ?? 0))}</p>;
    case "failed":
      return <p role="status">{t.failed}</p>;
    case "expired":
      return <p role="status">{t.expired}</p>;
  }
}

/** One export: its progress (the page reloads itself until it is done), then the download. */
export function ExportProgressPage({ locale, path, job, expiresAt }: Page & { job: ExportJob; expiresAt: Date }) {
  const t = messages[locale.lang].staff.exports;
  const running = job.status === "running";
  return (
    <StaffLayout locale={locale} path={path} title={t.title} refreshSeconds={running ? REFRESH_SECONDS : undefined}>
      <h1>{t.title}</h1>
      <p>{exportSubject(locale.lang, job.kind, job.filters)}</p>
      <ExportState lang={locale.lang} job={job} />
      {running && (
        <p>
          {t.reloads(REFRESH_SECONDS)} <a href={staffHref(locale, `/staff/exports/${job.id}`)}>{t.reloadNow}</a>
        </p>
      )}
      {job.status === "ready" && (
        <>
          <p>
            <a class="button" href={`/staff/exports/${job.id}/file`}>
              {t.download}
            </a>
          </p>
          <p>
            {t.keptUntil} <Moment lang={locale.lang} iso={expiresAt.toISOString()} />
          </p>
        </>
      )}
      {(job.status === "failed" || job.status === "expired") && (
        <p>
          <a href={staffHref(locale, askAgainPath(job.kind, job.filters))}>{t.again}</a>
        </p>
      )}
      <p>
        <a href={staffHref(locale, "/staff/exports")}>{t.every}</a>
      </p>
    </StaffLayout>
  );
}

/** The newest exports the staff member may download: their organization's (every one for network staff). */
export function ExportsPage({ locale, path, rows }: Page & { rows: { job: ExportJob; downloads: number }[] }) {
  const t = messages[locale.lang].staff.exports;
  const status = (job: ExportJob) =>
    job.status === "running"
      ? job.rowsTotal === null
        ? t.runningUncounted(job.rowsDone)
        : t.running(job.rowsDone, job.rowsTotal)
      : job.status === "ready"
        ? t.readyRows(t.rows(job.rowsDone))
        : t.statuses[job.status];
  return (
    <StaffLayout locale={locale} path={path} title={t.listTitle}>
      <h1>{t.listTitle}</h1>
      <p>{t.listIntro}</p>
      <Table
        id="exports"
        caption={t.caption}
        empty={t.empty}
        rows={rows}
        columns={[
          {
            header: t.columns.asked,
            rowHeader: true,
            cell: ({ job }) => (
              <a href={staffHref(locale, `/staff/exports/${job.id}`)}>
                <Moment lang={locale.lang} iso={job.createdAt.toISOString()} />
              </a>
            ),
          },
          { header: t.columns.what, cell: ({ job }) => exportSubject(locale.lang, job.kind, job.filters) },
          { header: t.columns.by, cell: ({ job }) => job.requestedBy },
          { header: t.columns.status, cell: ({ job }) => status(job) },
          { header: t.columns.downloads, cell: ({ downloads }) => downloads },
        ]}
      />
    </StaffLayout>
  );
}
