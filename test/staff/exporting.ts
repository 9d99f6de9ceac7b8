import { expect } from "vitest";
import type * as z from "zod";
import { staffJson, staffRequest } from "../helpers";
import { expectJson, expectStatus, expectText, shapes } from "../http";
import { asStaff, page, postForm } from "../pages/staff-forms";

/** A CSV document per RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) throw new Error("the last line does not end with CRLF");
  return rows;
}

export type QueueItem = z.output<typeof shapes.queuePage>["cases"][number];

/** Every queue item of `GET /api/v1/cases` for a query, following `nextCursor`. */
export async function apiQueue(query: string, headers: Record<string, string> = asStaff): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  let cursor: string | null = null;
  do {
    const response = await page(`/api/v1/cases?${query}&limit=200${cursor ? `&cursor=${cursor}` : ""}`, headers);
    const body = await expectJson(response, 200, shapes.queuePage);
    items.push(...body.cases);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

/** What a spreadsheet should show for an API value: text that would run as a formula gets an apostrophe. */
const expectedCell = (value: QueueItem[keyof QueueItem]) =>
  value === null
    ? ""
    : Array.isArray(value)
      ? value.join("; ")
      : typeof value === "string" && /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : String(value);

/** The CSV rows the queue's export should hold for these API items, in their order. */
function expectedRows(items: QueueItem[]): string[][] {
  return items.map(({ nextTask, ...item }) =>
    [...Object.values(item), nextTask?.dueOn ?? null, nextTask?.title ?? null].map(expectedCell),
  );
}

/** The columns of days spent in each stage (`daysIntake` … `daysAccepted`). */
const DAY_COLUMNS = new Set([19, 20, 21, 22, 23]);

/**
 * Asserts that the export's rows are the API's items, value for value, in order. The days in the
 * stage a case is in are counted up to a moment: the export's is when it was asked for, the API's
 * when it answers, minutes later; they may differ by the tenth of a day they are rounded to.
 */
export function expectRowsOfApi(rows: string[][], items: QueueItem[], label?: string): void {
  const expected = expectedRows(items);
  const aligned = rows.map((row, r) =>
    row.map((cell, c) => {
      const other = expected[r]?.[c];
      const close = other !== undefined && Math.abs(Number(cell) - Number(other)) <= 0.1 + 1e-9;
      return DAY_COLUMNS.has(c) && cell !== "" && close ? other : cell;
    }),
  );
  expect(aligned, label).toEqual(expected);
}

export const QUEUE_CSV_HEADER =
  "id,reference,organization,status,source,language,applicantName,submittedAt,updatedAt,stageDueAt,overdue,stuck,possibleDuplicates,jurisdiction,offenses,evidenceTypes,outcome,reasons,reviewer,daysIntake,daysInReview,daysAwaitingInfo,daysAwaitingExpert,daysAccepted,preservationDueOn,nextTaskDueOn,nextTaskTitle";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long an export of the tests' sizes may take on a loaded machine before a test gives up. */
const READY_WITHIN_MS = 150_000;

export type PageExport = {
  id: string;
  csv: string;
  download: Response;
  /** The progress line of each look at the progress page, in order. */
  progress: string[];
};

/**
 * Asks for an export with a staff page's button (the queue's, a report table's, a case's ZIP:
 * `fields` are its hidden inputs), follows the progress page as a browser does (it reloads itself
 * until the file is ready), and downloads the file from the link it then shows.
 */
export async function exportFileThroughPages(
  fields: Record<string, string>,
  headers: Record<string, string> = asStaff,
): Promise<Omit<PageExport, "csv">> {
  const asked = await postForm("/staff/exports", fields, headers);
  await expectStatus(asked, 303);
  const location = asked.headers.get("Location") ?? "";
  const id = /^\/staff\/exports\/([0-9a-f-]+)$/.exec(location)?.[1] ?? "";
  expect(id, location).not.toBe("");
  const progress: string[] = [];
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const html = await expectText(await page(location, headers), 200);
    progress.push(/<p role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? "");
    if (html.includes(`href="/staff/exports/${id}/file"`)) {
      expect(html).not.toContain('http-equiv="refresh"');
      break;
    }
    // Without JavaScript, the page reloads itself, and says so with a link to do it now.
    expect(html).toMatch(/<meta http-equiv="refresh" content="3"\s*\/?>/);
    expect(html).toContain(`<a href="/staff/exports/${id}">Reload now</a>`);
    if (Date.now() > deadline) throw new Error(`export ${id} is not ready: ${progress.at(-1)}`);
    await pause(200);
  }
  const download = await page(`/staff/exports/${id}/file`, headers);
  await expectStatus(download, 200);
  expect(download.headers.get("Content-Disposition")).toMatch(/^attachment; /);
  expect(download.headers.get("Cache-Control")).toBe("no-store");
  return { id, download, progress };
}

/** A CSV export through the pages (`exportFileThroughPages`), its text read. */
export async function exportThroughPages(
  fields: Record<string, string>,
  headers: Record<string, string> = asStaff,
): Promise<PageExport> {
  const got = await exportFileThroughPages(fields, headers);
  expect(got.download.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  return { ...got, csv: await expectText(got.download, 200) };
}

type ExportKind = z.input<typeof shapes.export>["kind"];

/** The same through the JSON API: POST, follow `GET /exports/{id}` until ready, then the response of `file`. */
export async function exportFileThroughApi(kind: ExportKind, filters: Record<string, string>) {
  const asked = await staffJson("/api/v1/exports", "POST", { kind, filters });
  const started = await expectJson(asked, 202, shapes.export);
  expect(asked.headers.get("Location")).toBe(`/api/v1/exports/${started.id}`);
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    const job = await expectJson(await staffRequest(`/api/v1/exports/${started.id}`), 200, shapes.export);
    if (job.status === "ready" && job.file) return { job, download: await staffRequest(job.file) };
    expect(job.status).toBe("running");
    if (Date.now() > deadline) throw new Error(`export ${job.id} is not ready: ${job.rowsDone} rows`);
    await pause(200);
  }
}

/** A CSV export through the API (`exportFileThroughApi`), its text read. */
export async function exportThroughApi(kind: "cases" | "report", filters: Record<string, string>) {
  const { job, download } = await exportFileThroughApi(kind, filters);
  return { job, csv: await expectText(download, 200) };
}
