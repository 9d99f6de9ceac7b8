import { and, asc, between, eq, inArray, isNull, lt, notExists, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { casesOfPerson } from "../db/queries/person";
import {
  assignments,
  attachments,
  capabilityTokens,
  caseKeys,
  cases,
  contacts,
  correspondence,
  decisions,
  devMailbox,
  drafts,
  events,
  finalStatuses,
  notes,
  notifications,
  organizationEvents,
  organizations,
  personKeys,
  responses,
  screenings,
  searchTerms,
  staffMessages,
  tasks,
  uploadJournal,
  webhookDeliveries,
} from "../db/schema";
import { canSeeOrganization, type Staff } from "../lib/staff-auth";
import { DAY_MS } from "../lib/tokens";
import { withdrawArchivesOf } from "./export-zip";
import { stopWorkflow } from "./workflow";

/**
 * Held files whose draft is gone (a form sent before drafts were kept, or a draft removed while a
 * post was storing a file) are removed after this long. A draft's own files go with the draft.
 */
const HELD_UPLOAD_DAYS = 7;
/**
 * A request stores a file and writes its row (or finishes its upload) within minutes; a file or an
 * upload still unaccounted for after this was left by one that was stopped.
 */
const UPLOAD_GRACE_MS = DAY_MS;
/** Rows handled per statement by the sweeps: well under D1's 100 bound parameters. */
const SWEEP_BATCH = 50;
/** R2 objects per listed page (R2's own maximum). */
const LIST_PAGE = 1000;
/** Every key this app writes to R2 starts with it (`src/lib/uploads.ts`). */
const ATTACHMENT_PREFIX = "attachments/";

export type PurgeReason = "retention" | "erasure";

/**
 * Removes a case and everything about it: its files in R2, its rows in every table (people,
 * links, messages, decisions, answers, screening, duplicate and search hashes, its data key) and its event
 * log. What stays is one line in the organization's log, with the case id and the counts only.
 * Its workflow is stopped first, and any export's ZIP holding it goes. Running it again for a
 * purged case does nothing.
 */
export async function purgeCase(env: Env, db: Database, caseId: string, reason: PurgeReason, actor: string) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  if (!kase) return null;
  await stopWorkflow(env, caseId);
  await withdrawArchivesOf(env, db, caseId);
  const files = await db.query.attachments.findMany({ where: eq(attachments.caseId, caseId) });
  for (const file of files) await env.ATTACHMENTS.delete(file.r2Key);
  const sent = await db.query.notifications.findMany({
    where: eq(notifications.caseId, caseId),
    columns: { id: true },
  });
  const counts = { attachments: files.length, notifications: sent.length };

  // One transaction, children before parents (D1 enforces the foreign keys).
  await db.batch([
    db
      .delete(devMailbox)
      .where(sql`${devMailbox.notificationId} IN (SELECT id FROM notifications WHERE case_id = ${caseId})`),
    db.delete(capabilityTokens).where(eq(capabilityTokens.caseId, caseId)),
    db.delete(notifications).where(eq(notifications.caseId, caseId)),
    db.delete(decisions).where(eq(decisions.caseId, caseId)),
    db.delete(responses).where(eq(responses.caseId, caseId)),
    db.delete(assignments).where(eq(assignments.caseId, caseId)),
    db.delete(screenings).where(eq(screenings.caseId, caseId)),
    db.delete(personKeys).where(eq(personKeys.caseId, caseId)),
    db.delete(searchTerms).where(eq(searchTerms.caseId, caseId)),
    db.delete(caseKeys).where(eq(caseKeys.caseId, caseId)),
    db.delete(attachments).where(eq(attachments.caseId, caseId)),
    db.delete(webhookDeliveries).where(eq(webhookDeliveries.caseId, caseId)),
    db.delete(correspondence).where(eq(correspondence.caseId, caseId)),
    db.delete(staffMessages).where(eq(staffMessages.caseId, caseId)),
    db.delete(notes).where(eq(notes.caseId, caseId)),
    db.delete(tasks).where(eq(tasks.caseId, caseId)),
    db.delete(events).where(eq(events.caseId, caseId)),
    db.delete(contacts).where(eq(contacts.caseId, caseId)),
    db.delete(cases).where(eq(cases.id, caseId)),
    db.insert(organizationEvents).values({
      organizationId: kase.organizationId,
      type: "case_purged",
      actor,
      data: { caseId, reason, status: kase.status, ...counts },
    }),
  ]);
  // Again, for a person's ZIP whose first step listed this case while it was being purged.
  await withdrawArchivesOf(env, db, caseId);
  return counts;
}

