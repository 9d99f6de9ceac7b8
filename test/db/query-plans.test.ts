import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeBacklog, countWaiting, NOTHING_COUNTED } from "../../src/cases/backlog";
import { purgeExpiredDrafts, rewrapDraftKeys } from "../../src/cases/drafts";
import { expireExports } from "../../src/cases/exports";
import { alertOverdueTasks } from "../../src/cases/notes-and-tasks";
import { remindUnsentPreservationLetters } from "../../src/cases/preservation";
import { expiredCases, purgeCase, purgeHeldUploads, sweepOrphanFiles, sweepUploadJournal } from "../../src/cases/purge";
import { indexStaleCases } from "../../src/cases/search-index";
import { createDb } from "../../src/db/client";
import { rewrapCaseKeys } from "../../src/lib/sealing";
import {
  accessJwt,
  addStaffMember,
  asAccess,
  postApplication,
  staffRequest,
  submitApplication,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { expectJson, expectStatus, shapes } from "../http";

/**
 * The queries the staff side and the daily job run, checked with SQLite's own planner: none may
 * scan a table that grows with the number of cases. A scan through an index (an ordered page of the
 * queue) is fine; `SCAN <table>` without one reads every row. A search is held to more: it must
 * start from the index of the terms it looks up and read only the cases it found.
 */

const GROWING = [
  "cases",
  "contacts",
  "attachments",
  "capability_tokens",
  "notifications",
  "events",
  "assignments",
  "decisions",
  "responses",
  "screenings",
  "person_keys",
  "dev_mailbox",
  "search_terms",
  "tasks",
];

/** The SQL of every statement D1 is given while `run` runs. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  const prepare = env.DB.prepare.bind(env.DB);
  vi.spyOn(env.DB, "prepare").mockImplementation((query: string) => {
    seen.add(query);
    return prepare(query);
  });
  await run();
  vi.restoreAllMocks();
  return [...seen];
}

type PlanStep = { id: number; parent: number; detail: string };

/** The plan of `query`, one step per line, with each step's parent. */
async function planSteps(query: string): Promise<PlanStep[]> {
  const params = (query.match(/\?/g) ?? []).map(() => null);
  const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query}`)
    .bind(...params)
    .all<PlanStep>();
  return plan.results;
}

async function planOf(query: string): Promise<string[]> {
  return (await planSteps(query)).map((step) => step.detail);
}

/**
 * The plan steps of `query` that read a growing table whole, that build an automatic index, or that,
 * run once per row of another table (in a correlated subquery), look a growing table up by anything
 * but that row's case (or another key of one row): such a step walks the same index again for every row.
 */
async function fullScans(query: string): Promise<string[]> {
  const steps = await planSteps(query);
  const indexes = await env.DB.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").all<{
    name: string;
    tbl_name: string;
  }>();
  const tables = new Map(indexes.results.map((index) => [index.name, index.tbl_name]));
  const byId = new Map(steps.map((step) => [step.id, step]));
  const perRow = (step: PlanStep): boolean => {
    const parent = byId.get(step.parent);
    return parent !== undefined && (/^CORRELATED /.test(parent.detail) || perRow(parent));
  };
  return steps.flatMap(({ detail, ...step }) => {
    const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
    if (scanned !== undefined && GROWING.includes(scanned) && !/USING (COVERING )?INDEX/.test(detail)) return [detail];
    // An index SQLite builds for one statement stands for one the schema lacks, or a join in the wrong order.
    if (/AUTOMATIC/.test(detail)) return [detail];
    // A table read under an alias (`answer`, `w`) is known by the index it is searched through.
    const [, name, index] =
      /^SEARCH (\w+) USING (?:COVERING )?INDEX (\w+)/.exec(detail) ?? /^SEARCH (\w+)/.exec(detail) ?? [];
    const searched = (index && tables.get(index)) ?? name;
    if (searched === undefined || !GROWING.includes(searched) || !perRow({ detail, ...step })) return [];
    return /\((case_id|id|key_hash)=\?/.test(detail) ? [] : [`once per row: ${detail}`];
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("query plans", () => {
  it("no queue filter, case page, audit trail or letters list reads a growing table whole", async () => {
    const created = await submitApplication();
    await waitForReviewRequest(created.id);
    const reviewer = await env.DB.prepare("SELECT reviewer_id FROM assignments WHERE case_id = ?")
      .bind(created.id)
      .first<string>("reviewer_id");
    const queries = await statementsOf(async () => {
      for (const query of [
        "",
        "status=declined&organization=demo-pa",
        "overdue=true",
        "overdue=true&organization=demo-uk",
        `reviewer=${reviewer}`,
        "stuck=true",
        "myTasks=true",
        "dueThisWeek=true",
        "submittedFrom=2026-01-01&submittedTo=2026-12-31",
        "status=in_review,awaiting_info",
      ])
        await expectStatus(await staffRequest(`/api/v1/cases?${query}`), 200, query);
      for (const part of ["", "/events", "/notifications"])
        await expectStatus(await staffRequest(`/api/v1/cases/${created.id}${part}`), 200, part);
      await expectStatus(await staffRequest(`/staff/cases/${created.id}`), 200);
      await expectStatus(await staffRequest("/staff/letters"), 200);
    });
    expect(queries.length).toBeGreaterThan(10);
    const scans: Record<string, string[]> = {};
    for (const query of queries) {
      const found = await fullScans(query);
      if (found.length > 0) scans[query] = found;
    }
    expect(scans).toEqual({});
  });

  it("no step of the daily job reads a growing table whole", async () => {
    const created = await submitApplication();
    await waitForReviewRequest(created.id);
    const db = createDb(env);
    const now = Date.now();
    const queries = await statementsOf(async () => {
      await expiredCases(db, now);
      await purgeExpiredDrafts(env, db, now);
      await purgeHeldUploads(env, db, now);
      await sweepUploadJournal(env, db, now);
      await expireExports(env, db, now);
      await sweepOrphanFiles(env, db, now, null);
      await rewrapCaseKeys(env, db);
      await rewrapDraftKeys(env, db);
      await alertOverdueTasks(env, db, now);
      await remindUnsentPreservationLetters(env, db, now);
      await indexStaleCases(env, db);
      await computeBacklog(db, now, (await countWaiting(db, NOTHING_COUNTED)).waiting);
    });
    expect(queries.length).toBeGreaterThan(10);
    const scans: Record<string, string[]> = {};
    for (const query of queries) {
      const found = await fullScans(query);
      if (found.length > 0) scans[query] = found;
    }
    expect(scans).toEqual({});
  });

  it("the daily purge of one case reads rows in the hundreds, not every row of the database", async () => {
    // Other cases' people, links and messages: without an index on each foreign key, deleting this
    // case's people would read all of them.
    const created = await submitApplication();
    await waitForReviewRequest(created.id);
    const others = Array.from({ length: 600 }, (_, n) => n);
    for (let start = 0; start < others.length; start += 50) {
      await env.DB.batch(
        others
          .slice(start, start + 50)
          .flatMap((n) => [
            env.DB.prepare(
              "INSERT INTO capability_tokens (id, token_hash, case_id, contact_id, role, purpose, expires_at) SELECT ?, ?, case_id, id, role, 'status', 0 FROM contacts WHERE case_id = ? LIMIT 1",
            ).bind(`bulk-token-${n}`, `bulk-hash-${n}`, created.id),
          ]),
      );
    }
    const doomed = await submitApplication();
    await waitForReviewRequest(doomed.id);

    let rowsRead = 0;
    const batch = env.DB.batch.bind(env.DB);
    vi.spyOn(env.DB, "batch").mockImplementation(async (statements) => {
      const results = await batch(statements);
      for (const result of results) rowsRead += result.meta.rows_read ?? 0;
      return results;
    });
    expect(await purgeCase(env, createDb(env), doomed.id, "retention", "system")).not.toBeNull();
    vi.restoreAllMocks();
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThan(300);
  });

  it("a search starts from an index, never from the list of cases, with any filter beside it", async () => {
    const created = await expectJson(await postApplication(validApplication()), 201, shapes.createdCase);
    await waitForReviewRequest(created.id);
    const identity = `plans-${crypto.randomUUID().slice(0, 8)}@demo-pa.example.org`;
    await addStaffMember(identity, "org-demo-pa");
    const asPaStaff = asAccess(await accessJwt({ email: identity }));
    const queries = await statementsOf(async () => {
      for (const query of [
        "q=daniel",
        "q=Ortega+Daniel",
        `q=${created.reference}`,
        "q=maria%40example.com",
        "q=KX-4471",
        "q=daniel+ortega&status=in_review,awaiting_info&organization=demo-pa",
        "q=daniel+ortega&overdue=true&myTasks=true&dueThisWeek=true",
        "q=daniel+ortega&submittedFrom=2026-01-01&submittedTo=2026-12-31&reviewer=rev-pa-1",
        "q=daniel&limit=1&cursor=MTc5OTk5OTk5OTk5OTpzb21lLWlk",
      ]) {
        await expectStatus(await staffRequest(`/api/v1/cases?${query}`), 200, query);
        await expectStatus(await staffRequest(`/api/v1/cases?${query}`, asPaStaff), 200, `${query} as PA staff`);
      }
    });
    const searches = queries.filter((query) => query.includes("search_terms"));
    expect(searches.length).toBeGreaterThan(5);
    const scans: Record<string, string[]> = {};
    for (const query of searches) {
      const plan = await planOf(query);
      const wrong = plan.filter(
        (detail) =>
          // Only the list of cases found, and the page of ids taken from it, are walked; search_terms
          // is read under the aliases t and w (json_each over one row's JSON, a virtual table, reads
          // that row only).
          (/^SCAN /.test(detail) &&
            !["SCAN found", "SCAN page"].includes(detail) &&
            !/^SCAN \w+ VIRTUAL TABLE/.test(detail)) ||
          // Cases are read by the ids found (or the reference), one lookup each: walking an index of
          // cases (all of them, or an organization's) reads them all when a search finds a few.
          (/^SEARCH cases\b/.test(detail) && !/^SEARCH cases USING INDEX \w+ \((id|reference)=\?\)$/.test(detail)),
      );
      if (!plan.some((detail) => /USING COVERING INDEX search_terms_lookup \(term_hash=\?/.test(detail)))
        wrong.push("no lookup by term hash");
      if (wrong.length > 0) scans[query] = [...wrong, "in", ...plan];
    }
    expect(scans).toEqual({});
  });
});
