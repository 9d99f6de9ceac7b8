import { and, desc, eq, gte, inArray, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import * as z from "zod";
import { NOT_MOVING_AFTER_MS } from "../../cases/sweep";
import { openStatuses } from "../../cases/transitions";
import { caseCiphers, openText } from "../../lib/sealing";
import { type SearchQuery, searchHashes } from "../../lib/search-terms";
import type { Staff } from "../../lib/staff-auth";
import { DAY_MS } from "../../lib/tokens";
import type { Database } from "../client";
import { assignments, type CaseStatus, cases, decisions, events, organizations, reviewers, tasks } from "../schema";
import { searchResults } from "./case-search";

/**
 * The staff queue: which cases the filters and the search match, a page of them newest first with
 * what an intake coordinator scans for, and how many there are (what an export of them will hold).
 */

export type QueueFilters = {
  /** Only cases found by this search (reference, names, email address, prison or case number). */
  search?: SearchQuery;
  status?: CaseStatus[];
  organization?: string;
  /** Only cases where someone asked to act (review, answer, opinion, referral) is past due. */
  overdue?: boolean;
  reviewerId?: string;
  /** Only cases whose workflow does not run: never started, failed, or given up on after restarts. */
  stuck?: boolean;
  /** Submitted on or after this day (UTC). */
  submittedFrom?: string;
  /** Submitted on or before this day (UTC). */
  submittedTo?: string;
  /** Only cases with an open task of this staff member (see `myTasks`). */
  tasksOf?: Staff;
  /** Only cases with an open task due within a week, or overdue. */
  dueThisWeek?: boolean;
  /** Only cases whose evidence preservation letter is not marked sent (src/cases/preservation.ts). */
  preservation?: boolean;
  /** Only cases received at or before this moment (ms): an export's snapshot, so rows added meanwhile wait for the next. */
  receivedBy?: number;
};

/** The days (UTC, `YYYY-MM-DD`) of `now` and of six days on: "this week" for tasks. */
export function taskDays(now: number) {
  return { today: isoDay(now), weekEnd: isoDay(now + 6 * DAY_MS) };
}
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A staff member's open tasks: assigned to them, or assigned to nobody and made by them (the
 * network's API token has no staff row, so its tasks are the ones it made).
 */
export function myTasks(staff: Staff) {
  return or(
    staff.id ? eq(tasks.assigneeId, staff.id) : undefined,
    and(isNull(tasks.assigneeId), eq(tasks.createdBy, staff.actor)),
  );
}

export type QueueRow = Awaited<ReturnType<typeof listCases>>["rows"][number];

/** Events that move a case into another stage (each names the status it enters). */
export const stageEvents = [
  "in_review",
  "awaiting_info",
  "awaiting_expert",
  "accepted",
  "routed",
  "referred",
  "declined",
  "closed",
  "withdrawn",
] as const;

/**
 * One page of the case queue, newest first, with what an intake coordinator scans for: where each
 * case stands, when its current stage is due, and whether its person applied before.
 * The cursor is opaque to clients: the last item's submission time and id. `now` is the moment
 * the overdue filter used, for telling which cases are overdue.
 */
export async function listCases(
  env: Pick<Env, "DATA_KEYS" | "PERSON_HASH_KEY">,
  db: Database,
  staff: Staff,
  filters: QueueFilters,
  page: { limit: number; cursor?: string; now?: number },
) {
  const now = page.now ?? Date.now();
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const matched = await matching(env, db, staff, filters, now, [
    after
      ? or(
          lt(cases.createdAt, new Date(after.createdAt)),
          and(eq(cases.createdAt, new Date(after.createdAt)), lt(cases.id, after.id)),
        )
      : undefined,
  ]);
  if (!matched) return { rows: [], nextCursor: null, now };
  // The page's ids first, then its columns: SQLite works out the columns below for every row it
  // sorts, so a filter that matches thousands of cases would otherwise pay for each of them.
  const ids = matched.ids
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(page.limit + 1)
    .as("page");

  // Left to itself, SQLite would walk every open assignment in due order (assignments_open_due), or
  // every open preservation task, for each case listed: 10,000 rows read per case at 10,000 open cases.
  const stageDueAt = sql<
    number | null
  >`(SELECT min(${assignments.dueAt}) FROM ${assignments} INDEXED BY assignments_case WHERE ${assignments.caseId} = ${cases.id} AND ${assignments.status} = 'open')`;
  const duplicates = sql<number>`(SELECT count(DISTINCT other.case_id) FROM person_keys AS mine JOIN person_keys AS other ON other.key_hash = mine.key_hash AND other.case_id <> mine.case_id WHERE mine.case_id = ${cases.id})`;
  // What a director's export adds: why it was declined, who reviewed it last, when it changed stage.
  const reasons = sql<string | null>`(SELECT group_concat(r.value, ';') FROM ${events} e
    LEFT JOIN ${decisions} d ON d.id = json_extract(e.data, '$.decisionId')
    JOIN json_each(coalesce(d.reason_codes, json_array(json_extract(e.data, '$.reason')))) r
    WHERE e.case_id = ${cases.id} AND e.type = 'declined' AND r.value IS NOT NULL)`;
  const reviewer = sql<string | null>`(SELECT r.name FROM ${assignments} a JOIN ${reviewers} r ON r.id = a.reviewer_id
    WHERE a.case_id = ${cases.id} AND a.kind = 'review' ORDER BY a.created_at DESC, a.id DESC LIMIT 1)`;
  const stageChanges = sql<string>`(SELECT json_group_array(json_array(e.type, e.created_at)) FROM ${events} e
    WHERE e.case_id = ${cases.id} AND e.type IN (${sql.join(
      stageEvents.map((t) => sql`${t}`),
      sql`, `,
    )}))`;
  const nextTask = sql<
    string | null
  >`(SELECT json_object('id', ${tasks.id}, 'title', ${tasks.title}, 'dueOn', ${tasks.dueOn}, 'assigneeId', ${tasks.assigneeId}) FROM ${tasks} WHERE ${tasks.caseId} = ${cases.id} AND ${tasks.doneAt} IS NULL ORDER BY ${tasks.dueOn}, ${tasks.id} LIMIT 1)`;
  const preservationDueOn = sql<
    string | null
  >`(SELECT ${tasks.dueOn} FROM ${tasks} INDEXED BY tasks_case_open WHERE ${tasks.caseId} = ${cases.id} AND ${tasks.kind} = 'evidence_preservation' AND ${tasks.doneAt} IS NULL)`;

  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      organization: organizations.slug,
      status: cases.status,
      source: cases.source,
      language: cases.language,
      application: cases.application,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      stageDueAt,
      duplicates,
      stuck: sql<number>`${notMoving(now)}`,
      reasons,
      reviewer,
      stageChanges,
      preservationDueOn,
      nextTask,
    })
    // CROSS JOIN: from the page to its cases. Otherwise SQLite, to keep the order without sorting,
    // walks every case newest first and looks each up in the page.
    .from(ids)
    .crossJoin(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, ids.id))
    .orderBy(desc(cases.createdAt), desc(cases.id));

  const last = rows[page.limit - 1];
  const nextCursor = rows.length > page.limit && last ? encodeCursor(last.createdAt.getTime(), last.id) : null;
  const shown = rows.slice(0, page.limit).map(({ nextTask: task, ...row }) => ({
    ...row,
    nextTask: task === null ? null : nextTaskSchema.parse(JSON.parse(task)),
  }));
  // Task titles are sealed: one read of the listed cases' keys opens them all.
  const ciphers = await caseCiphers(
    env,
    db,
    shown.flatMap((row) => (row.nextTask ? [row.id] : [])),
  );
  const opened = await Promise.all(
    shown.map(async (row) =>
      row.nextTask
        ? {
            ...row,
            nextTask: { ...row.nextTask, title: await openText(ciphers.get(row.id) ?? null, row.nextTask.title) },
          }
        : row,
    ),
  );
  return { rows: opened, nextCursor, now };
}

