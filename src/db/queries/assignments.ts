import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, reviewers } from "../schema";

export type Assignment = typeof assignments.$inferSelect;

/**
 * A reviewer's load: their open review assignments. Written out with an alias because drizzle
 * leaves column names unqualified when a query reads one table, and `"id"` would then mean the
 * assignment's own id.
 */
export const reviewerLoad = sql<number>`(SELECT count(*) FROM assignments AS open_review WHERE open_review.reviewer_id = ${reviewers}.id AND open_review.status = 'open' AND open_review.kind = 'review')`;

/**
 * Active reviewers of the organization by current load (open review assignments), least loaded
 * first, leaving out those already asked on this case.
 */
export async function leastLoadedReviewers(db: Database, organizationId: string, count: number, exclude: string[]) {
  const candidates = await db
    .select({ id: reviewers.id, load: reviewerLoad })
    .from(reviewers)
    .where(and(eq(reviewers.organizationId, organizationId), eq(reviewers.active, true)))
    .orderBy(asc(reviewerLoad), asc(reviewers.createdAt), asc(reviewers.id));
  return candidates.filter((r) => !exclude.includes(r.id)).slice(0, count);
}

export function caseAssignments(db: Database, caseId: string, kind?: Assignment["kind"]) {
  return db.query.assignments.findMany({
    where: kind ? and(eq(assignments.caseId, caseId), eq(assignments.kind, kind)) : eq(assignments.caseId, caseId),
    orderBy: [asc(assignments.createdAt), asc(assignments.id)],
  });
}

export function findAssignment(db: Database, id: string) {
  return db.query.assignments.findFirst({ where: eq(assignments.id, id) });
}
