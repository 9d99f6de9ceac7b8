import type { Language } from "../db/schema";
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
