/**
 * The intake desk's records of a case, as the staff API and the case page show them:
 * correspondence in and out, and the snippets staff write from.
 */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { StaffCase } from "../db/queries/staff-cases";
import type { snippets } from "../db/schema";
import {
  correspondenceColumns,
  noteColumns,
  notificationColumns,
  snippetColumns,
  staffMessageColumns,
  taskColumns,
} from "./columns";

export const correspondenceShape = correspondenceColumns
  .pick({ id: true, kind: true, receivedOn: true, contactId: true, recordedBy: true })
  .extend({
    summary: z.string().nullable().openapi({ description: "Null once the case's data was erased." }),
    attachmentIds: z.array(z.string()).openapi({ description: "The scans, among the case's attachments." }),
    recordedAt: correspondenceColumns.shape.createdAt,
  })
  .openapi("Correspondence");

export function presentCorrespondence(kase: Pick<StaffCase, "correspondence" | "attachments">) {
  return kase.correspondence.map(
    (c) =>
      ({
        id: c.id,
        kind: c.kind,
        receivedOn: c.receivedOn,
        contactId: c.contactId,
        recordedBy: c.recordedBy,
        summary: c.summary,
        attachmentIds: kase.attachments.filter((a) => a.correspondenceId === c.id).map((a) => a.id),
        recordedAt: c.createdAt.toISOString(),
      }) satisfies z.output<typeof correspondenceShape>,
  );
}

export const staffMessageShape = staffMessageColumns
  .pick({ id: true, contactId: true, channel: true, writtenBy: true })
  .extend({
    subject: z.string().nullable(),
    body: z.string().nullable().openapi({ description: "Null once the case's data was erased." }),
    status: notificationColumns.shape.status.openapi({
      description: "`pending`: an email not sent yet, or a letter not printed yet.",
    }),
    writtenAt: staffMessageColumns.shape.createdAt,
    sentAt: notificationColumns.shape.sentAt,
  })
  .openapi("StaffMessage");

export function presentStaffMessages(kase: Pick<StaffCase, "messages">) {
  return kase.messages.map(
    (m) =>
      ({
        id: m.id,
        contactId: m.contactId,
        channel: m.channel,
        writtenBy: m.writtenBy,
        subject: m.subject,
        body: m.body,
        status: m.status,
        writtenAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      }) satisfies z.output<typeof staffMessageShape>,
  );
}

const erased = "Null once the case's data was erased.";

export const noteShape = noteColumns
  .pick({ id: true, writtenBy: true })
  .extend({ body: z.string().nullable().openapi({ description: erased }), writtenAt: noteColumns.shape.createdAt })
  .openapi("Note");

export function presentNotes(kase: Pick<StaffCase, "notes">) {
  return kase.notes.map(
    (n) =>
      ({ id: n.id, writtenBy: n.writtenBy, body: n.body, writtenAt: n.createdAt.toISOString() }) satisfies z.output<
        typeof noteShape
      >,
  );
}

export const taskShape = taskColumns
  .pick({ id: true, dueOn: true, assigneeId: true, createdBy: true, doneBy: true })
  .extend({
    caseId: taskColumns.shape.caseId,
    title: z.string().nullable().openapi({ description: erased }),
    assigneeName: z.string().nullable(),
    done: z.boolean(),
    createdAt: taskColumns.shape.createdAt,
    doneAt: taskColumns.shape.doneAt,
  })
  .openapi("Task");

type TaskRow = StaffCase["tasks"][number];

export function presentTask(t: TaskRow) {
  return {
    id: t.id,
    caseId: t.caseId,
    title: t.title,
    dueOn: t.dueOn,
    assigneeId: t.assigneeId,
    assigneeName: t.assigneeName,
    createdBy: t.createdBy,
    done: t.doneAt !== null,
    doneBy: t.doneBy,
    createdAt: t.createdAt.toISOString(),
    doneAt: t.doneAt?.toISOString() ?? null,
  } satisfies z.output<typeof taskShape>;
}

export const snippetShape = snippetColumns
  .pick({ id: true, title: true, body: true, language: true })
  .extend({ createdAt: snippetColumns.shape.createdAt })
  .openapi("Snippet");

export function presentSnippet(s: typeof snippets.$inferSelect) {
  return {
    id: s.id,
    title: s.title,
    body: s.body,
    language: s.language,
    createdAt: s.createdAt.toISOString(),
  } satisfies z.output<typeof snippetShape>;
}
