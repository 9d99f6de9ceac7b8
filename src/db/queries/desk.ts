import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { caseCipher, openText } from "../../lib/sealing";
import type { Database } from "../client";
import { correspondence, notes, notifications, staff, staffMessages, tasks } from "../schema";

/**
 * A case's desk records, oldest first, sealed text opened (or null once the case's key is gone):
 * correspondence that came in, what staff wrote with how its sending went, notes, and tasks (open
 * ones first, by due day).
 */
export async function loadDesk(env: Pick<Env, "DATA_KEYS">, db: Database, caseId: string) {
  const [incoming, written, noted, todo] = await Promise.all([
    db.query.correspondence.findMany({
      where: eq(correspondence.caseId, caseId),
      orderBy: [asc(correspondence.receivedOn), asc(correspondence.createdAt)],
    }),
    db
      .select({ message: staffMessages, notification: notifications })
      .from(staffMessages)
      .leftJoin(
        notifications,
        and(
          eq(notifications.caseId, staffMessages.caseId),
          eq(notifications.template, "staff-message"),
          sql`json_extract(${notifications.context}, '$.messageId') = ${staffMessages.id}`,
        ),
      )
      .where(eq(staffMessages.caseId, caseId))
      .orderBy(asc(staffMessages.createdAt), asc(staffMessages.id)),
    db.query.notes.findMany({ where: eq(notes.caseId, caseId), orderBy: [asc(notes.createdAt), asc(notes.id)] }),
    db
      .select({ task: tasks, assignee: staff.name })
      .from(tasks)
      .leftJoin(staff, eq(staff.id, tasks.assigneeId))
      .where(eq(tasks.caseId, caseId))
      .orderBy(sql`${tasks.doneAt} IS NOT NULL`, asc(tasks.dueOn), asc(tasks.createdAt)),
  ]);
  const sealed = incoming.length + written.length + noted.length + todo.length;
  const cipher = sealed > 0 ? await caseCipher(env, db, caseId) : null;
  const open = (text: string | null) => openText(cipher, text);
  return {
    correspondence: await Promise.all(incoming.map(async (c) => ({ ...c, summary: await open(c.summary) }))),
    messages: await Promise.all(
      written.map(async ({ message, notification }) => ({
        ...message,
        subject: await open(message.subject),
        body: await open(message.body),
        status: notification?.status ?? "pending",
        sentAt: notification?.sentAt ?? null,
      })),
    ),
    notes: await Promise.all(noted.map(async (n) => ({ ...n, body: await open(n.body) }))),
    tasks: await Promise.all(
      todo.map(async ({ task, assignee }) => ({ ...task, title: await open(task.title), assigneeName: assignee })),
    ),
  };
}

/** One task, its title opened, with its assignee's name. */
export async function findTask(env: Pick<Env, "DATA_KEYS">, db: Database, id: string) {
  const [row] = await db
    .select({ task: tasks, assignee: staff.name })
    .from(tasks)
    .leftJoin(staff, eq(staff.id, tasks.assigneeId))
    .where(eq(tasks.id, id));
  if (!row) return undefined;
  const cipher = await caseCipher(env, db, row.task.caseId);
  return { ...row.task, title: await openText(cipher, row.task.title), assigneeName: row.assignee };
}

/** Active staff who can see an organization's cases: its own, and the network's. */
export function staffFor(db: Database, organizationId: string) {
  return db.query.staff.findMany({
    where: and(eq(staff.active, true), or(eq(staff.organizationId, organizationId), isNull(staff.organizationId))),
    orderBy: [asc(staff.name), asc(staff.id)],
    columns: { id: true, name: true },
  });
}
