import { and, eq, isNull, lt } from "drizzle-orm";
import type { Database } from "../db/client";
import { taskDays } from "../db/queries/queue";
import { cases, notes, staff as staffTable, tasks } from "../db/schema";
import { refused } from "../errors";
import { caseCipher } from "../lib/sealing";
import { canSeeOrganization, type Staff } from "../lib/staff-auth";
import { recordEvent, recordEventIfChanged } from "./events";
import { deliverMessage } from "./messages/deliver";
import { alertStaff } from "./steps/alerts";
import { commit } from "./transitions";

/**
 * The intake team's own working records on a case: internal notes (sealed, never shown outside
 * the staff side) and tasks with a due day and an assignee among the staff. The event log holds
 * their ids and days only.
 */

type Context = { env: Env; db: Database; staff: Staff };

async function cipherOf(ctx: Context, caseId: string) {
  const cipher = await caseCipher(ctx.env, ctx.db, caseId);
  if (!cipher) throw refused("conflict", (t) => t.erasedNothingAdded);
  return cipher;
}

export async function addNote(ctx: Context, caseId: string, body: string): Promise<{ id: string }> {
  const { db } = ctx;
  const cipher = await cipherOf(ctx, caseId);
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(notes).values({ id, caseId, body: await cipher.seal(body), writtenBy: ctx.staff.actor }),
    recordEvent(db, caseId, { type: "note_added", actor: ctx.staff.actor, data: { noteId: id } }),
  ]);
  return { id };
}

export type NewTask = { title: string; dueOn: string; assigneeId?: string };

/** The assignee must be active staff who can see the case: of its organization, or network staff. */
async function checkAssignee(db: Database, caseId: string, assigneeId: string) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId), columns: { organizationId: true } });
  const member = await db.query.staff.findFirst({ where: eq(staffTable.id, assigneeId) });
  if (
    !kase ||
    !member?.active ||
    !canSeeOrganization({ actor: "", id: member.id, organizationId: member.organizationId }, kase.organizationId)
  )
    throw refused("invalid_request", (t) => t.chooseStaff, [
      { path: "assigneeId", message: "Not active staff of this case's organization or of the network." },
    ]);
}

/** A task on the case; without an assignee it is the caller's own (unless they are the API token). */
export async function addTask(ctx: Context, caseId: string, input: NewTask): Promise<{ id: string }> {
  const { db } = ctx;
  const assigneeId = input.assigneeId ?? ctx.staff.id ?? null;
  if (assigneeId) await checkAssignee(db, caseId, assigneeId);
  const cipher = await cipherOf(ctx, caseId);
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(tasks).values({
      id,
      caseId,
      title: await cipher.seal(input.title),
      dueOn: input.dueOn,
      assigneeId,
      createdBy: ctx.staff.actor,
    }),
    recordEvent(db, caseId, {
      type: "task_added",
      actor: ctx.staff.actor,
      data: { taskId: id, dueOn: input.dueOn, assigneeId },
    }),
  ]);
  return { id };
}

export type TaskChanges = { done?: boolean; title?: string; dueOn?: string; assigneeId?: string | null };

/**
 * Marks a task done (or not done again) and changes its title, day or assignee. Marking done is a
 * compare-and-set on the task being open, so two people ticking it at once record it once.
 */
export async function changeTask(ctx: Context, task: typeof tasks.$inferSelect, changes: TaskChanges) {
  const { db } = ctx;
  if (changes.assigneeId) await checkAssignee(db, task.caseId, changes.assigneeId);
  const set: Partial<typeof tasks.$inferInsert> = {};
  if (changes.title !== undefined) set.title = await (await cipherOf(ctx, task.caseId)).seal(changes.title);
  if (changes.dueOn !== undefined) set.dueOn = changes.dueOn;
  if (changes.assigneeId !== undefined) set.assigneeId = changes.assigneeId;
  const closing = changes.done === true && task.doneAt === null;
  const reopening = changes.done === false && task.doneAt !== null;
  if (closing) Object.assign(set, { doneAt: new Date(), doneBy: ctx.staff.actor });
  if (reopening) Object.assign(set, { doneAt: null, doneBy: null });
  if (Object.keys(set).length === 0) return;
  const type = closing ? "task_done" : reopening ? "task_reopened" : "task_changed";
  const fields = Object.keys(changes).join(",");
  const changed = await commit(db, [
    db
      .update(tasks)
      .set(set)
      .where(and(eq(tasks.id, task.id), task.doneAt === null ? isNull(tasks.doneAt) : eq(tasks.doneAt, task.doneAt))),
    recordEventIfChanged(db, task.caseId, { type, actor: ctx.staff.actor, data: { taskId: task.id, fields } }),
  ]);
  if (!changed) throw refused("conflict", (t) => t.taskChanged);
}

/** Overdue tasks alerted per step of the daily job: each alert is a few queries and one email. */
const OVERDUE_ALERTS_PER_BATCH = 5;

/**
 * The daily job's alert, one batch: the intake address of each task's organization hears once
 * about every task past its day and not done, with the day and the assignee (not the title, which
 * is sealed). Marking a task alerted is a compare-and-set, so two runs at once send one alert.
 */
export async function alertOverdueTasks(
  env: Env,
  db: Database,
  now: number,
): Promise<{ alerted: number; more: boolean }> {
  const { today } = taskDays(now);
  const overdue = await db
    .select({ id: tasks.id, caseId: tasks.caseId })
    .from(tasks)
    .where(
      and(
        // Preservation letters have reminders of their own, every week (src/cases/preservation.ts).
        eq(tasks.kind, "general"),
        isNull(tasks.doneAt),
        lt(tasks.dueOn, today),
        isNull(tasks.overdueAlertedAt),
      ),
    )
    .limit(OVERDUE_ALERTS_PER_BATCH);
  let alerted = 0;
  for (const task of overdue) {
    const claimed = await db
      .update(tasks)
      .set({ overdueAlertedAt: new Date(now) })
      .where(and(eq(tasks.id, task.id), isNull(tasks.overdueAlertedAt)))
      .returning({ id: tasks.id });
    if (claimed.length === 0) continue;
    const planned = await alertStaff(db, task.caseId, "task_overdue", `task:${task.id}`, { taskId: task.id });
    for (const id of planned) await deliverMessage(env, id);
    alerted++;
  }
  return { alerted, more: overdue.length === OVERDUE_ALERTS_PER_BATCH };
}
