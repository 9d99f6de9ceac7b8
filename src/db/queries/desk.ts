import { and, asc, eq, sql } from "drizzle-orm";
import { caseCipher, openText } from "../../lib/sealing";
import type { Database } from "../client";
import { correspondence, notifications, staffMessages } from "../schema";

/**
 * A case's desk records, oldest first, sealed text opened (or null once the case's key is gone):
 * correspondence that came in, and what staff wrote with how its sending went.
 */
export async function loadDesk(env: Pick<Env, "DATA_KEYS">, db: Database, caseId: string) {
  const [incoming, written] = await Promise.all([
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
  ]);
  const cipher = incoming.length + written.length > 0 ? await caseCipher(env, db, caseId) : null;
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
  };
}
