import { languages, messages } from "./i18n";
import { isOneOf } from "./is-one-of";

/**
 * Dates as the reader writes them ("March 15, 2026", "2026年3月15日"), in UTC, from the catalogs: the
 * words ICU's long date gives (test/lib/dates.test.ts), without the 10 ms of CPU a fresh isolate's
 * first `Intl.DateTimeFormat` costs loading ICU's patterns.
 */
export function longDate(language: string, date: Date): string {
  const catalog = messages[isOneOf(languages, language) ? language : "en"];
  return catalog.longDate(date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear());
}
