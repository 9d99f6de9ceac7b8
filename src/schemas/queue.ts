/** The case queue's filters, as `GET /api/v1/cases`, the staff queue page and its exports take them. */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import type { QueueFilters } from "../db/queries/queue";
import { caseStatuses } from "../db/schema";
import { isOneOf } from "../lib/is-one-of";
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, parseSearch } from "../lib/search-terms";
import type { Staff } from "../lib/staff-auth";

const day = z.iso.date().openapi({ example: "2026-11-01" });

export const queueQuerySchema = z.object({
  q: z
    .string()
    .max(MAX_SEARCH_LENGTH, `Search with at most ${MAX_SEARCH_LENGTH} characters.`)
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return undefined;
      const search = parseSearch(value);
      if (search.words.length > MAX_SEARCH_WORDS)
        ctx.addIssue({
          code: "custom",
          message: `Search with at most ${MAX_SEARCH_WORDS} words at once (this search has ${search.words.length}).`,
        });
      return search;
    })
    .openapi({
      description: `Search: a case reference, an email address, a prison or court case number (each whole, written with or without spaces, dashes and leading zeros), or whole words of the applicant's or submitter's names in any order, accents and letter case aside (every word must match). At most ${MAX_SEARCH_WORDS} words. Combines with the other filters.`,
      example: "ortega daniel",
    }),
  status: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = value ? value.split(",").filter(Boolean) : [];
      const unknown = list.filter((s) => !isOneOf(caseStatuses, s));
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown status: ${unknown.join(", ")}.` });
      return list.filter((s) => isOneOf(caseStatuses, s));
    })
    .openapi({
      description: `Comma-separated statuses: ${caseStatuses.join(", ")}.`,
      example: "in_review,awaiting_info",
    }),
  organization: z.string().optional().openapi({ description: "An organization's slug." }),
  overdue: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({ description: "Only cases where someone asked to act is past the due date." }),
  reviewer: z.string().optional().openapi({ description: "Only cases this reviewer (id) was asked to review." }),
  stuck: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({ description: "Only cases whose workflow does not run and that staff must move on." }),
  myTasks: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({
      description: "Only cases with an open task of yours: assigned to you, or made by you and assigned to nobody.",
    }),
  dueThisWeek: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({ description: "Only cases with an open task due in the next seven days (UTC), or overdue." }),
  preservation: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({
      description:
        "Only cases with an open evidence preservation task: a letter to the evidence's custodian not marked sent.",
    }),
  submittedFrom: day.optional(),
  submittedTo: day.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page." }),
});

/** The filters without the paging: what an export of the queue takes, every case they match. */
export const queueFilterSchema = queueQuerySchema.omit({ limit: true, cursor: true });

/** The queue's filters from its query parameters, as the API, the staff pages and exports take them. */
export function queueFilters(
  { q, reviewer, myTasks, ...filters }: z.output<typeof queueFilterSchema>,
  staff: Staff,
): QueueFilters {
  return { ...filters, search: q, reviewerId: reviewer, tasksOf: myTasks ? staff : undefined };
}
