/** A case's history as staff see it: its events and the messages sent, each with the person it names. */
// Gives zod's types `.openapi()`: it must run before the shapes below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { CasePeople, caseEvents, caseNotifications } from "../db/queries/staff-cases";
import { eventColumns, notificationColumns } from "./columns";

const personShape = z.object({
  role: z
    .string()
    .openapi({ description: "A contact role (`family`, `defense_attorney`…), `reviewer` or `organization`." }),
  name: z.string(),
});

export const caseEventShape = eventColumns
  .pick({ id: true, type: true, actor: true, data: true })
  .extend({
    at: eventColumns.shape.createdAt,
    person: personShape.nullable().openapi({
      description:
        "Who the event is about, by role and name: a message's recipient, the holder of a link that was opened, the reviewer or organization it names.",
    }),
  })
  .openapi("CaseEvent");

/** The event, with the person its data names by id (`notificationId`, `contactId`, `reviewerId`, `organizationId`). */
export function presentEvent(e: Awaited<ReturnType<typeof caseEvents>>[number], people: CasePeople) {
  const id = (key: string) => {
    const value = e.data?.[key];
    return typeof value === "string" ? value : undefined;
  };
  const notificationId = id("notificationId");
  const contactId = id("contactId");
  const reviewerId = id("reviewerId");
  const organizationId = id("organizationId");
  const person = notificationId
    ? people.recipient(notificationId)
    : contactId
      ? people.contact(contactId)
      : reviewerId
        ? people.reviewer(reviewerId)
        : organizationId
          ? people.organization(organizationId)
          : undefined;
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    data: e.data,
    at: e.createdAt.toISOString(),
    person: person ?? null,
  } satisfies z.output<typeof caseEventShape>;
}

export type CaseEvent = ReturnType<typeof presentEvent>;

export const notificationShape = z
  .object({
    id: notificationColumns.shape.id,
    template: notificationColumns.shape.template,
    channel: notificationColumns.shape.channel,
    recipient: z.object({
      kind: z.enum(["contact", "reviewer", "organization"]),
      id: z.string(),
      role: personShape.shape.role,
      name: z.string(),
    }),
    language: notificationColumns.shape.language,
    status: notificationColumns.shape.status,
    providerMessageId: notificationColumns.shape.providerMessageId,
    createdAt: notificationColumns.shape.createdAt,
    sentAt: notificationColumns.shape.sentAt,
  })
  .openapi("Notification");

export function presentNotification(n: Awaited<ReturnType<typeof caseNotifications>>[number], people: CasePeople) {
  const recipient = n.contactId
    ? { kind: "contact" as const, id: n.contactId }
    : n.reviewerId
      ? { kind: "reviewer" as const, id: n.reviewerId }
      : { kind: "organization" as const, id: n.organizationId ?? "" };
  const named = people.recipient(n.id) ?? { role: recipient.kind, name: recipient.id };
  return {
    id: n.id,
    template: n.template,
    channel: n.channel,
    recipient: { ...recipient, ...named },
    language: n.language,
    status: n.status,
    providerMessageId: n.providerMessageId,
    createdAt: n.createdAt.toISOString(),
    sentAt: n.sentAt?.toISOString() ?? null,
  } satisfies z.output<typeof notificationShape>;
}

export type CaseNotification = ReturnType<typeof presentNotification>;
