import { and, eq, gt, gte, inArray, lt, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { cases, decisions, organizationBacklog, organizations, reviewers } from "../db/schema";
import { DAY_MS } from "../lib/tokens";

/**
 * How long each organization makes people wait, from its own records, for the directory, the
 * landing page, the receipt and the status pages. Counted once a day by the daily job, because
 * the landing page is read far more often than the figures change.
 */

const YEAR_MS = 365 * DAY_MS;

/**
 * Fewer first decisions than this in 12 months and the median is not shown ("not enough data
 * yet"). With 20, the median's 95% confidence interval runs from about the 30th to the 70th
 * percentile of the waits (the 6th to the 15th of 20 sorted), so one or two unusual cases cannot
 * move the figure much; with 5, it would run from the fastest case to the slowest.
 */
export const MIN_DECISIONS_FOR_MEDIAN = 20;

/** A decision that answers the application: the organization takes it, refers it, or declines it. */
const ANSWERS = ["accept", "decline", "refer"] as const;

/** Stages in which an application still waits for its first answer (when no reviewer gave one yet). */
const BEFORE_AN_ANSWER = ["submitted", "screening", "routed", "in_review", "awaiting_info", "awaiting_expert"] as const;

/**
 * Cases each step of the daily job reads to count the waiting ones, in one statement of a few
 * milliseconds: 100,000 cases take ten steps.
 */
export const WAITING_CHUNK = 10_000;

/**
 * Cases waiting for a first decision, per organization, counted up to the case `after` (by id):
 * `""` before the first chunk, `null` once every case is counted. It passes from step to step.
 */
export type WaitingCount = { after: string | null; waiting: Record<string, number> };

export const NOTHING_COUNTED: WaitingCount = { after: "", waiting: {} };

/** Counts on through the next `WAITING_CHUNK` cases after `count.after`. */
export async function countWaiting(db: Database, count: WaitingCount): Promise<WaitingCount> {
  if (count.after === null) return count;
  const rows = await waitingAmongCasesAfter(db, count.after);
  const waiting = { ...count.waiting };
  for (const row of rows) waiting[row.organizationId] = (waiting[row.organizationId] ?? 0) + row.waiting;
  const read = rows.reduce((sum, row) => sum + row.cases, 0);
  return { after: read < WAITING_CHUNK ? null : (rows[0]?.lastId ?? null), waiting };
}

/**
 * Recounts every organization's figures as of `now`: applications received in the last 12 months,
 * cases waiting for a first decision (`waiting`, as `countWaiting` counted them), and the median
 * days from receipt to first decision for the cases first decided in the last 12 months. A first
 * decision is the first accept, decline or refer by one of the organization's reviewers: questions
 * and expert opinions are not an answer, and a machine decline at screening is not a wait for a
 * person's decision.
 */
export async function computeBacklog(db: Database, now: number, waiting: WaitingCount["waiting"]): Promise<number> {
  const since = new Date(now - YEAR_MS);
  // Each count starts from the organizations (CROSS JOIN keeps that order) and reads its cases
  // through an index by organization: without statistics, SQLite would rather read every case.
  const received = await db
    .select({ organizationId: organizations.id, count: sql<number>`count(*)` })
    .from(organizations)
    .crossJoin(cases)
    .where(and(eq(cases.organizationId, organizations.id), gte(cases.createdAt, since)))
    .groupBy(organizations.id);

  // The answers of the last 12 months that no answer of the same organization came before, read a
  // month at a time (each reviewer's through their index), so no statement reads a year of decisions.
  const firstDecisions: { organizationId: string; receivedAt: Date; decidedAt: number }[] = [];
  for (let month = 0; month < 12; month++) {
    const from = since.getTime() + (month * YEAR_MS) / 12;
    const to = month === 11 ? now + 1 : since.getTime() + ((month + 1) * YEAR_MS) / 12;
    firstDecisions.push(...(await firstAnswersBetween(db, from, to)));
  }

  const daysByOrganization = new Map<string, number[]>();
  for (const row of firstDecisions) {
    const days = Math.max(0, (row.decidedAt - row.receivedAt.getTime()) / DAY_MS);
    daysByOrganization.set(row.organizationId, [...(daysByOrganization.get(row.organizationId) ?? []), days]);
  }
  const countOf = (rows: { organizationId: string; count: number }[], id: string) =>
    rows.find((row) => row.organizationId === id)?.count ?? 0;

  const all = await db.select({ id: organizations.id }).from(organizations);
  const computedAt = new Date(now);
  const rows = all.map(({ id }) => {
    const days = daysByOrganization.get(id) ?? [];
    return {
      organizationId: id,
      receivedLast12Months: countOf(received, id),
      waitingForFirstDecision: waiting[id] ?? 0,
      firstDecisionsLast12Months: days.length,
      medianDaysToFirstDecision: days.length >= MIN_DECISIONS_FOR_MEDIAN ? Math.round(median(days)) : null,
      computedAt,
    };
  });
  // One statement per organization, each binding a dozen values (far under D1's 100), in one batch.
  const [first, ...rest] = rows.map((row) =>
    db
      .insert(organizationBacklog)
      .values(row)
      .onConflictDoUpdate({ target: organizationBacklog.organizationId, set: row }),
  );
  if (first) await db.batch([first, ...rest]);
  return rows.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Among the `WAITING_CHUNK` cases whose ids come after `after`, per organization: how many cases
 * were read, the last id read, and how many wait for a first answer. The organization whose last
 * id is the chunk's last comes first (SQLite orders the ids, as it did for `after`).
 */
function waitingAmongCasesAfter(db: Database, after: string) {
  const chunk = db
    .select({ id: cases.id, organizationId: cases.organizationId, status: cases.status })
    .from(cases)
    .where(gt(cases.id, after))
    .orderBy(cases.id)
    .limit(WAITING_CHUNK)
    .as("chunk");
  const waits = and(inArray(chunk.status, [...BEFORE_AN_ANSWER]), sql`NOT ${answered(chunk.id, chunk.organizationId)}`);
  return db
    .select({
      organizationId: chunk.organizationId,
      cases: sql<number>`count(*)`,
      lastId: sql<string>`max(${chunk.id})`,
      waiting: sql<number>`count(*) FILTER (WHERE ${waits})`,
    })
    .from(chunk)
    .groupBy(chunk.organizationId)
    .orderBy(sql`max(${chunk.id}) DESC`);
}

/**
 * The first answers given in [from, to) by each organization's reviewers: an answer in the window
 * that no answer of the same organization came before, the earliest per case.
 */
function firstAnswersBetween(db: Database, from: number, to: number) {
  return db
    .select({
      organizationId: reviewers.organizationId,
      receivedAt: cases.createdAt,
      decidedAt: sql<number>`min(${decisions.createdAt})`,
    })
    .from(reviewers)
    .crossJoin(decisions)
    .innerJoin(cases, eq(cases.id, decisions.caseId))
    .where(
      and(
        eq(decisions.reviewerId, reviewers.id),
        gte(decisions.createdAt, new Date(from)),
        lt(decisions.createdAt, new Date(to)),
        inArray(decisions.outcome, [...ANSWERS]),
        sql`NOT ${answered(decisions.caseId, reviewers.organizationId, from)}`,
      ),
    )
    .groupBy(reviewers.organizationId, decisions.caseId);
}

/**
 * Whether the case `caseId` has an answer from one of `organizationId`'s reviewers (given before
 * `before`, when it is given). Its tables go by aliases, so a query over decisions can ask it too.
 */
function answered(caseId: SQLWrapper, organizationId: SQLWrapper, before?: number): SQL {
  const outcomes = sql.join(
    ANSWERS.map((outcome) => sql`${outcome}`),
    sql`, `,
  );
  const until = before === undefined ? sql`` : sql` AND answer.created_at < ${before}`;
  return sql`EXISTS (SELECT 1 FROM ${decisions} AS answer JOIN ${reviewers} AS colleague ON colleague.id = answer.reviewer_id
    WHERE answer.case_id = ${caseId} AND colleague.organization_id = ${organizationId}
    AND answer.outcome IN (${outcomes})${until})`;
}
