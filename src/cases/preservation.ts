import { and, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { Database } from "../db/client";
import { taskDays } from "../db/queries/queue";
import { cases, contacts, notifications, organizations, tasks } from "../db/schema";
import { caseCipher } from "../lib/sealing";
import { DAY_MS } from "../lib/tokens";
import type { Application } from "../schemas/application";
import { recordEvent, recordEventIfChanged } from "./events";
import { deliverMessage } from "./messages/deliver";
import { plannedRow } from "./messages/plan";
import { alertStaff } from "./steps/alerts";
import { commit, openStatuses, type Statement } from "./transitions";

/**
 * Evidence preservation. When an application says biological evidence exists or may exist, or a
 * reviewer or an expert flags it, the case gets one task of kind `evidence_preservation`, due in
 * its organization's `preservationDueDays`, and a letter asking the custodian the application names
 * to preserve the evidence waits at /staff/letters, in the language of the place of conviction.
 * From the due day on, staff are reminded every week until the task is done: printing the letter
 * marks it done, and so does staff ticking it (a letter sent another way). The custodian's answer is
 * logged as correspondence naming the task.
 */

/** One preservation task per case: its id says which case, so opening it twice makes one. */
export const preservationTaskId = (caseId: string) => `preservation-${caseId}`;

/** Who asked for the evidence to be preserved. */
export type PreservationCause = "application" | "reviewer" | "expert";

/** Whether the application says biological evidence exists (`yes`) or may exist (`unknown`). */
export function claimsBiologicalEvidence(application: Application): boolean {
  const answer = application.claim.biologicalEvidence;
  return answer === "yes" || answer === "unknown";
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The statements that open the case's preservation task, log it, and plan the letter to the
 * custodian when the application gives one with a postal address, for a batch of their own or of
 * the change that asks for it (a reviewer's decision, an expert's opinion). Each does nothing when
 * it was done before, so a retried step or a second flag adds nothing. None once the case's data
 * was erased.
 */
export async function preservationStatements(
  env: Env,
  db: Database,
  caseId: string,
  cause: PreservationCause,
): Promise<Statement[]> {
  const [kase] = await db
    .select({ dueDays: organizations.preservationDueDays })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  const cipher = await caseCipher(env, db, caseId);
  if (!kase || !cipher) return [];
  const custodian = await db.query.contacts.findFirst({
    where: and(eq(contacts.caseId, caseId), eq(contacts.role, "evidence_custodian")),
  });
  const taskId = preservationTaskId(caseId);
  const dueOn = isoDay(Date.now() + kase.dueDays * DAY_MS);
  const letter = custodian?.postalAddress
    ? plannedRow({
        caseId,
        template: "preservation-request",
        occasion: "evidence-preservation",
        recipient: { contactId: custodian.id },
        context: { taskId },
        channel: "post",
      })
    : undefined;
  // Staff pages are in English: the title is a staff text, sealed like every task's.
  const title = !custodian
    ? "Find who keeps the biological evidence and ask them in writing to preserve it"
    : letter
      ? `Send the evidence preservation letter to ${custodian.name}`
      : `Find the address of ${custodian.name} and ask them in writing to preserve the evidence`;
  return [
    db
      .insert(tasks)
      .values({
        id: taskId,
        caseId,
        kind: "evidence_preservation",
        title: await cipher.seal(title),
        dueOn,
        createdBy: "system",
      })
      .onConflictDoNothing({ target: tasks.id }),
    recordEvent(db, caseId, {
      type: "task_added",
      actor: cause === "application" ? "system" : cause,
      data: { taskId, kind: "evidence_preservation", cause, dueOn, letter: letter !== undefined },
      once: "evidence_preservation",
    }),
    ...(letter
      ? [db.insert(notifications).values(letter).onConflictDoNothing({ target: notifications.dedupeKey })]
      : []),
  ];
}

/**
 * The workflow's step once a case passed screening: opens the preservation task when the
 * application claims biological evidence. Safe to run again.
 */
export async function preserveClaimedEvidence(env: Env, db: Database, caseId: string): Promise<{ opened: boolean }> {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId), columns: { application: true } });
  if (!kase || !claimsBiologicalEvidence(kase.application)) return { opened: false };
  const statements = await preservationStatements(env, db, caseId, "application");
  await commit(db, statements);
  return { opened: statements.length > 0 };
}

/**
 * A printed preservation letter is a sent one: its task is marked done (a compare-and-set, so a
 * task staff ticked already stays as they left it). Runs after the letter is marked printed; if it
 * never does (the request died in between), the reminders go on until staff tick the task.
 */
export async function taskDoneByLetter(
  db: Database,
  letter: { id: string; caseId: string; template: string; context: { taskId?: string } },
  actor: string,
) {
  const taskId = letter.context.taskId;
  if (letter.template !== "preservation-request" || !taskId) return;
  await commit(db, [
    db
      .update(tasks)
      .set({ doneAt: new Date(), doneBy: actor })
      .where(and(eq(tasks.id, taskId), isNull(tasks.doneAt))),
    recordEventIfChanged(db, letter.caseId, {
      type: "task_done",
      actor,
      data: { taskId, notificationId: letter.id },
    }),
  ]);
}

/** Preservation reminders per step of the daily job: each is a few queries and one email. */
const REMINDERS_PER_BATCH = 5;
/** Days between two reminders of one letter not sent. */
export const REMIND_EVERY_DAYS = 7;

/**
 * The daily job's reminders, one batch: the intake address of each open case's organization hears
 * about its preservation letter not marked sent on the due day, and again every week after. Each
 * reminder is claimed by a compare-and-set on the day the task was last reminded, so two runs on
 * one day send one, and its message is planned once per task and day.
 */
export async function remindUnsentPreservationLetters(
  env: Env,
  db: Database,
  now: number,
): Promise<{ reminded: number; more: boolean }> {
  const { today } = taskDays(now);
  const lastTime = isoDay(now - REMIND_EVERY_DAYS * DAY_MS);
  const due = await db
    .select({ id: tasks.id, caseId: tasks.caseId, lastRemindedOn: tasks.lastRemindedOn })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .where(
      and(
        eq(tasks.kind, "evidence_preservation"),
        isNull(tasks.doneAt),
        lte(tasks.dueOn, today),
        or(isNull(tasks.lastRemindedOn), lte(tasks.lastRemindedOn, lastTime)),
        inArray(cases.status, [...openStatuses]),
      ),
    )
    .limit(REMINDERS_PER_BATCH);
  let reminded = 0;
  for (const task of due) {
    const claimed = await db
      .update(tasks)
      .set({ lastRemindedOn: today })
      .where(
        and(
          eq(tasks.id, task.id),
          isNull(tasks.doneAt),
          task.lastRemindedOn === null ? isNull(tasks.lastRemindedOn) : eq(tasks.lastRemindedOn, task.lastRemindedOn),
        ),
      )
      .returning({ id: tasks.id });
    if (claimed.length === 0) continue;
    const planned = await alertStaff(db, task.caseId, "preservation_due", `${task.id}:${today}`, { taskId: task.id });
    for (const id of planned) await deliverMessage(env, id);
    reminded++;
  }
  return { reminded, more: due.length === REMINDERS_PER_BATCH };
}
