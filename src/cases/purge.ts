import { and, asc, between, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { createDb, type Database } from "../db/client";
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
  events,
  type FinalStatus,
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
} from "../db/schema";
import { rewrapCaseKeys } from "../lib/sealing";
import { DAY_MS } from "../lib/tokens";
import { alertOverdueTasks } from "./notes-and-tasks";
import { indexStaleCases } from "./search-index";
import { stopWorkflow } from "./workflow";

/** Files kept for a form that failed validation wait this long for the corrected retry. */
const HELD_UPLOAD_DAYS = 7;
/**
 * A request stores a file and writes its row (or finishes its upload) within minutes; a file or an
 * upload still unaccounted for after this was left by one that was stopped.
 */
const UPLOAD_GRACE_MS = DAY_MS;
/** Rows handled per statement by the sweeps: well under D1's 100 bound parameters. */
const SWEEP_BATCH = 50;
/** Batches of cases the daily job gives search terms per run (cases made before the search, or a new version). */
const INDEX_BATCHES = 20;
/** R2 objects per listed page (R2's own maximum). */
const LIST_PAGE = 1000;
/** Every key this app writes to R2 starts with it (`src/lib/uploads.ts`). */
const ATTACHMENT_PREFIX = "attachments/";

export type PurgeReason = "retention" | "erasure";

/**
 * Removes a case and everything about it: its files in R2, its rows in every table (people,
 * links, messages, decisions, answers, screening, duplicate and search hashes, its data key) and its event
 * log. What stays is one line in the organization's log, with the case id and the counts only.
 * Its workflow is stopped first. Running it again for a purged case does nothing.
 */
export async function purgeCase(env: Env, db: Database, caseId: string, reason: PurgeReason, actor: string) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  if (!kase) return null;
  await stopWorkflow(env, caseId);
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
  return counts;
}

/** Cases whose retention period, counted from when they ended, is over. */
export async function expiredCases(db: Database, now = Date.now()): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id, status: cases.status, updatedAt: cases.updatedAt, retention: organizations.retentionDays })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(inArray(cases.status, [...finalStatuses]));
  return rows
    .filter((row) => {
      const days = row.retention[row.status as FinalStatus];
      return typeof days === "number" && row.updatedAt.getTime() + days * DAY_MS < now;
    })
    .map((row) => row.id);
}

/** Files held for a form that was never completed, past their wait; a few at a time. */
async function purgeHeldUploads(env: Env, db: Database, now: number): Promise<number> {
  let purged = 0;
  for (;;) {
    const stale = await db
      .select({ id: attachments.id, r2Key: attachments.r2Key })
      .from(attachments)
      .where(and(isNull(attachments.caseId), lt(attachments.createdAt, new Date(now - HELD_UPLOAD_DAYS * DAY_MS))))
      .limit(SWEEP_BATCH);
    if (stale.length === 0) return purged;
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
    if (removed.length === 0) return purged;
    await env.ATTACHMENTS.delete(removed.map((file) => file.r2Key));
    purged += removed.length;
  }
}

/**
 * Multipart uploads still in the journal a day after they started: the request that sent them was
 * stopped (a crash, a client gone) before it could complete or abort them. Each is aborted and
 * whatever it stored removed, unless an attachment row refers to its key (it completed and only the
 * journal was not closed); then its journal row is closed. An abort R2 refuses (the upload is
 * already gone, or R2 failed) is counted: the bucket's lifecycle rule aborts what is left.
 */
async function sweepUploadJournal(env: Env, db: Database, now: number) {
  const swept = { aborted: 0, abortFailed: 0 };
  for (;;) {
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
  }
}

/**
 * Files in R2 that no attachment row refers to, a day after they were written: left by a request
 * stopped between storing a file and writing its row. The bucket is listed page by page, and each
 * page is checked with one read of the attachment keys in its range, so no statement binds more
 * than two values whatever the page size.
 */
async function sweepOrphanFiles(env: Env, db: Database, now: number): Promise<number> {
  let removed = 0;
  let cursor: string | undefined;
  do {
    const page = await env.ATTACHMENTS.list({ prefix: ATTACHMENT_PREFIX, cursor, limit: LIST_PAGE });
    cursor = page.truncated ? page.cursor : undefined;
    const old = page.objects.filter((object) => object.uploaded.getTime() < now - UPLOAD_GRACE_MS).map((o) => o.key);
    if (old.length === 0) continue;
    const sorted = [...old].sort();
    const referenced = await attachmentKeys(db, between(attachments.r2Key, sorted[0] ?? "", sorted.at(-1) ?? ""));
    const orphans = old.filter((key) => !referenced.has(key));
    if (orphans.length > 0) await env.ATTACHMENTS.delete(orphans);
    removed += orphans.length;
  } while (cursor);
  return removed;
}

async function attachmentKeys(db: Database, where: SQL): Promise<Set<string>> {
  const rows = await db.select({ r2Key: attachments.r2Key }).from(attachments).where(where);
  return new Set(rows.map((row) => row.r2Key));
}

/**
 * The daily maintenance of the scheduled handler: purge cases past retention, abandoned held
 * files, cut-off uploads and unreferenced files, re-wrap data keys after a key rotation, alert
 * the intake teams about overdue tasks, and write the search terms of cases that lack them. Logs
 * counts only.
 */
export async function runMaintenance(env: Env, now = Date.now()) {
  const db = createDb(env);
  const expired = await expiredCases(db, now);
  for (const caseId of expired) await purgeCase(env, db, caseId, "retention", "system");
  const heldUploads = await purgeHeldUploads(env, db, now);
  const journal = await sweepUploadJournal(env, db, now);
  const orphanFiles = await sweepOrphanFiles(env, db, now);
  const rewrapped = await rewrapCaseKeys(env, db);
  const overdueTasks = await alertOverdueTasks(env, db, now);
  let searchIndexed = 0;
  for (let batch = 0, more = true; more && batch < INDEX_BATCHES; batch++) {
    const run = await indexStaleCases(env, db);
    searchIndexed += run.indexed;
    more = run.more;
  }
  console.log(
    `maintenance: purged ${expired.length} cases, ${heldUploads} held uploads; aborted ${journal.aborted} cut-off uploads (${journal.abortFailed} refused); removed ${orphanFiles} unreferenced files; re-wrapped ${rewrapped} keys; alerted ${overdueTasks} overdue tasks; indexed ${searchIndexed} cases for search`,
  );
  return {
    purgedCases: expired.length,
    heldUploads,
    cutOffUploads: journal,
    orphanFiles,
    rewrapped,
    overdueTasks,
    searchIndexed,
  };
}
