import type { Child } from "hono/jsx";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";

/**
 * Where a case page lives: its own path (without `lang`), where its documents download from, and,
 * when it was opened from the holder's own page, that page.
 */
export type PageAt = { path: string; filesBase: string; home?: string };

/** The link back to the holder's own page, when the case was opened from it. */
export function BackHome({ lang, at }: { lang: Language; at: PageAt }) {
  return at.home ? (
    <p>
      <a href={`${at.home}?lang=${lang}`}>{messages[lang].review.backToYourPage}</a>
    </p>
  ) : null;
}

/** One's cases as a list of panels (`panel` draws each), or the words for none. */
export function CasePanels<T>({ items, empty, panel }: { items: T[]; empty: string; panel: (item: T) => Child }) {
  return items.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <ul class="cases">
      {items.map((item) => (
        <li class="panel">{panel(item)}</li>
      ))}
    </ul>
  );
}

/** The day something is due, marked when it is past due at `now`. */
export function DueDay({ lang, due, now }: { lang: Language; due: Date; now: number }) {
  return (
    <>
      {longDate(lang, due)}
      {due.getTime() < now && <strong class="overdue">{` (${messages[lang].reviewerPage.overdue})`}</strong>}
    </>
  );
}
