import { and, eq, isNull, ne } from "drizzle-orm";
import type { Database } from "../db/client";
import { findAssignment, leastLoadedReviewers } from "../db/queries/assignments";
import { assignments, capabilityTokens, cases, organizations, reviewers } from "../db/schema";
import { ApiError } from "../errors";
import type { Staff } from "../lib/staff-auth";
import { recordEvent } from "./events";
import { deliverMessage } from "./messages/deliver";
import { assignReviewers, planReleased } from "./steps/review-rounds";
import { closeAssignment, closeOpenAssignments, commit, isFinal, moveCase, openStatuses } from "./transitions";
import { stopWorkflow } from "./workflow";

/** What staff do to a case: hand a review on, end a case, print letters, and every read they make. */

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
 * the round, takes the new reviewer's decision like any other. A decision that lands in the same
 * moment wins, and then nothing is handed on (409).
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

  const handedOn = await commit(
    db,
    closeAssignment(db, caseId, assignment.id, "reassigned", {
      type: "reassigned",
      actor: staff.actor,
      data: { assignmentId: assignment.id, reviewerId },
    }),
  );
  if (!handedOn) throw new ApiError("conflict", "This review was decided or closed a moment ago; nothing was changed.");
  for (const id of await planReleased(db, caseId, assignment, "staff")) await deliverMessage(env, id);
  const { planned } = await assignReviewers(db, caseId, assignment.round, {
    count: 1,
    keep: [reviewerId],
    reason: "reassigned",
    dueInDays: organization.reviewDeadlineDays,
    occasion: `staff-replaces-${assignment.id}`,
  });
  for (const id of planned) await deliverMessage(env, id);
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

/**
 * Ends a case for good: withdrawn at the applicant's request, or closed by staff. Its workflow is
 * stopped first, so nothing it was waiting on can move the case again; open requests and their
 * links are revoked (status links keep working, to show the outcome). Of two staff ending the
 * same case at once, one wins and the other gets 409.
 */
export async function endCase(
  env: Env,
  db: Database,
  staff: Staff,
  caseId: string,
  outcome: { status: "withdrawn" } | { status: "closed"; reason: CloseReason },
) {
  const before = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  if (!before) throw new ApiError("not_found", "Case not found.");
  if (isFinal(before.status))
    throw new ApiError("conflict", `This case is already ${before.status}; it cannot be ${outcome.status}.`);

  await stopWorkflow(env, caseId);
  // Read again: the workflow may have moved the case before it stopped.
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  const open = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.status, "open")),
  });
  const ended = await commit(db, [
    ...moveCase(
      db,
      caseId,
      { from: openStatuses, to: outcome.status },
      {
        type: outcome.status,
        actor: staff.actor,
        data: {
          from: kase?.status ?? before.status,
          ...(outcome.status === "closed" ? { reason: outcome.reason } : {}),
        },
      },
    ),
    ...closeOpenAssignments(
      db,
      open.map((a) => a.id),
      "revoked",
    ),
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
  ]);
  if (!ended) {
    const now = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
    throw new ApiError("conflict", `This case is already ${now?.status ?? "gone"}; it cannot be ${outcome.status}.`);
  }
}

/** Every staff read of a case is on its record, with who read which part. */
export async function recordStaffRead(db: Database, staff: Staff, caseId: string, view: string) {
  await recordEvent(db, caseId, { type: "viewed_by_staff", actor: staff.actor, data: { view } });
}
