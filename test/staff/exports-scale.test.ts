import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type SeedCase, seedStatements } from "../../bench/seed";
import { PART_BYTES } from "../../src/cases/export-parts";
import { CASES_PER_STEP } from "../../src/cases/export-sources";
import { r2Keys } from "../helpers";
import {
  apiQueue,
  expectRowsOfApi,
  exportThroughApi,
  exportThroughPages,
  parseCsv,
  QUEUE_CSV_HEADER,
} from "./exporting";

const DAY_MS = 86_400_000;

describe("the queue's CSV, made in the background", () => {
  /** More than the old in-request cap (10,000) and than one step's page, in a year no other test uses. */
  const SEEDED = 50 * CASES_PER_STEP + 237;
  const FILTERS = { organization: "demo-jp", submittedFrom: "2002-01-01", submittedTo: "2002-12-31" };

  beforeAll(async () => {
    // Cases written straight into D1 (bench/seed.ts, within D1's 100 bound parameters a statement),
    // each in review with an overdue review, and long offences, so the file passes R2's 5 MiB part.
    const start = Date.UTC(2002, 0, 1);
    const history: SeedCase[] = Array.from({ length: SEEDED }, (_, i) => ({
      id: `export-${i}`,
      reference: `IN-2002-X${String(i).padStart(6, "0")}`,
      organizationId: "org-demo-jp",
      source: i % 3 === 0 ? "paper_mail" : "web_form",
      jurisdiction: "JP",
      offenses: `Robbery, "aggravated", case ${i}; ${"with a long description of what was alleged. ".repeat(12)}`,
      evidenceTypes: i % 2 === 0 ? ["dna", "alibi"] : [],
      receivedAt: start + i * 60_000,
      status: "in_review",
      reviews: [
        {
          id: `export-review-${i}`,
          reviewerId: i % 2 === 0 ? "rev-jp-1" : "rev-jp-2",
          createdAt: start + i * 60_000 + 1000,
          dueAt: start + i * 60_000 + 14 * DAY_MS,
          status: "open",
        },
      ],
      moves: [{ to: "in_review", at: start + i * 60_000 + 1000, data: { round: 1 } }],
    }));
    const statements = seedStatements(history).map((s) => env.DB.prepare(s.sql).bind(...s.params));
    for (let i = 0; i < statements.length; i += 500) await env.DB.batch(statements.slice(i, i + 500));
  }, 120_000);

  it("holds every case the filters match, in many steps and parts, the same as the queue API", async () => {
    const exported = await exportThroughPages({ kind: "cases", ...FILTERS, limit: "5" });

    // The progress line counted the rows first and then said how far it had come.
    expect(exported.progress[0]).toMatch(/^(Counting the rows…|Preparing: [\d,]+ of 10,237 rows written\.)$/);
    expect(exported.progress.at(-1)).toMatch(/^Ready: 10,237 rows, \d+\.\d MiB\.$/);
    const [header, ...rows] = parseCsv(exported.csv);
    expect(header?.join(",")).toBe(QUEUE_CSV_HEADER);
    expect(rows.length).toBe(SEEDED);
    // `limit` pages the screen only; the file has every row, in the queue's order, with the API's values.
    const query = new URLSearchParams(FILTERS).toString();
    expectRowsOfApi(rows, await apiQueue(query));
    expect(rows[0]?.[0]).toBe(`export-${SEEDED - 1}`);
    expect(rows.at(-1)?.[0]).toBe("export-0");

    // More than one R2 part, and a workflow that handed over to new runs rather than stop short.
    expect(Number(exported.download.headers.get("Content-Length"))).toBeGreaterThan(PART_BYTES);
    expect((await env.EXPORT_JOB.get(`${exported.id}-2`)).id).toBe(`${exported.id}-2`);
    // Its chunks are gone; the file stays.
    expect((await r2Keys()).filter((key) => key.startsWith(`exports/${exported.id}/`))).toEqual([
      `exports/${exported.id}/cases.csv`,
    ]);
  }, 300_000);

  it("through the API: the same, for a day of them", async () => {
    const day = { ...FILTERS, submittedFrom: "2002-01-03", submittedTo: "2002-01-03" };
    const { job, csv } = await exportThroughApi("cases", day);
    expect(job).toMatchObject({ kind: "cases", filters: day, rowsTotal: 1440, rowsDone: 1440 });
    const [, ...rows] = parseCsv(csv);
    expectRowsOfApi(rows, await apiQueue(new URLSearchParams(day).toString()));
  }, 300_000);
});
