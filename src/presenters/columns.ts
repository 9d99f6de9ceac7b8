import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import {
  assignments,
  attachments,
  capabilityTokens,
  cases,
  contacts,
  correspondence,
  criteriaVersions,
  decisions,
  events,
  exportJobs,
  languages,
  notes,
  notifications,
  organizationBacklog,
  organizations,
  personKeys,
  referralPartners,
  responses,
  reviewers,
  screenings,
  snippets,
  staff,
  staffMessages,
  tasks,
  webhookDeliveries,
  webhooks,
} from "../db/schema";

/**
 * The tables' columns as zod schemas (drizzle-zod): what every shape of the API and the staff
 * pages is made of. Moments leave as ISO 8601 strings in UTC; JSON columns say what they hold.
 */
const isoDateTime = () => z.iso.datetime();

export const caseColumns = createSelectSchema(cases, {
  application: z.record(z.string(), z.unknown()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const contactColumns = createSelectSchema(contacts, { createdAt: isoDateTime });

export const attachmentColumns = createSelectSchema(attachments, { createdAt: isoDateTime });

export const screeningColumns = createSelectSchema(screenings, {
  results: z.array(z.object({ id: z.string(), result: z.string(), onFail: z.string() })),
  createdAt: isoDateTime,
});

export const criteriaVersionColumns = createSelectSchema(criteriaVersions, { createdAt: isoDateTime });

export const assignmentColumns = createSelectSchema(assignments, {
  dueAt: isoDateTime,
  createdAt: isoDateTime,
  completedAt: isoDateTime,
});

export const decisionColumns = createSelectSchema(decisions, {
  reasonCodes: z.array(z.string()),
  createdAt: isoDateTime,
});

export const responseColumns = createSelectSchema(responses, { createdAt: isoDateTime });

export const eventColumns = createSelectSchema(events, {
  data: () => z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: isoDateTime,
});

export const notificationColumns = createSelectSchema(notifications, { createdAt: isoDateTime, sentAt: isoDateTime });

export const organizationColumns = createSelectSchema(organizations, {
  languages: z.array(z.enum(languages)),
  jurisdictions: z.array(z.string()),
  createdAt: isoDateTime,
});

export const organizationBacklogColumns = createSelectSchema(organizationBacklog, { computedAt: isoDateTime });

export const reviewerColumns = createSelectSchema(reviewers, { createdAt: isoDateTime });

export const partnerColumns = createSelectSchema(referralPartners, { createdAt: isoDateTime });

export const correspondenceColumns = createSelectSchema(correspondence, {
  receivedOn: () => z.iso.date(),
  createdAt: isoDateTime,
});

export const staffMessageColumns = createSelectSchema(staffMessages, { createdAt: isoDateTime });

export const noteColumns = createSelectSchema(notes, { createdAt: isoDateTime });

export const taskColumns = createSelectSchema(tasks, {
  dueOn: () => z.iso.date(),
  createdAt: isoDateTime,
  doneAt: isoDateTime,
});

export const snippetColumns = createSelectSchema(snippets, { createdAt: isoDateTime });

export const staffColumns = createSelectSchema(staff, { createdAt: isoDateTime });

export const personKeyColumns = createSelectSchema(personKeys);

export const capabilityTokenColumns = createSelectSchema(capabilityTokens, {
  expiresAt: isoDateTime,
  usedAt: isoDateTime,
  revokedAt: isoDateTime,
  createdAt: isoDateTime,
});

export const webhookColumns = createSelectSchema(webhooks, { events: z.array(z.string()), createdAt: isoDateTime });

export const webhookDeliveryColumns = createSelectSchema(webhookDeliveries, {
  nextAttemptAt: isoDateTime,
  deliveredAt: isoDateTime,
  createdAt: isoDateTime,
});

export const exportJobColumns = createSelectSchema(exportJobs, {
  filters: z.record(z.string(), z.string()),
  createdAt: isoDateTime,
  finishedAt: isoDateTime,
});
