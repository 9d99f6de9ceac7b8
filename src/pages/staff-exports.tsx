import { isArchive } from "../cases/export-zip";
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

type Subject = Pick<ExportJob, "kind" | "filters" | "r2Key">;

/** What an export holds, in a line: "Cases (status: in_review; organization: demo-pa)", "Case IN-2026-K7M3QX, as a ZIP". */
export function exportSubject(lang: Language, { kind, filters, r2Key }: Subject): string {
  const t = messages[lang].staff.exports;
  if (isArchive(kind)) {
    const file = r2Key.slice(r2Key.lastIndexOf("/") + 1);
    return kind === "case" ? t.caseArchive(file) : t.personArchive(file);
  }
  const { table, ...rest } = filters;
  const what = kind === "cases" ? t.cases : t.reportTable(table ?? "");
  const shown = Object.entries(rest).map(([name, value]) => `${name}: ${value}`);
  return shown.length > 0 ? t.withFilters(what, shown.join("; ")) : t.noFilters(what);
}

/** The page that asks for the same export again: a ZIP's case page, a CSV's old link. */
function askAgainPath({ kind, filters }: Subject): string {
  if (isArchive(kind)) return `/staff/cases/${filters.case ?? ""}`;
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
      <p>{exportSubject(locale.lang, { kind, filters, r2Key: "" })}</p>
      <p>{t.startBody}</p>
      <ExportButton locale={locale} kind={kind} filters={filters} label={t.prepare} />
    </StaffLayout>
  );
}

/** Where an export is, in words: rows (a ZIP's files) done of the total, or what to do now. */
function ExportState({ lang, job }: { lang: Language; job: ExportJob }) {
  const t = messages[lang].staff.exports;
  const archive = isArchive(job.kind);
  switch (job.status) {
    case "running":
      return (
        <p role="status">
          {job.rowsTotal === null
            ? archive
              ? t.listingFiles
              : t.counting
            : archive
              ? t.preparingFiles(job.rowsDone, job.rowsTotal)
              : t.preparing(job.rowsDone, job.rowsTotal)}
        </p>
      );
    case "ready":
      return <p role="status">{t.ready(doneCount(lang, job), size(lang, job.bytes ?? 0))}</p>;
    case "failed":
      return <p role="status">{t.failed}</p>;
    case "expired":
      return <p role="status">{t.expired}</p>;
  }
}

/** "1,204 rows" of a CSV, "7 files" of a ZIP. */
function doneCount(lang: Language, job: ExportJob): string {
  const t = messages[lang].staff.exports;
  return isArchive(job.kind) ? t.files(job.rowsDone) : t.rows(job.rowsDone);
}

/** One export: its progress (the page reloads itself until it is done), then the download. */
export function ExportProgressPage({ locale, path, job, expiresAt }: Page & { job: ExportJob; expiresAt: Date }) {
  const t = messages[locale.lang].staff.exports;
  const running = job.status === "running";
  return (
    <StaffLayout locale={locale} path={path} title={t.title} refreshSeconds={running ? REFRESH_SECONDS : undefined}>
      <h1>{t.title}</h1>
      <p>{exportSubject(locale.lang, job)}</p>
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
              {isArchive(job.kind) ? t.downloadZip : t.download}
            </a>
          </p>
          <p>
            {t.keptUntil} <Moment lang={locale.lang} iso={expiresAt.toISOString()} />
          </p>
        </>
      )}
      {(job.status === "failed" || job.status === "expired") && (
        <p>
          <a href={staffHref(locale, askAgainPath(job))}>{t.again}</a>
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
        : isArchive(job.kind)
          ? t.runningFiles(job.rowsDone, job.rowsTotal)
          : t.running(job.rowsDone, job.rowsTotal)
      : job.status === "ready"
        ? t.readyRows(doneCount(locale.lang, job))
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
          { header: t.columns.what, cell: ({ job }) => exportSubject(locale.lang, job) },
          { header: t.columns.by, cell: ({ job }) => job.requestedBy },
          { header: t.columns.status, cell: ({ job }) => status(job) },
          { header: t.columns.downloads, cell: ({ downloads }) => downloads },
        ]}
      />
    </StaffLayout>
  );
}
