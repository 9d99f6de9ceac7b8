import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import * as z from "zod";
import { NOT_MOVING_AFTER_MS } from "../../cases/sweep";
import { openStatuses } from "../../cases/transitions";
import { caseCiphers, openText } from "../../lib/sealing";
import { type SearchQuery, searchHashes } from "../../lib/search-terms";
import type { Staff } from "../../lib/staff-auth";
import { DAY_MS } from "../../lib/tokens";
import { type Database, inListChunks } from "../client";
import {
  assignments,
  type CaseStatus,
  cases,
  contacts,
  criteriaVersions,
  decisions,
  events,
  notifications,
  organizations,
  personKeys,
  reviewers,
  screenings,
  tasks,
} from "../schema";
import { searchResults } from "./case-search";
import { loadCaseView } from "./case-view";
import { loadDesk } from "./desk";

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

/**
 * One page of the case queue, newest first, with what an intake coordinator scans for: where each
 * case stands, when its current stage is due, and whether its person applied before.
 * The cursor is opaque to clients: the last item's submission time and id. `now` is the moment
 * the overdue filter used, for telling which cases are overdue.
 */
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

export async function listCases(
  env: Pick<Env, "DATA_KEYS" | "PERSON_HASH_KEY">,
  db: Database,
  staff: Staff,
  filters: QueueFilters,
  page: { limit: number; cursor?: string; now?: number },
) {
  const now = page.now ?? Date.now();
  // Left to itself, SQLite takes the minimum by walking every open assignment in due order
  // (assignments_open_due) for each case listed: 10,000 rows read per case at 10,000 open cases.
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
  >`(SELECT ${tasks.dueOn} FROM ${tasks} WHERE ${tasks.caseId} = ${cases.id} AND ${tasks.kind} = 'evidence_preservation' AND ${tasks.doneAt} IS NULL)`;

  const found = filters.search
    ? searchResults(await searchHashes(env.PERSON_HASH_KEY, filters.search), staff.organizationId)
    : undefined;
  if (found === null) return { rows: [], nextCursor: null, now };

  const where = queueWhere(staff, filters, now);
  if (found) where.push(sql`${cases.id} = found.case_id`);
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  if (after) {
    where.push(
      or(
        lt(cases.createdAt, new Date(after.createdAt)),
        and(eq(cases.createdAt, new Date(after.createdAt)), lt(cases.id, after.id)),
      ),
    );
  }

  const select = db.select({
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
  });
  // A search decides which cases are read: CROSS JOIN makes SQLite start from what it found (an index
  // lookup per term), where the planner, without statistics, would rather walk an organization's cases.
  const source = found
    ? select.from(sql`(${found}) AS found`).crossJoin(cases).$dynamic()
    : select.from(cases).$dynamic();
  const rows = await source
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(and(...where))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(page.limit + 1);

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

/** Whether a case's workflow does not run (never started, failed, given up on) while the case is open. */
const notMoving = (now: number) =>
  sql<boolean>`(${cases.workflowState} IN ('errored', 'stuck') OR (${cases.workflowState} = 'pending' AND ${cases.createdAt} < ${now - NOT_MOVING_AFTER_MS})) AND ${inArray(cases.status, [...openStatuses])}`;

/** The conditions of the queue's filters, on `cases` joined with its organization, as of `now`. */
function queueWhere(staff: Staff, filters: QueueFilters, now: number): (SQL | undefined)[] {
  const { weekEnd } = taskDays(now);
  const openTask = (condition: SQL | undefined) =>
    sql`EXISTS (SELECT 1 FROM ${tasks} WHERE ${tasks.caseId} = ${cases.id} AND ${tasks.doneAt} IS NULL AND ${condition})`;
  return [
    staff.organizationId ? eq(cases.organizationId, staff.organizationId) : undefined,
    filters.organization ? eq(organizations.slug, filters.organization) : undefined,
    filters.status?.length ? inArray(cases.status, filters.status) : undefined,
    filters.overdue
      ? sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.caseId} = ${cases.id} AND ${assignments.status} = 'open' AND ${assignments.dueAt} < ${now})`
      : undefined,
    filters.reviewerId
      ? sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.caseId} = ${cases.id} AND ${assignments.reviewerId} = ${filters.reviewerId})`
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

/** How many cases the queue's filters match as of `now`: what an export of them will hold. */
export async function countCases(
  env: Pick<Env, "PERSON_HASH_KEY">,
  db: Database,
  staff: Staff,
  filters: QueueFilters,
  now: number,
): Promise<number> {
  const found = filters.search
    ? searchResults(await searchHashes(env.PERSON_HASH_KEY, filters.search), staff.organizationId)
    : undefined;
  if (found === null) return 0;
  const where = queueWhere(staff, filters, now);
  if (found) where.push(sql`${cases.id} = found.case_id`);
  const select = db.select({ count: sql<number>`count(*)` });
  const source = found
    ? select.from(sql`(${found}) AS found`).crossJoin(cases).$dynamic()
    : select.from(cases).$dynamic();
  const [row] = await source.innerJoin(organizations, eq(organizations.id, cases.organizationId)).where(and(...where));
  return row?.count ?? 0;
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

/**
 * A case as link pages see it, and everything else staff work from: people, every screening, who
 * was asked, and the desk's records (correspondence in and out), sealed text opened.
 */
export async function loadStaffCase(env: Pick<Env, "DATA_KEYS">, db: Database, caseId: string) {
  const view = await loadCaseView(env, db, caseId);
  if (!view) return undefined;
  const [people, screened, asked, desk] = await Promise.all([
    db.query.contacts.findMany({ where: eq(contacts.caseId, caseId), orderBy: asc(contacts.createdAt) }),
    db
      .select({ screening: screenings, version: criteriaVersions.version, organization: organizations.slug })
      .from(screenings)
      .innerJoin(organizations, eq(organizations.id, screenings.organizationId))
      .leftJoin(criteriaVersions, eq(criteriaVersions.id, screenings.criteriaVersionId))
      .where(eq(screenings.caseId, caseId))
      .orderBy(asc(screenings.createdAt)),
    db.query.assignments.findMany({
      where: eq(assignments.caseId, caseId),
      orderBy: [asc(assignments.createdAt), asc(assignments.id)],
    }),
    loadDesk(env, db, caseId),
  ]);
  return { ...view, contacts: people, screenings: screened, assignments: asked, ...desk };
}

export type StaffCase = NonNullable<Awaited<ReturnType<typeof loadStaffCase>>>;

export type DuplicateMatch = Awaited<ReturnType<typeof possibleDuplicates>>[number];

/** Other cases about the same person (a shared keyed hash), here or at another member, with what matched. */
export async function possibleDuplicates(db: Database, caseId: string) {
  const mine = await db.select({ keyHash: personKeys.keyHash }).from(personKeys).where(eq(personKeys.caseId, caseId));
  return casesSharingKeys(
    db,
    mine.map((k) => k.keyHash),
    caseId,
  );
}

/**
 * The cases whose person has one of `keyHashes` (see src/lib/person-keys.ts), oldest first, each
 * with what matched: the duplicates of a case, or of an application before it is saved.
 */
export async function casesSharingKeys(db: Database, keyHashes: string[], exceptCaseId?: string) {
  if (keyHashes.length === 0) return [];
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      status: cases.status,
      createdAt: cases.createdAt,
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      kind: personKeys.kind,
    })
    .from(personKeys)
    .innerJoin(cases, eq(cases.id, personKeys.caseId))
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(
      and(
        inArray(personKeys.keyHash, keyHashes),
        exceptCaseId === undefined ? undefined : sql`${personKeys.caseId} <> ${exceptCaseId}`,
      ),
    )
    .orderBy(asc(cases.createdAt));
  const byCase = new Map<string, { row: (typeof rows)[number]; matchedOn: (typeof rows)[number]["kind"][] }>();
  for (const row of rows) {
    const seen = byCase.get(row.caseId);
    if (seen) seen.matchedOn.push(row.kind);
    else byCase.set(row.caseId, { row, matchedOn: [row.kind] });
  }
  return [...byCase.values()];
}

