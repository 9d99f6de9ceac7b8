import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { events } from "../db/schema";

/** Everything that can happen to a case, as its event log names it. */
export const eventTypes = [
  // intake and screening
  "submitted",
  "received",
  "screened",
  "routed",
  // the case's status, logged when it changes
  "awaiting_confirmation",
  "in_review",
  "awaiting_info",
  "awaiting_expert",
  "accepted",
  "referred",
  "declined",
  "withdrawn",
  "closed",
  // review rounds
  "assigned",
  "reminded",
  "escalated",
  "reassigned",
  "decided",
  // requests to the applicant side, experts and referral partners
  "answered",
  "opinion_given",
  "request_lapsed",
  "referral_offered",
  "referral_accepted",
  "referral_refused",
  "referral_declined",
  "referral_lapsed",
  // the paper route: what staff type in from the post
  "confirmed",
  // staff moving a stuck case on (each also restarts the workflow, which resumes from it)
  "returned_to_review",
  "reopened",
  "moved",
  "referral_chosen",
  // the workflow itself
  "workflow_errored",
  "workflow_restarted",
  // correspondence: what staff wrote, and what came in
  "message_written",
  "correspondence_logged",
  // the intake team's notes and tasks
  "note_added",
  "task_added",
  "task_changed",
  "task_done",
  "task_reopened",
  // messages and reads
  "notified",
  "message_failed",
  "viewed_by_staff",
  // outside looks through emailed links (src/cases/link-reads.ts)
  "link_opened",
  "file_downloaded",
] as const;
export type EventType = (typeof eventTypes)[number];

export type EventData = Record<string, string | number | boolean | null>;

export type CaseEvent = {
  type: EventType;
  /** `system`, a contact role, `reviewer`, or a staff member's `staff:<id>`. */
  actor: string;
  /** Ids, codes and counts only: never personal data. */
  data?: EventData;
  /**
   * What makes this event one of a kind on the case (`round-2`, an assignment id…). A workflow step
   * that runs again records it once. Events caused by people have none: each is its own.
   */
  once?: string;
};

/** The one place dedupe keys are built: the event type, the case, and what makes it unique. */
function dedupeKey(caseId: string, event: CaseEvent): string | null {
  return event.once === undefined ? null : `${event.type}:${caseId}:${event.once}`;
}

/** The case's organization as the event is written: whose webhooks hear of it (src/cases/webhooks.ts). */
const organizationOf = (caseId: string) => sql<string>`(SELECT organization_id FROM cases WHERE id = ${caseId})`;

/** An event row for a batch; with `once`, a second run of the same step records nothing. */
export function recordEvent(db: Database, caseId: string, event: CaseEvent) {
  return insertEvent(db, caseId, caseId, event);
}

/**
 * The event of a compare-and-set, placed right after its conditional UPDATE in one batch: when that
 * UPDATE changed no row (another change won), the event's case id is NULL, the NOT NULL constraint
 * refuses it, and D1 rolls back the whole batch. `changes()` is SQLite's count of rows changed by
 * the statement just before, on the same connection, which a D1 batch keeps.
 */
export function recordEventIfChanged(db: Database, caseId: string, event: CaseEvent) {
  return insertEvent(db, caseId, sql<string>`CASE WHEN changes() > 0 THEN ${caseId} END`, event);
}

function insertEvent(db: Database, caseId: string, caseIdColumn: string | SQL<string>, event: CaseEvent) {
  const key = dedupeKey(caseId, event);
  const insert = db.insert(events).values({
    caseId: caseIdColumn,
    type: event.type,
    actor: event.actor,
    data: event.data ?? {},
    dedupeKey: key,
    organizationId: organizationOf(caseId),
  });
  return key === null ? insert : insert.onConflictDoNothing({ target: events.dedupeKey });
}

/**
 * The same event on each of `caseIds`, in one statement whatever their number (the ids go as one
 * JSON parameter), so that D1's bound parameters and queries per invocation hold; with `once`, a
 * second run records nothing more.
 */
export function recordEventOnCases(db: Database, caseIds: string[], event: CaseEvent) {
  const key = event.once === undefined ? sql`NULL` : sql`${`${event.type}:`} || ids.value || ${`:${event.once}`}`;
  // SQLite needs a WHERE before ON CONFLICT in an INSERT … SELECT, to tell the two apart.
  // A case erased meanwhile has no log to write to: it is left out rather than failing the others.
  return db.run(sql`INSERT INTO events (case_id, type, actor, data, dedupe_key, organization_id)
    SELECT ids.value, ${event.type}, ${event.actor}, ${JSON.stringify(event.data ?? {})}, ${key}, cases.organization_id
    FROM json_each(${JSON.stringify(caseIds)}) AS ids JOIN cases ON cases.id = ids.value WHERE true
    ON CONFLICT (dedupe_key) DO NOTHING`);
}

/** The event a step recorded `once`, when it did: how a retried step finds what its first run did. */
export function findRecordedEvent(db: Database, caseId: string, event: Pick<CaseEvent, "type"> & { once: string }) {
  const key = dedupeKey(caseId, { ...event, actor: "" });
  return db.query.events.findFirst({ where: (e, { eq }) => eq(e.dedupeKey, key ?? "") });
}

/** Whether D1 refused a batch because a compare-and-set in it changed nothing. */
export function isLostRace(error: unknown): boolean {
  const message = String(error instanceof Error && error.cause ? error.cause : error);
  return message.includes("NOT NULL constraint failed: events.case_id");
}
