import { and, eq, inArray } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "../db/client";
import { assignments, type CaseStatus, capabilityTokens, cases, finalStatuses } from "../db/schema";
import { type CaseEvent, isLostRace, recordEventIfChanged } from "./events";

/**
 * The compare-and-set primitives every change of state is made of. Each names the state it expects
 * in its UPDATE and records its event right after it, so that of two racing changes exactly one
 * commits: the other's batch is refused whole (see `recordEventIfChanged`).
 */

export type Statement = BatchItem<"sqlite">;

/**
 * Moves the case to `to` when it is in one of `from`, and logs it. A staff move also names the
 * `updatedAt` it read (`since`), so that of two people moving the same case one wins even when the
 * status stays the same, and hands the case back to its workflow (`restartWorkflow`: the sweep
 * restarts it if the restart that follows the commit fails).
 */
export function moveCase(
  db: Database,
  caseId: string,
  change: {
    from: readonly CaseStatus[];
    to: CaseStatus;
    organizationId?: string;
    since?: Date;
    restartWorkflow?: boolean;
  },
  event: CaseEvent,
): [Statement, Statement] {
  return [
    db
      .update(cases)
      .set({
        status: change.to,
        updatedAt: new Date(),
        ...(change.organizationId ? { organizationId: change.organizationId } : {}),
        ...(change.restartWorkflow ? { workflowState: "pending" as const, workflowRestarts: 0 } : {}),
      })
      .where(
        and(
          eq(cases.id, caseId),
          inArray(cases.status, [...change.from]),
          change.since ? eq(cases.updatedAt, change.since) : undefined,
        ),
      ),
    recordEventIfChanged(db, caseId, event),
  ];
}

export type ClosedAs = "done" | "lapsed" | "reassigned" | "revoked";

/** Closes an assignment that is still open, logs it, and turns off its links. */
export function closeAssignment(
  db: Database,
  caseId: string,
  assignmentId: string,
  status: ClosedAs,
  event: CaseEvent,
): Statement[] {
  const now = new Date();
  return [
    db
      .update(assignments)
      .set({ status, completedAt: now })
      .where(and(eq(assignments.id, assignmentId), eq(assignments.status, "open"))),
    recordEventIfChanged(db, caseId, event),
    db
      .update(capabilityTokens)
      .set(status === "done" ? { usedAt: now } : { revokedAt: now })
      .where(eq(capabilityTokens.assignmentId, assignmentId)),
  ];
}

/** Closes whichever of `ids` are still open, and turns off their links: the round is over for them. */
export function closeOpenAssignments(db: Database, ids: string[], status: "lapsed" | "revoked"): Statement[] {
  if (ids.length === 0) return [];
  const now = new Date();
  return [
    db
      .update(assignments)
      .set({ status, completedAt: now })
      .where(and(inArray(assignments.id, ids), eq(assignments.status, "open"))),
    db.update(capabilityTokens).set({ revokedAt: now }).where(inArray(capabilityTokens.assignmentId, ids)),
  ];
}

/**
 * Runs a batch of changes in one transaction. Returns false, with nothing changed, when a
 * compare-and-set in it found another state than it expected.
 */
export async function commit(db: Database, statements: Statement[]): Promise<boolean> {
  const [first, ...rest] = statements;
  if (!first) return true;
  try {
    await db.batch([first, ...rest]);
    return true;
  } catch (error) {
    if (isLostRace(error)) return false;
    throw error;
  }
}

/** Statuses a case does not leave by itself. */
export function isFinal(status: CaseStatus): boolean {
  return finalStatuses.some((final) => final === status);
}

/** Every status a case can be in before it ends. */
export const openStatuses = [
  "submitted",
  "screening",
  "in_review",
  "awaiting_info",
  "awaiting_expert",
  "accepted",
  "routed",
] as const satisfies readonly CaseStatus[];
