import { and, eq } from "drizzle-orm";
import { type Database, isUniqueViolation } from "../db/client";
import { attachments, contacts, correspondence, type correspondenceKinds, staffMessages, tasks } from "../db/schema";
import { ApiError, refused } from "../errors";
import { caseCipher } from "../lib/sealing";
import type { Staff } from "../lib/staff-auth";
import type { StoredUpload } from "../lib/uploads";
import { recordEvent } from "./events";
import { deliverMessage } from "./messages/deliver";
import { planMessages } from "./messages/plan";

/**
 * Correspondence about a case: what staff write to someone on it (by email, or as a letter staff
 * print), and what came in (a letter, a call, an email, a visit) as staff log it. The text of both
 * is sealed with the case's key; the event log holds ids, kinds and counts.
 */

type Context = { env: Env; db: Database; staff: Staff };

export type NewMessage = { contactId: string; subject?: string; body: string; channel?: "email" | "post" };

export type WrittenMessage = {
  id: string;
  contactId: string;
  channel: "email" | "post";
  notificationId: string;
  status: "pending" | "sent" | "failed";
};

/**
 * Writes to a person on the case, in their language's frame (greeting, sign-off, reference,
 * footer) around the text as staff wrote it: by email when they have an address and `channel`
 * allows, else as a letter waiting at /staff/letters. The same `clientKey` again (a retried
 * request, a double-clicked form) writes nothing new and sends what was not sent yet.
 */
export async function writeMessage(
  ctx: Context,
  caseId: string,
  input: NewMessage,
  clientKey: string | null,
): Promise<WrittenMessage> {
  const { db } = ctx;
  const earlier = clientKey
    ? await db.query.staffMessages.findFirst({ where: eq(staffMessages.clientKey, clientKey) })
    : undefined;
  if (earlier && earlier.caseId !== caseId)
    throw new ApiError("idempotency_key_reused", "This Idempotency-Key was already used for another case.");
  const message = earlier ?? (await newMessage(ctx, caseId, input, clientKey));
  return send(ctx, message);
}

async function newMessage(ctx: Context, caseId: string, input: NewMessage, clientKey: string | null) {
  const { db } = ctx;
  const contact = await db.query.contacts.findFirst({
    where: and(eq(contacts.id, input.contactId), eq(contacts.caseId, caseId)),
  });
  if (!contact)
    throw refused("invalid_request", (t) => t.choosePerson, [
      { path: "contactId", message: "Not a person on this case." },
    ]);
  const channel = input.channel ?? (contact.email ? "email" : "post");
  if (channel === "email" && !contact.email)
    throw refused("invalid_request", (t) => t.noEmail, [
      { path: "channel", message: "No email address: send it as a letter (post)." },
    ]);
  if (channel === "post" && !contact.postalAddress)
    throw refused("invalid_request", (t) => t.noPostalAddress, [
      { path: "channel", message: contact.email ? "No postal address: send it by email." : "No address at all." },
    ]);
  const cipher = await caseCipher(ctx.env, db, caseId);
  if (!cipher) throw refused("conflict", (t) => t.erasedNothingWritten);
  const row = {
    id: crypto.randomUUID(),
    caseId,
    contactId: contact.id,
    subject: input.subject ? await cipher.seal(input.subject) : null,
    body: await cipher.seal(input.body),
    channel,
    writtenBy: ctx.staff.actor,
    clientKey,
  };
  try {
    await db.batch([
      db.insert(staffMessages).values(row),
      recordEvent(db, caseId, {
        type: "message_written",
        actor: ctx.staff.actor,
        data: { messageId: row.id, contactId: contact.id, channel },
      }),
    ]);
  } catch (error) {
    // The same key sent twice at once: the other request wrote it.
    if (!clientKey || !isUniqueViolation(error, "staff_messages.client_key")) throw error;
    const winner = await db.query.staffMessages.findFirst({ where: eq(staffMessages.clientKey, clientKey) });
    if (!winner) throw error;
    return winner;
  }
  return row;
}

async function send(
  ctx: Context,
  message: { id: string; caseId: string; contactId: string; channel: "email" | "post" },
): Promise<WrittenMessage> {
  const [notificationId] = await planMessages(ctx.db, [
    {
      caseId: message.caseId,
      template: "staff-message",
      occasion: message.id,
      recipient: { contactId: message.contactId },
      context: { messageId: message.id },
      channel: message.channel,
    },
  ]);
  if (!notificationId) throw new Error(`message ${message.id} was not planned`);
  try {
    await deliverMessage(ctx.env, notificationId);
  } catch {
    throw new ApiError(
      "internal_error",
      "The message is saved, but the mail service did not take it. Send the same request again (with the same Idempotency-Key) to send it.",
    );
  }
  const notification = await ctx.db.query.notifications.findFirst({ where: (n, { eq }) => eq(n.id, notificationId) });
  return {
    id: message.id,
    contactId: message.contactId,
    channel: message.channel,
    notificationId,
    status: notification?.status ?? "pending",
  };
}

export type IncomingCorrespondence = {
  kind: (typeof correspondenceKinds)[number];
  /** `YYYY-MM-DD`. */
  receivedOn: string;
  summary: string;
  contactId?: string;
  /** The task it answers, such as a custodian's answer to the preservation letter. */
  taskId?: string;
};

/** Logs a letter, call, email or visit that came in, with its scans (already in R2). */
export async function logCorrespondence(
  ctx: Context,
  caseId: string,
  input: IncomingCorrespondence,
  scans: StoredUpload[],
): Promise<{ id: string }> {
  const { db } = ctx;
  if (input.contactId) {
    const contact = await db.query.contacts.findFirst({
      where: and(eq(contacts.id, input.contactId), eq(contacts.caseId, caseId)),
    });
    if (!contact)
      throw refused("invalid_request", (t) => t.choosePerson, [
        { path: "contactId", message: "Not a person on this case." },
      ]);
  }
  if (input.taskId) {
    const task = await db.query.tasks.findFirst({ where: and(eq(tasks.id, input.taskId), eq(tasks.caseId, caseId)) });
    if (!task)
      throw refused("invalid_request", (t) => t.chooseTask, [{ path: "taskId", message: "Not a task of this case." }]);
  }
  const cipher = await caseCipher(ctx.env, db, caseId);
  if (!cipher) throw refused("conflict", (t) => t.erasedNothingAdded);
  const id = crypto.randomUUID();
  await db.batch([
    db.insert(correspondence).values({
      id,
      caseId,
      kind: input.kind,
      receivedOn: input.receivedOn,
      contactId: input.contactId ?? null,
      taskId: input.taskId ?? null,
      summary: await cipher.seal(input.summary),
      recordedBy: ctx.staff.actor,
    }),
    ...scans.map((scan) =>
      db.insert(attachments).values({ ...scan, caseId, correspondenceId: id, uploadedBy: "staff" }),
    ),
    recordEvent(db, caseId, {
      type: "correspondence_logged",
      actor: ctx.staff.actor,
      data: { correspondenceId: id, kind: input.kind, attachments: scans.length, taskId: input.taskId ?? null },
    }),
  ]);
  return { id };
}
