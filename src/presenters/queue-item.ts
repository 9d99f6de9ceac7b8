/** A row of the staff queue, in the JSON API, the queue page and the CSV: its shape and the function that makes it. */
// Gives zod's types `.openapi()`: it must run before the shape below is made.
import "@hono/zod-openapi";
import * as z from "zod";
import { type QueueRow, taskDays } from "../db/queries/queue";
import { assignmentColumns, caseColumns, organizationColumns } from "./columns";

export const queueItemShape = z
  .object({
    id: caseColumns.shape.id,
    reference: caseColumns.shape.reference,
    organization: organizationColumns.shape.slug,
    status: caseColumns.shape.status,
    source: caseColumns.shape.source,
    language: caseColumns.shape.language,
    applicantName: z.string(),
    submittedAt: caseColumns.shape.createdAt,
    updatedAt: caseColumns.shape.updatedAt,
    stageDueAt: assignmentColumns.shape.dueAt
      .nullable()
      .openapi({ description: "When the open request of the case is due." }),
    overdue: z.boolean(),
    stuck: z.boolean().openapi({
      description: "Its workflow does not run (never started, failed, or given up on): staff must move it on.",
    }),
    possibleDuplicates: z.int().openapi({ description: "Other cases, here or at other members, of the same person." }),
    jurisdiction: z.string().openapi({ description: "Where the applicant was convicted (ISO 3166)." }),
    offenses: z.string(),
    evidenceTypes: z.array(z.string()),
    outcome: z
      .string()
      .nullable()
      .openapi({ description: "How the case ended (or `accepted`, `routed`); null while open." }),
    reasons: z.array(z.string()).openapi({ description: "Decline reason codes." }),
    reviewer: z.string().nullable().openapi({ description: "The reviewer asked last." }),
    daysIntake: z
      .number()
      .openapi({ description: "Days from receipt to the first review (or outcome); to now while there." }),
    daysInReview: z.number(),
    daysAwaitingInfo: z.number(),
    daysAwaitingExpert: z.number(),
    daysAccepted: z.number().openapi({ description: "Days from acceptance to the referral." }),
    preservationDueOn: z.iso.date().nullable().openapi({
      description: "When the evidence preservation letter is due, while it is not marked sent; null when none is open.",
    }),
    nextTask: z
      .object({
        id: z.string(),
        title: z.string().nullable(),
        dueOn: z.iso.date(),
        assigneeId: z.string().nullable(),
        overdue: z.boolean(),
      })
      .nullable()
      .openapi({ description: "The case's open task due first." }),
  })
  .openapi("QueueItem");

const DAY = 86_400_000;
type Stage = "intake" | "in_review" | "awaiting_info" | "awaiting_expert" | "accepted";

/**
 * Days the case spent in each stage, from the events that moved it (`[type, at]` pairs): intake from
 * receipt to the first of them, then each stage until the next; an ending stops the clock, and the
 * stage it is in now counts up to `now`.
 */
export function daysInStages(receivedAt: number, changes: [string, number][], now: number): Record<Stage, number> {
  const days: Record<Stage, number> = { intake: 0, in_review: 0, awaiting_info: 0, awaiting_expert: 0, accepted: 0 };
  let stage: Stage | null = "intake";
  let since = receivedAt;
  for (const [type, at] of [...changes].sort((a, b) => a[1] - b[1])) {
    if (stage) days[stage] += at - since;
    stage =
      type === "in_review" || type === "awaiting_info" || type === "awaiting_expert" || type === "accepted"
        ? type
        : null;
    since = at;
  }
  if (stage) days[stage] += now - since;
  const round = (ms: number) => Math.round((ms / DAY) * 10) / 10;
  return {
    intake: round(days.intake),
    in_review: round(days.in_review),
    awaiting_info: round(days.awaiting_info),
    awaiting_expert: round(days.awaiting_expert),
    accepted: round(days.accepted),
  };
}

const outcomes = ["accepted", "routed", "referred", "declined", "closed", "withdrawn"];

/** A row of the queue; `now` is the moment the queue was read, which says what is overdue. */
export function presentQueueItem(row: QueueRow, now: number) {
  return {
    id: row.id,
    reference: row.reference,
    organization: row.organization,
    status: row.status,
    source: row.source,
    language: row.language,
    applicantName: row.application.applicant.name,
    submittedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    stageDueAt: row.stageDueAt === null ? null : new Date(row.stageDueAt).toISOString(),
    overdue: row.stageDueAt !== null && row.stageDueAt < now,
    stuck: Boolean(row.stuck),
    possibleDuplicates: row.duplicates,
    jurisdiction: row.application.conviction.jurisdiction,
    offenses: row.application.conviction.offenses,
    evidenceTypes: row.application.claim.evidenceTypes ?? [],
    outcome: outcomes.includes(row.status) ? row.status : null,
    reasons: row.reasons ? row.reasons.split(";") : [],
    reviewer: row.reviewer,
    ...stageColumns(daysInStages(row.createdAt.getTime(), stageChanges(row.stageChanges), now)),
    preservationDueOn: row.preservationDueOn,
    nextTask: row.nextTask && { ...row.nextTask, overdue: row.nextTask.dueOn < taskDays(now).today },
  } satisfies z.output<typeof queueItemShape>;
}

export type QueueItem = ReturnType<typeof presentQueueItem>;

/** The `[type, at]` pairs of `listCases`'s `stageChanges`, read defensively: it is JSON from SQL. */
function stageChanges(json: string): [string, number][] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((pair: unknown) =>
    Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "number" ? [[pair[0], pair[1]]] : [],
  );
}

function stageColumns(days: Record<Stage, number>) {
  return {
    daysIntake: days.intake,
    daysInReview: days.in_review,
    daysAwaitingInfo: days.awaiting_info,
    daysAwaitingExpert: days.awaiting_expert,
    daysAccepted: days.accepted,
  };
}
