import { cleanText } from "./text";

/** A value as it may appear in a CSV cell: null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Spreadsheets run a cell that begins with one of these as a formula (or, for tab and a line break,
 * may shift it into one), so text people typed, such as an applicant's name, could otherwise run
 * `=HYPERLINK(…)` or worse on a staff member's computer when the export is opened. Leading spaces do
 * not protect (some spreadsheets trim them on import), and the full-width forms are caught too, should
 * a spreadsheet fold them to ASCII. A leading apostrophe makes the spreadsheet show the text as it is
 * (OWASP "CSV injection").
 */
const FORMULA_START = /^(?:\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\n])/;

/**
 * One cell, per RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * Text is cleaned first (`cleanText`), then neutralised: a NUL or a direction override before `=`
 * would otherwise hide the formula from the check while the spreadsheet skips it and runs the formula.
 * Numbers and booleans are ours, and `-1` must stay a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const cleaned = typeof value === "string" ? cleanText(value) : String(value);
  const text = typeof value === "string" && FORMULA_START.test(cleaned) ? `'${cleaned}` : cleaned;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ended by CRLF as RFC 4180 asks. */
export function csvLine(row: readonly CsvValue[]): string {
  return `${row.map(csvCell).join(",")}\r\n`;
}
