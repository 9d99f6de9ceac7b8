import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { CaseStatus, Language } from "../db/schema";
import type { AppEnv } from "../env";
import { labelOf, languageFromQuery, messages } from "../lib/i18n";
import { Layout, withLang } from "./layout";

/**
 * How a staff page speaks and links. The language is negotiated like every page's; when the staff
 * member chose it with `?lang=` (the language switch), the page's own links and forms carry it on,
 * and otherwise they stay plain so that the browser's `Accept-Language` decides each time.
 */
export type StaffLocale = { lang: Language; chosen: boolean };

export function staffLocale(c: Pick<Context<AppEnv>, "req"> & { var: { lang: Language } }): StaffLocale {
  return { lang: c.var.lang, chosen: languageFromQuery(c.req.query("lang")) !== undefined };
}

/** `path` with the chosen language kept on, when there is one. */
export function staffHref(locale: StaffLocale, path: string): string {
  return locale.chosen ? withLang(path, locale.lang) : path;
}

/**
 * A staff page, wide enough for the tables, with the language switch. `path` is the page's own
 * path and query (without `lang`), which the switch links to in each language.
 */
export function StaffLayout({
  locale,
  title,
  path,
  refreshSeconds,
  children,
}: {
  locale: StaffLocale;
  title: string;
  path: string;
  /** Reloads the page every so many seconds (a page that follows work in progress, without JavaScript). */
  refreshSeconds?: number;
  children: Child;
}) {
  const t = messages[locale.lang].staff.nav;
  return (
    <Layout lang={locale.lang} title={title} path={path} refreshSeconds={refreshSeconds}>
      <div class="staff">
        <nav aria-label={t.label} class="no-print">
          <a href={staffHref(locale, "/staff")}>{t.queue}</a> ·{" "}
          <a href={staffHref(locale, "/staff/cases/new")}>{t.newCase}</a> ·{" "}
          <a href={staffHref(locale, "/staff/letters")}>{t.letters}</a> ·{" "}
          <a href={staffHref(locale, "/staff/questionnaire")}>{t.questionnaire}</a> ·{" "}
          <a href={staffHref(locale, "/staff/reports")}>{t.reports}</a> ·{" "}
          <a href={staffHref(locale, "/staff/exports")}>{t.exports}</a> ·{" "}
          <a href={staffHref(locale, "/staff/partners")}>{t.partners}</a> ·{" "}
          <a href={staffHref(locale, "/api/docs")}>{t.apiDocs}</a>
        </nav>
        {children}
      </div>
    </Layout>
  );
}

/** `in_review` → "in review": a status as words in the staff member's language. */
export const statusLabel = (lang: Language, status: CaseStatus | string) =>
  labelOf(messages[lang].staff.statuses, status);

/** A day, as staff compare dates across time zones: ISO, UTC. */
export function Day({ iso }: { iso: string }) {
  return <time datetime={iso}>{iso.slice(0, 10)}</time>;
}

/** A moment, to the minute, in UTC. */
export function Moment({ lang, iso }: { lang: Language; iso: string | null }) {
  if (!iso) return <span class="tag">{messages[lang].staff.notYet}</span>;
  return <time datetime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`}</time>;
}

export type PageError = { message: string; field?: string };

/** The errors of a form, at the top of the page, each linking to the field it is about. */
export function ErrorSummary({ title, errors }: { title: string; errors: PageError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error) => (
          <li>{error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A column of a `Table`: its header, and what each row shows in it. */
export type Column<Row> = {
  header: string;
  cell: (row: Row) => Child;
  /** This column's cell names the row (`th scope="row"`): one column per table. */
  rowHeader?: boolean;
  /** Keeps the line breaks of what people typed (addresses, notes). */
  prewrap?: boolean;
};

/**
 * A table of `rows`, one column per `columns`, or `empty` as a sentence when there are no rows (a
 * table without `empty` is shown empty). The caption labels the table and its scrolling frame:
 * wide tables scroll sideways on small screens, and the frame is focusable so keyboard users can
 * scroll it too.
 */
export function Table<Row>({
  id,
  caption,
  columns,
  rows,
  empty,
}: {
  /** Names the caption's id: `${id}-caption`. */
  id: string;
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  empty?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  const captionId = `${id}-caption`;
  return (
    <section class="table-scroll" aria-labelledby={captionId} tabindex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th scope="row">{column.cell(row)}</th>
                ) : (
                  <td class={column.prewrap ? "prewrap" : undefined}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Each line of `text` (an address, say) on a line of its own, after what comes before it. */
export function Lines({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map((line) => (
          <>
            <br />
            {line}
          </>
        ))}
    </>
  );
}
