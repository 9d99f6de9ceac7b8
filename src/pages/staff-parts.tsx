import type { Child } from "hono/jsx";
import type { CaseStatus } from "../db/schema";
import { Layout } from "./layout";

/** A staff page: English only for now, and wide enough for the tables. */
export function StaffLayout({ title, children }: { title: string; children: Child }) {
  return (
    <Layout lang="en" title={title}>
      <div class="staff">
        <nav aria-label="Staff">
          <a href="/staff">Case queue</a> · <a href="/staff/letters">Letters to print</a> ·{" "}
          <a href="/api/docs">API reference</a>
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

/**
 * A wide table that scrolls sideways on small screens. Focusable, so keyboard users can scroll
 * it too; labelled by the table's caption.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: Child }) {
  return (
    <section class="table-scroll" aria-labelledby={labelledBy} tabindex={0}>
      {children}
    </section>
  );
}