/** How many cases the queue's filters match as of `now`: what an export of them will hold. */
export async function countCases(
  env: Pick<Env, "PERSON_HASH_KEY">,
  db: Database,
  staff: Staff,
  filters: QueueFilters,
  now: number,
): Promise<number> {
  const matched = await matching(env, db, staff, filters, now);
  if (!matched) return 0;
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(matched.ids.as("matched"));
  return row?.count ?? 0;
}

/**
 * The ids of the cases the search and the filters match as of `now` (and `more` conditions), as a
 * query to order, page or count; null when the search holds nothing to look up.
 */
async function matching(
  env: Pick<Env, "PERSON_HASH_KEY">,
  db: Database,
  staff: Staff,
  filters: QueueFilters,
  now: number,
  more: (SQL | undefined)[] = [],
) {
  const found = filters.search
    ? searchResults(await searchHashes(env.PERSON_HASH_KEY, filters.search), staff.organizationId)
    : undefined;
  if (found === null) return null;
  const where = [...queueWhere(staff, filters, now), ...more];
  const select = db.select({ id: cases.id });
  // A search decides which cases are read: CROSS JOIN makes SQLite start from what it found (an index
  // lookup per term), where the planner, without statistics, would rather walk an organization's cases.
  const source = found
    ? select.from(sql`(${found}) AS found`).crossJoin(cases).$dynamic()
    : select.from(cases).$dynamic();
  if (found) where.push(sql`${cases.id} = found.case_id`);
  // Wrapped, or awaiting the promise would run the query.
  return {
    ids: source
      .innerJoin(organizations, eq(organizations.id, cases.organizationId))
      .where(and(...where))
      .$dynamic(),
  };
}