/** Cases purged per daily run: each purge is a few statements, and a backlog clears over days. */
export const PURGE_BATCH = 50;
/**
 * Erases every case of the person `caseId` is about that `staff` may see (all of them for network
 * staff), each as `purgeCase` does. Cases of the person at other organizations stay, counted in
 * `elsewhere`, for their own staff (or network staff) to erase.
 */
export async function erasePerson(env: Env, db: Database, staff: Staff, caseId: string) {
  const person = await casesOfPerson(db, caseId);
  const mine = person.filter((kase) => canSeeOrganization(staff, kase.organizationId));
  let attachments = 0;
  for (const kase of mine) attachments += (await purgeCase(env, db, kase.id, "erasure", staff.actor))?.attachments ?? 0;
  return { erased: mine.map((kase) => kase.id), elsewhere: person.length - mine.length, attachments };
}

/** Cases whose retention period, counted from when they ended, is over. */
export async function expiredCases(db: Database, now = Date.now(), limit = PURGE_BATCH): Promise<string[]> {
  // One range per final status, each bounded by its organization's retention for that status, so
  // the (organization, status, updated_at) index finds them without reading the cases kept (CROSS
  // JOIN keeps organizations first: without statistics, SQLite would rather read every case).
  const perStatus = finalStatuses.map(
    (status) =>
      sql`SELECT ${cases.id} AS id, ${cases.updatedAt} AS updated_at FROM ${organizations} CROSS JOIN ${cases} ON ${cases.organizationId} = ${organizations.id} AND ${cases.status} = ${status} AND ${cases.updatedAt} < ${now} - json_extract(${organizations.retentionDays}, ${`$.${status}`}) * ${DAY_MS}`,
  );
  const rows = await db.all<{ id: string }>(
    sql`SELECT id FROM (${sql.join(perStatus, sql` UNION ALL `)}) ORDER BY updated_at LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

/** Held files that no draft keeps, past their wait: one batch; `more` when a full batch went. */
export async function purgeHeldUploads(
  env: Env,
  db: Database,
  now: number,
): Promise<{ removed: number; more: boolean }> {
  const stale = await db
    .select({ id: attachments.id, r2Key: attachments.r2Key })
    .from(attachments)
    .where(
      and(
        isNull(attachments.caseId),
        lt(attachments.createdAt, new Date(now - HELD_UPLOAD_DAYS * DAY_MS)),
        notExists(db.select({ id: drafts.id }).from(drafts).where(eq(drafts.id, attachments.draftId))),
      ),
    )
    .limit(SWEEP_BATCH);
  if (stale.length === 0) return { removed: 0, more: false };
  // Rows first, and only files whose row went: one claimed by a retry meanwhile stays. A file
  // whose delete fails is then unreferenced, and the orphan sweep takes it.
  const removed = await db
    .delete(attachments)
    .where(
      and(
        inArray(
          attachments.id,
          stale.map((file) => file.id),
        ),
        isNull(attachments.caseId),
      ),
    )
    .returning({ r2Key: attachments.r2Key });
  if (removed.length > 0) await env.ATTACHMENTS.delete(removed.map((file) => file.r2Key));
  return { removed: removed.length, more: stale.length === SWEEP_BATCH };
}

/**
 * Multipart uploads still in the journal a day after they started: the request that sent them was
 * stopped (a crash, a client gone) before it could complete or abort them. Each is aborted and
 * whatever it stored removed, unless an attachment row refers to its key (it completed and only the
 * journal was not closed); then its journal row is closed. An abort R2 refuses (the upload is
 * already gone, or R2 failed) is counted: the bucket's lifecycle rule aborts what is left.
 */
export async function sweepUploadJournal(
  env: Env,
  db: Database,
  now: number,
): Promise<{ aborted: number; abortFailed: number; more: boolean }> {
  const swept = { aborted: 0, abortFailed: 0, more: false };
  const stale = await db
    .select()
    .from(uploadJournal)
    .where(lt(uploadJournal.startedAt, new Date(now - UPLOAD_GRACE_MS)))
    .orderBy(asc(uploadJournal.startedAt))
    .limit(SWEEP_BATCH);
  if (stale.length === 0) return swept;
  const keys = stale.map((row) => row.r2Key);
  const claimed = await attachmentKeys(db, inArray(attachments.r2Key, keys));
  const unclaimed = stale.filter((row) => !claimed.has(row.r2Key));
  for (const row of unclaimed) {
    try {
      await env.ATTACHMENTS.resumeMultipartUpload(row.r2Key, row.uploadId).abort();
      swept.aborted += 1;
    } catch {
      swept.abortFailed += 1;
    }
  }
  if (unclaimed.length > 0) await env.ATTACHMENTS.delete(unclaimed.map((row) => row.r2Key));
  await db.delete(uploadJournal).where(inArray(uploadJournal.r2Key, keys));
  return { ...swept, more: stale.length === SWEEP_BATCH };
}

/**
 * Files in R2 that no attachment row refers to, a day after they were written: left by a request
 * stopped between storing a file and writing its row. The bucket is listed page by page, and each
 * page is checked with one read of the attachment keys in its range, so no statement binds more
 * than two values whatever the page size.
 */
export async function sweepOrphanFiles(
  env: Env,
  db: Database,
  now: number,
  cursor: string | null,
): Promise<{ removed: number; cursor: string | null }> {
  const page = await env.ATTACHMENTS.list({ prefix: ATTACHMENT_PREFIX, cursor: cursor ?? undefined, limit: LIST_PAGE });
  const next = page.truncated ? page.cursor : null;
  const old = page.objects.filter((object) => object.uploaded.getTime() < now - UPLOAD_GRACE_MS).map((o) => o.key);
  if (old.length === 0) return { removed: 0, cursor: next };
  const sorted = [...old].sort();
  const referenced = await attachmentKeys(db, between(attachments.r2Key, sorted[0] ?? "", sorted.at(-1) ?? ""));
  const orphans = old.filter((key) => !referenced.has(key));
  if (orphans.length > 0) await env.ATTACHMENTS.delete(orphans);
  return { removed: orphans.length, cursor: next };
}

async function attachmentKeys(db: Database, where: SQL): Promise<Set<string>> {
  const rows = await db.select({ r2Key: attachments.r2Key }).from(attachments).where(where);
  return new Set(rows.map((row) => row.r2Key));
}

/**
 * Starts the daily job (workflows/daily-job.ts) for one firing of its cron: a workflow, so that
 * each case purged and each batch of files is its own small step within the platform's limits,
 * and the job picks up where it stopped after a failure. A second delivery of the same firing
 * finds the instance already there.
 */
export async function startDailyJob(env: Env, scheduledTime: number): Promise<void> {
  try {
    await env.DAILY_JOB.create({ id: dailyJobId(scheduledTime), params: { now: scheduledTime } });
  } catch (error) {
    if (!String(error).includes("already_exists")) throw error;
  }
}

export function dailyJobId(scheduledTime: number): string {
  return `daily-${scheduledTime}`;
}
