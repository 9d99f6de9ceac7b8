import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Database } from "../db/client";
import { closeAssignments, findAssignment, leastLoadedReviewers } from "../db/queries/assignments";
import { assignReviewers, type Planned } from "../db/queries/review";
import {
  assignments,
  type CaseStatus,
  capabilityTokens,
  cases,
  events,
  finalStatuses,
  organizations,
  reviewers,
} from "../db/schema";
import { ApiError } from "../errors";
import { deliverNotification } from "./notify";
import type { Staff } from "./staff-auth";

export const closeReasons = [
  "duplicate",
  "no_reviewer",
  "referrals_exhausted",
  "no_response",
  "resolved_elsewhere",
  "other",
] as const;
export type CloseReason = (typeof closeReasons)[number];

/**
 * Hands an open review to another reviewer (the one named, or the least loaded who has not seen
 * the case) and emails them the review link. The old link stops working; the workflow, waiting on
 * the round, takes the new reviewer's decision like any other.
 */
export async function reassignReview(
  env: Env,
  db: Database,
  staff: Staff,
  caseId: string,
  input: { assignmentId: string; reviewerId?: string },
) {
  const assignment = await findAssignment(db, input.assignmentId);
  if (!assignment || assignment.caseId !== caseId || assignment.kind !== "review")
    throw new ApiError("not_found", "This case has no such review assignment.");
  if (assignment.status !== "open")
    throw new ApiError("conflict", `This review is ${assignment.status}; only an open review can be reassigned.`);
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  const organization =
    kase && (await db.query.organizations.findFirst({ where: eq(organizations.id, kase.organizationId) }));
  if (!kase || !organization) throw new ApiError("not_found", "Case not found.");

  const everAsked = (
    await db.query.assignments.findMany({ where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "review")) })
  ).flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
  let reviewerId = input.reviewerId;
  if (reviewerId) {
    const chosen = await db.query.reviewers.findFirst({ where: eq(reviewers.id, reviewerId) });
    if (!chosen || chosen.organizationId !== organization.id || !chosen.active || reviewerId === assignment.reviewerId)
      throw new ApiError("invalid_request", "Choose another active reviewer of the case's organization.", [
        { path: "reviewerId", message: "Not an active reviewer of this organization who can take this review." },
      ]);
  } else {
    reviewerId = (await leastLoadedReviewers(db, organization.id, 1, everAsked))[0]?.id;
    if (!reviewerId) throw new ApiError("conflict", "No other active reviewer is left to take this review.");
  }

  await closeAssignments(db, [assignment.id], "reassigned");
  await db.insert(events).values({
    caseId,
    type: "reassigned",
    actor: staff.actor,
    data: { assignmentId: assignment.id, reviewerId },
  });
  const planned = await assignReviewers(db, caseId, assignment.round, {
    count: 1,
    keep: [reviewerId],
    reason: "reassigned",
    dueInDays: organization.reviewDeadlineDays,
    occasion: `staff-replaces-${assignment.id}`,
  });
  await deliverAll(env, planned);
  const replacement = await db.query.assignments.findFirst({
    where: and(
      eq(assignments.caseId, caseId),
      eq(assignments.round, assignment.round),
      eq(assignments.reviewerId, reviewerId),
      eq(assignments.status, "open"),
    ),
  });
  if (!replacement) throw new Error(`reassignment of ${assignment.id} made no assignment`);
  return replacement;
}

async function deliverAll(env: Env, planned: Planned) {
  for (const { id } of planned) await deliverNotification(env, id);
}

/**
 * Ends a case for good: withdrawn at the applicant's request, or closed by staff. Its workflow is
 * stopped first, so nothing it was waiting on can move the case again; open requests and their
 * links are revoked (status links keep working, to show the outcome).
 */
export async function endCase(
  env: Env,
  db: Database,
  staff: Staff,
  caseId: string,
  outcome: { status: "withdrawn" } | { status: "closed"; reason: CloseReason },
) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  if (!kase) throw new ApiError("not_found", "Case not found.");
  if (isFinal(kase.status))
    throw new ApiError("conflict", `This case is already ${kase.status}; it cannot be ${outcome.status}.`);

  await stopWorkflow(env, caseId);
  const open = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.status, "open")),
  });
  await closeAssignments(
    db,
    open.map((a) => a.id),
    "revoked",
  );
  await db.batch([
    db
      .update(capabilityTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(capabilityTokens.caseId, caseId),
          ne(capabilityTokens.purpose, "status"),
          isNull(capabilityTokens.revokedAt),
        ),
      ),
    db
      .update(cases)
      .set({ status: outcome.status, updatedAt: new Date() })
      .where(and(eq(cases.id, caseId), inArray(cases.status, [kase.status]))),
    db.insert(events).values({
      caseId,
      type: outcome.status,
      actor: staff.actor,
      data: { from: kase.status, ...(outcome.status === "closed" ? { reason: outcome.reason } : {}) },
    }),
  ]);
}

/** Terminates the case's workflow; one that already finished (or never started) is fine. */
export async function stopWorkflow(env: Env, caseId: string) {
  let instance: WorkflowInstance;
  try {
    instance = await env.CASE_REVIEW.get(caseId);
  } catch {
    return;
  }
  const finished = async () => ["terminated", "complete", "errored"].includes((await instance.status()).status);
  // Asked first because terminating a finished instance throws, and the local runtime logs that
  // throw as an uncaught exception even though it is caught here.
  if (await finished()) return;
  try {
    await instance.terminate();
  } catch (error) {
    if (!(await finished())) throw error;
  }
}

export function isFinal(status: CaseStatus): boolean {
  return (finalStatuses as readonly CaseStatus[]).includes(status);
}