/** Whether a case's workflow does not run (never started, failed, given up on) while the case is open. */
const notMoving = (now: number) =>
  sql<boolean>`(${cases.workflowState} IN ('errored', 'stuck') OR (${cases.workflowState} = 'pending' AND ${cases.createdAt} < ${now - NOT_MOVING_AFTER_MS})) AND ${inArray(cases.status, [...openStatuses])}`;

/** The conditions of the queue's filters, on `cases` joined with its organization, as of `now`. */
function queueWhere(staff: Staff, filters: QueueFilters, now: number): (SQL | undefined)[] {
  const { weekEnd } = taskDays(now);
  // Each filter on another table names the cases it matches in one subquery, read once from that
  // table's index: asked case by case, SQLite would walk the index for every case it passes.
  const openTask = (condition: SQL | undefined) =>
    sql`${cases.id} IN (SELECT ${tasks.caseId} FROM ${tasks} WHERE ${tasks.doneAt} IS NULL AND ${condition})`;
  return [
    staff.organizationId ? eq(cases.organizationId, staff.organizationId) : undefined,
    filters.organization ? eq(organizations.slug, filters.organization) : undefined,
    filters.status?.length ? inArray(cases.status, filters.status) : undefined,
    filters.overdue
      ? sql`${cases.id} IN (SELECT ${assignments.caseId} FROM ${assignments} WHERE ${assignments.status} = 'open' AND ${assignments.dueAt} < ${now})`
      : undefined,
    filters.reviewerId
      ? sql`${cases.id} IN (SELECT ${assignments.caseId} FROM ${assignments} WHERE ${assignments.reviewerId} = ${filters.reviewerId})`
      : undefined,
    filters.stuck ? notMoving(now) : undefined,
    filters.submittedFrom ? gte(cases.createdAt, new Date(filters.submittedFrom)) : undefined,
    filters.submittedTo ? lt(cases.createdAt, new Date(Date.parse(filters.submittedTo) + DAY_MS)) : undefined,
    filters.receivedBy !== undefined ? lte(cases.createdAt, new Date(filters.receivedBy)) : undefined,
    filters.tasksOf ? openTask(myTasks(filters.tasksOf)) : undefined,
    filters.dueThisWeek ? openTask(lte(tasks.dueOn, weekEnd)) : undefined,
    filters.preservation ? openTask(eq(tasks.kind, "evidence_preservation")) : undefined,
  ];
}

const nextTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string(),
  assigneeId: z.string().nullable(),
});

function encodeCursor(createdAt: number, id: string): string {
  return btoa(`${createdAt}:${id}`).replaceAll("=", "");
}

/** A cursor that does not decode is ignored rather than trusted: it only ever narrows the query. */
export function decodeCursor(cursor: string): { createdAt: number; id: string } | undefined {
  try {
    const [createdAt, id] = atob(cursor).split(":");
    if (!id || !/^\d+$/.test(createdAt ?? "")) return undefined;
    return { createdAt: Number(createdAt), id };
  } catch {
    return undefined;
  }
}
