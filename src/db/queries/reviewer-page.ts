import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, cases, decisions } from "../schema";

/**
 * What a reviewer's own page lists: the reviews waiting for them, soonest due first, and every
 * decision they made, newest first. Cases that were purged are gone from both.
 */
export async function reviewerCases(db: Database, reviewerId: string) {
  const [open, decided] = await Promise.all([
    db
      .select({
        assignmentId: assignments.id,
        round: assignments.round,
        dueAt: assignments.dueAt,
        reference: cases.reference,
      })
      .from(assignments)
      .innerJoin(cases, eq(cases.id, assignments.caseId))
      .where(
        and(eq(assignments.reviewerId, reviewerId), eq(assignments.status, "open"), eq(assignments.kind, "review")),
      )
      .orderBy(asc(assignments.dueAt), asc(assignments.id)),
    db
      .select({
        assignmentId: decisions.assignmentId,
        round: decisions.round,
        outcome: decisions.outcome,
        decidedAt: decisions.createdAt,
        reference: cases.reference,
      })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .where(eq(decisions.reviewerId, reviewerId))
      .orderBy(desc(decisions.createdAt), desc(decisions.id)),
  ]);
  return { open, decided };
}

export type ReviewerCases = Awaited<ReturnType<typeof reviewerCases>>;

/** One review of this reviewer's, with the decision they made on it, if any; another's is not found. */
export async function reviewerAssignment(db: Database, reviewerId: string, assignmentId: string) {
  const assignment = await db.query.assignments.findFirst({
    where: and(
      eq(assignments.id, assignmentId),
      eq(assignments.reviewerId, reviewerId),
      eq(assignments.kind, "review"),
    ),
  });
  if (!assignment) return undefined;
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.assignmentId, assignmentId) });
  return { assignment, decision };
}
