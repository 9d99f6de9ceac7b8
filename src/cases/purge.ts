import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { createDb, type Database } from "../db/client";
import {
  assignments,
  attachments,
  capabilityTokens,
  caseKeys,
  cases,
  contacts,
  decisions,
  devMailbox,
  events,
  type FinalStatus,
  finalStatuses,
  notifications,
  organizationEvents,
  organizations,
  personKeys,
  responses,
  screenings,
} from "../db/schema";
import { rewrapCaseKeys } from "../lib/sealing";
import { DAY_MS } from "../lib/tokens";
import { stopWorkflow } from "./workflow";

/** Files kept for a form that failed validation wait this long for the corrected retry. */
const HELD_UPLOAD_DAYS = 7;

export type PurgeReason = "retention" | "erasure";

/**
 * Removes a case and everything about it: its files in R2, its rows in every table (people,
 * links, messages, decisions, answers, screening, duplicate hashes, its data key) and its event
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
    db.delete(caseKeys).where(eq(caseKeys.caseId, caseId)),
    db.delete(attachments).where(eq(attachments.caseId, caseId)),
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

/** Files held for a form that was never completed, past their wait. */
async function purgeHeldUploads(env: Env, db: Database, now: number): Promise<number> {
  const stale = await db.query.attachments.findMany({
    where: and(isNull(attachments.caseId), lt(attachments.createdAt, new Date(now - HELD_UPLOAD_DAYS * DAY_MS))),
  });
  for (const file of stale) await env.ATTACHMENTS.delete(file.r2Key);
  if (stale.length > 0)
    await db.delete(attachments).where(
      inArray(
        attachments.id,
        stale.map((f) => f.id),
      ),
    );
  return stale.length;
}

/**
 * The daily maintenance of the scheduled handler: purge cases past retention and abandoned
 * uploads, and re-wrap data keys after a key rotation. Logs counts only.
 */
export async function runMaintenance(env: Env, now = Date.now()) {
  const db = createDb(env);
  const expired = await expiredCases(db, now);
  for (const caseId of expired) await purgeCase(env, db, caseId, "retention", "system");
  const heldUploads = await purgeHeldUploads(env, db, now);
  const rewrapped = await rewrapCaseKeys(env, db);
  console.log(`maintenance: purged ${expired.length} cases, ${heldUploads} held uploads; re-wrapped ${rewrapped} keys`);
  return { purgedCases: expired.length, heldUploads, rewrapped };
}
