import type { CsvValue } from "../lib/csv";
import type { QueueItem } from "./queue-item";

/** The CSV's columns: the fields of the API's queue items, in their order, then the next task's. */
const fields = [
  "id",
  "reference",
  "organization",
  "status",
  "source",
  "language",
  "applicantName",
  "submittedAt",
  "updatedAt",
  "stageDueAt",
  "overdue",
  "stuck",
  "possibleDuplicates",
  "jurisdiction",
  "offenses",
  "evidenceTypes",
  "outcome",
  "reasons",
  "reviewer",
  "daysIntake",
  "daysInReview",
  "daysAwaitingInfo",
  "daysAwaitingExpert",
  "daysAccepted",
  "preservationDueOn",
] as const satisfies readonly (keyof QueueItem)[];

export const queueCsvColumns = [...fields, "nextTaskDueOn", "nextTaskTitle"];

/** A queue item as a CSV row: lists joined by `; `. */
export function queueCsvRow(item: QueueItem): CsvValue[] {
  return [
    ...fields.map((field) => {
      const value = item[field];
      return Array.isArray(value) ? value.join("; ") : value;
    }),
    item.nextTask?.dueOn ?? null,
    item.nextTask?.title ?? null,
  ];
}
