/** A value as it may appear in a CSV cell: null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Spreadsheets run a cell that begins with one of these as a formula (or, for tab and CR, may
 * shift it into one), so text people typed, such as an applicant's name, could otherwise run
 * `=HYPERLINK(…)` or worse on a staff member's computer when the export is opened. A leading
 * apostrophe makes the spreadsheet show the text as it is (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, per RFC 4180: quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
 * Only text is neutralised: numbers and booleans are ours, and `-1` must stay a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one line per row, each ended by CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
