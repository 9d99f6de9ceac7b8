import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";

/** Which cases a report covers: received in [from, to), of one organization or all. */
export type ReportScope = { from: Date; to: Date; organizationId?: string };

export type Count = { key: string; count: number };
export type Durations = { cases: number; median: number | null; p90: number | null };
export type ReviewerLoad = { reviewerId: string; name: string; organization: string; open: number; overdue: number };

const DAY_MS = 86_400_000;

/** The scope as a condition on `cases c`. */
function inScope(scope: ReportScope): SQL {
  const organization = scope.organizationId ? sql` AND c.organization_id = ${scope.organizationId}` : sql``;
  return sql`c.created_at >= ${scope.from.getTime()} AND c.created_at < ${scope.to.getTime()}${organization}`;
}

async function counts(db: Database, query: SQL): Promise<Count[]> {
  // `label`, not `key`: json_each() has a column of that name, which GROUP BY would take instead.
  const rows = await db.all<{ label: string | null; count: number }>(query);
  return rows.map((row) => ({ key: row.label ?? "unknown", count: row.count }));
}

/**
 * The nearest-rank median and 90th percentile (the value at rank ⌈p·n/100⌉ of the sorted values),
 * in days, of `durations`: a query of one `days` column per case. Computed in D1 with window
 * functions, so only three numbers leave it however many cases there are.
 */
async function percentiles(db: Database, durations: SQL): Promise<Durations> {
  const [row] = await db.all<{ n: number | null; p50: number | null; p90: number | null }>(sql`
    WITH d AS (${durations}),
    r AS (SELECT days, row_number() OVER (ORDER BY days) AS rank, count(*) OVER () AS n FROM d)
    SELECT max(n) AS n,
      max(CASE WHEN rank = (n * 50 + 99) / 100 THEN days END) AS p50,
      max(CASE WHEN rank = (n * 90 + 99) / 100 THEN days END) AS p90
    FROM r`);
  const round = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);
  return { cases: row?.n ?? 0, median: round(row?.p50 ?? null), p90: round(row?.p90 ?? null) };
}

/** Applications received per calendar month (UTC), `YYYY-MM`. */
export function perMonth(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT strftime('%Y-%m', c.created_at / 1000, 'unixepoch') AS label, count(*) AS count
      FROM cases c WHERE ${inScope(scope)} GROUP BY label ORDER BY label`,
  );
}

/** By how they came: `web_form`, `api`, `paper_mail`. */
export function bySource(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT c.source AS label, count(*) AS count FROM cases c WHERE ${inScope(scope)} GROUP BY label ORDER BY count DESC, label`,
  );
}

/** By the place of conviction (ISO 3166 code). */
export function byJurisdiction(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT json_extract(c.application, '$.conviction.jurisdiction') AS label, count(*) AS count
      FROM cases c WHERE ${inScope(scope)} GROUP BY label ORDER BY count DESC, label`,
  );
}

/** By the organization that holds the case now (its slug). */
export function byOrganization(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT o.slug AS label, count(*) AS count FROM cases c JOIN organizations o ON o.id = c.organization_id
      WHERE ${inScope(scope)} GROUP BY label ORDER BY count DESC, label`,
  );
}

/** Where the cases are now: their status. */
export function byStatus(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT c.status AS label, count(*) AS count FROM cases c WHERE ${inScope(scope)} GROUP BY label ORDER BY count DESC, label`,
  );
}

/**
 * Why declined cases were declined: the reason codes of the decision that declined each (or the
 * screening's reason, such as `outside_jurisdiction`), each case counted once per reason.
 */
export function declineReasons(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT r.value AS label, count(DISTINCT c.id) AS count
      FROM cases c
      JOIN events e ON e.case_id = c.id AND e.type = 'declined'
      LEFT JOIN decisions d ON d.id = json_extract(e.data, '$.decisionId')
      JOIN json_each(coalesce(d.reason_codes, json_array(json_extract(e.data, '$.reason')))) r
      WHERE ${inScope(scope)} AND r.value IS NOT NULL
      GROUP BY label ORDER BY count DESC, label`,
  );
}

/** The kinds of evidence applicants named, each case counted once per kind. */
export function evidenceTypes(db: Database, scope: ReportScope) {
  return counts(
    db,
    sql`SELECT t.value AS label, count(DISTINCT c.id) AS count
      FROM cases c JOIN json_each(c.application, '$.claim.evidenceTypes') t
      WHERE ${inScope(scope)} GROUP BY label ORDER BY count DESC, label`,
  );
}

/** Days from receipt to the first reviewer's decision, over cases decided at least once. */
export function daysToFirstDecision(db: Database, scope: ReportScope) {
  return percentiles(
    db,
    sql`SELECT (min(x.created_at) - c.created_at) * 1.0 / ${DAY_MS} AS days
      FROM cases c JOIN decisions x ON x.case_id = c.id WHERE ${inScope(scope)} GROUP BY c.id`,
  );
}

/** Days from receipt to the outcome (declined, referred, closed or withdrawn), over cases that have one. */
export function daysToOutcome(db: Database, scope: ReportScope) {
  return percentiles(
    db,
    sql`SELECT (min(x.created_at) - c.created_at) * 1.0 / ${DAY_MS} AS days
      FROM cases c JOIN events x ON x.case_id = c.id AND x.type IN ('declined', 'referred', 'closed', 'withdrawn')
      WHERE ${inScope(scope)} GROUP BY c.id`,
  );
}

/**
 * Each active reviewer's open reviews now, and how many of them are past due, most loaded first.
 * The date range does not apply: this is the state of things today.
 */
export async function reviewerLoad(
  db: Database,
  organizationId: string | undefined,
  now: Date,
): Promise<ReviewerLoad[]> {
  const organization = organizationId ? sql` AND r.organization_id = ${organizationId}` : sql``;
  return db.all<ReviewerLoad>(sql`
    SELECT r.id AS reviewerId, r.name AS name, o.slug AS organization,
      count(a.id) AS open, coalesce(sum(a.due_at < ${now.getTime()}), 0) AS overdue
    FROM reviewers r
    JOIN organizations o ON o.id = r.organization_id
    LEFT JOIN assignments a ON a.reviewer_id = r.id AND a.kind = 'review' AND a.status = 'open'
    WHERE r.active = 1${organization}
    GROUP BY r.id ORDER BY open DESC, overdue DESC, name, reviewerId`);
}

/** Every figure of the reports for one scope, read side by side. */
export async function loadReport(db: Database, scope: ReportScope, now: Date) {
  const [perMonthRows, sources, jurisdictions, organizations, statuses, reasons, evidence, toFirst, toEnd, reviewers] =
    await Promise.all([
      perMonth(db, scope),
      bySource(db, scope),
      byJurisdiction(db, scope),
      byOrganization(db, scope),
      byStatus(db, scope),
      declineReasons(db, scope),
      evidenceTypes(db, scope),
      daysToFirstDecision(db, scope),
      daysToOutcome(db, scope),
      reviewerLoad(db, scope.organizationId, now),
    ]);
  return {
    perMonth: perMonthRows,
    bySource: sources,
    byJurisdiction: jurisdictions,
    byOrganization: organizations,
    byStatus: statuses,
    declineReasons: reasons,
    evidenceTypes: evidence,
    toFirstDecision: toFirst,
    toOutcome: toEnd,
    reviewers,
  };
}
