import type { Child } from "hono/jsx";
import type { CaseStatus } from "../db/schema";
import { Layout } from "./layout";

/** A staff page: English only for now, and wide enough for the tables. */
export function StaffLayout({ title, children }: { title: string; children: Child }) {
  return (
    <Layout lang="en" title={title}>
      <div class="staff">
        <nav aria-label="Staff">
          <a href="/staff">Case queue</a> · <a href="/staff/cases/new">Enter a mailed application</a> ·{" "}
          <a href="/staff/letters">Letters to print</a> · <a href="/staff/questionnaire">Questionnaire</a> ·{" "}
          <a href="/staff/partners">Referral partners</a> · <a href="/api/docs">API reference</a>
        </nav>
        {children}
      </div>
    </Layout>
  );
}

/** `in_review` → `in review`: the status as words, the same set the API and the filter use. */
export const statusLabel = (status: CaseStatus | string) => status.replaceAll("_", " ");

/** A day, as staff compare dates across time zones: ISO, UTC. */
export function Day({ iso }: { iso: string }) {
  return <time datetime={iso}>{iso.slice(0, 10)}</time>;
}

/** A moment, to the minute, in UTC. */
export function Moment({ iso }: { iso: string | null }) {
  if (!iso) return <span class="tag">not yet</span>;
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
