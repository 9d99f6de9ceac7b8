/** Dates as the reader writes them ("15 March 2026"), in UTC; one formatter per language, made once. */
const longDates = new Map<string, Intl.DateTimeFormat>();

export function longDate(language: string, date: Date): string {
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
    longDates.set(language, format);
  }
  return format.format(date);
}