/**
 * Everyone a case's records name by id — its contacts, reviewers, organizations, and each message's
 * recipient — so the timeline and the messages can say who, by role and name.
 */
export async function casePeople(db: Database, caseId: string) {
  const [people, sent, logged, organizationRows] = await Promise.all([
    db.query.contacts.findMany({ where: eq(contacts.caseId, caseId) }),
    db
      .select({
        id: notifications.id,
        contactId: notifications.contactId,
        reviewerId: notifications.reviewerId,
        organizationId: notifications.organizationId,
      })
      .from(notifications)
      .where(eq(notifications.caseId, caseId)),
    db.select({ data: events.data }).from(events).where(eq(events.caseId, caseId)),
    db.select({ id: organizations.id, name: organizations.name }).from(organizations),
  ]);
  const reviewerIds = new Set(sent.flatMap((n) => (n.reviewerId ? [n.reviewerId] : [])));
  for (const { data } of logged) if (typeof data?.reviewerId === "string") reviewerIds.add(data.reviewerId);
  const reviewerNames = new Map<string, string>();
  for (const ids of inListChunks([...reviewerIds])) {
    const rows = await db
      .select({ id: reviewers.id, name: reviewers.name })
      .from(reviewers)
      .where(inArray(reviewers.id, ids));
    for (const r of rows) reviewerNames.set(r.id, r.name);
  }
  const named = (role: string, name: string | undefined) => (name === undefined ? undefined : { role, name });
  const contactsById = new Map(people.map((p) => [p.id, { role: p.role, name: p.name || (p.email ?? "") }]));
  const organizationsById = new Map(organizationRows.map((o) => [o.id, o.name]));
  const person = {
    contact: (id: string) => contactsById.get(id),
    reviewer: (id: string) => named("reviewer", reviewerNames.get(id)),
    organization: (id: string) => named("organization", organizationsById.get(id)),
  };
  const recipients = new Map(
    sent.map((n) => [
      n.id,
      n.contactId
        ? person.contact(n.contactId)
        : n.reviewerId
          ? person.reviewer(n.reviewerId)
          : person.organization(n.organizationId ?? ""),
    ]),
  );
  return { ...person, recipient: (notificationId: string) => recipients.get(notificationId) };
}

export type CasePeople = Awaited<ReturnType<typeof casePeople>>;

export function caseEvents(db: Database, caseId: string) {
  return db.query.events.findMany({ where: eq(events.caseId, caseId), orderBy: asc(events.id) });
}

export function caseNotifications(db: Database, caseId: string) {
  return db.query.notifications.findMany({
    where: eq(notifications.caseId, caseId),
    orderBy: [asc(notifications.createdAt), asc(notifications.id)],
  });
}
