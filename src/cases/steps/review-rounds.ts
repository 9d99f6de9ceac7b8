import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { leastLoadedReviewers } from "../../db/queries/assignments";
import { caseWithOrganization } from "../../db/queries/organizations";
import { assignments, type DecisionOutcome, decisions, type organizations, reviewers } from "../../db/schema";
import { DAY_MS } from "../../lib/tokens";
import { findRecordedEvent, recordEvent, recordEventIfChanged } from "../events";
import { type MessageContext, type Planned, planMessages } from "../messages/plan";
import { closeAssignment, closeOpenAssignments, commit, moveCase, type Statement } from "../transitions";
import { alertStaff } from "./alerts";
import { CaseMovedOn } from "./moved-on";

/** The workflow's review rounds: reviewers assigned, decisions tallied, silence chased, splits broken. */

export type Deadlines = Pick<
  typeof organizations.$inferSelect,
  "reviewDeadlineDays" | "reminders" | "quorum" | "respondDeadlineDays" | "expertDeadlineDays" | "referralDeadlineDays"
>;

export async function deadlinesOf(db: Database, caseId: string): Promise<Deadlines> {
  const { organization: o } = await caseWithOrganization(db, caseId);
  return {
    reviewDeadlineDays: o.reviewDeadlineDays,
    reminders: o.reminders,
    quorum: o.quorum,
    respondDeadlineDays: o.respondDeadlineDays,
    expertDeadlineDays: o.expertDeadlineDays,
    referralDeadlineDays: o.referralDeadlineDays,
  };
}

export type Assigned = { assigned: number; planned: Planned };

/**
 * Assigns `count` reviewers for a round: the given ones (who asked in the previous round) while
 * they are active, then the least loaded others who have not seen the case. Each seat of an
 * `occasion` has a fixed id, so a step that runs again finds the seats it filled and plans their
 * review requests again (once each), instead of choosing other people. Nobody to ask alerts staff.
 */
export async function assignReviewers(
  db: Database,
  caseId: string,
  round: number,
  options: {
    count: number;
    keep: string[];
    reason: MessageContext<"review-request">["reason"];
    dueInDays: number;
    occasion: string;
  },
): Promise<Assigned> {
  const { case: kase } = await caseWithOrganization(db, caseId);
  const seats = Array.from({ length: options.count }, (_, n) => `${caseId}:review:${round}:${options.occasion}:${n}`);
  const filled = await db.query.assignments.findMany({ where: inArray(assignments.id, seats) });
  const free = seats.filter((id) => !filled.some((a) => a.id === id));
  if (free.length > 0) {
    const asked = await db.query.assignments.findMany({
      where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "review")),
    });
    const inRound = new Set(asked.filter((a) => a.round === round).map((a) => a.reviewerId));
    const kept = options.keep.length
      ? await db.query.reviewers.findMany({
          where: and(inArray(reviewers.id, options.keep), eq(reviewers.active, true)),
        })
      : [];
    const chosen = kept.map((r) => r.id).filter((id) => !inRound.has(id));
    const missing = free.length - chosen.length;
    if (missing > 0) {
      const everAsked = asked.flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
      const others = await leastLoadedReviewers(db, kase.organizationId, missing, [...everAsked, ...chosen]);
      chosen.push(...others.map((r) => r.id));
    }
    if (chosen.length === 0 && filled.length === 0)
      return { assigned: 0, planned: await alertStaff(db, caseId, "no_reviewer", `${round}:${options.occasion}`) };

    const dueAt = new Date(Date.now() + options.dueInDays * DAY_MS);
    const rows = free.slice(0, chosen.length).map((id, n) => ({
      id,
      caseId,
      round,
      kind: "review" as const,
      reviewerId: chosen[n] ?? null,
      dueAt,
    }));
    const statements: Statement[] = [
      ...rows.map((row) => db.insert(assignments).values(row).onConflictDoNothing()),
      ...rows.map((row) =>
        recordEvent(db, caseId, {
          type: "assigned",
          actor: "system",
          data: { assignmentId: row.id, round, reviewerId: row.reviewerId },
          once: row.id,
        }),
      ),
    ];
    if (kase.status !== "in_review")
      statements.push(
        ...moveCase(
          db,
          caseId,
          { from: ["submitted", "screening", "routed", "in_review"], to: "in_review" },
          { type: "in_review", actor: "system", data: { round }, once: `round-${round}` },
        ),
      );
    if (!(await commit(db, statements))) throw new CaseMovedOn(caseId, "assign reviewers");
  }

  const seated = await db.query.assignments.findMany({ where: inArray(assignments.id, seats) });
  const planned = await planMessages(
    db,
    seated.flatMap((row) =>
      row.reviewerId
        ? [
            {
              caseId,
              template: "review-request" as const,
              occasion: `round-${round}:${options.occasion}`,
              recipient: { reviewerId: row.reviewerId },
              context: { assignmentId: row.id, reason: options.reason },
            },
          ]
        : [],
    ),
  );
  return { assigned: seated.length, planned };
}

export type Verdict =
  | { kind: "final"; outcome: "accept" | "decline" | "refer"; decisionId: string }
  | { kind: "request_info" | "consult_expert"; decisionId: string }
  | { kind: "split" }
  | { kind: "waiting" };

const finalOutcomes = ["accept", "decline", "refer"] as const satisfies DecisionOutcome[];

/**
 * Reads the round's decisions. An intermediate decision (questions for the applicant, an expert's
 * opinion) is acted on at once; a final outcome needs `quorum` reviewers to agree. When everyone
 * asked has decided and no outcome has the quorum, the round is split.
 */
export async function tallyRound(db: Database, caseId: string, round: number, quorum: number): Promise<Verdict> {
  const decided = await db.query.decisions.findMany({
    where: and(eq(decisions.caseId, caseId), eq(decisions.round, round)),
    orderBy: [asc(decisions.createdAt), asc(decisions.id)],
  });
  const reviews = await roundAssignments(db, caseId, round);
  const open = reviews.filter((a) => a.status === "open").map((a) => a.id);
  for (const d of decided) {
    if (d.outcome === "request_info" || d.outcome === "consult_expert") {
      await commit(db, closeOpenAssignments(db, open, "revoked"));
      return { kind: d.outcome, decisionId: d.id };
    }
  }
  for (const outcome of finalOutcomes) {
    const last = decided.filter((d) => d.outcome === outcome)[quorum - 1];
    if (last) {
      await commit(db, closeOpenAssignments(db, open, "revoked"));
      return { kind: "final", outcome, decisionId: last.id };
    }
  }
  return open.length === 0 && decided.length > 0 ? { kind: "split" } : { kind: "waiting" };
}

function roundAssignments(db: Database, caseId: string, round: number) {
  return db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.kind, "review")),
    orderBy: [asc(assignments.createdAt), asc(assignments.id)],
  });
}

/** Reviewers who took part in a round and may carry on in the next one. */
export async function roundReviewers(db: Database, caseId: string, round: number): Promise<string[]> {
  return (await roundAssignments(db, caseId, round))
    .filter((a) => a.status === "done" || a.status === "revoked")
    .flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
}

/** The reviews of a round still waiting for a decision, with how often each was reminded. */
export async function openReviews(
  db: Database,
  caseId: string,
  round: number,
): Promise<{ assignmentId: string; remindersSent: number }[]> {
  return (await roundAssignments(db, caseId, round))
    .filter((a) => a.status === "open")
    .map((a) => ({ assignmentId: a.id, remindersSent: a.remindersSent }));
}

/** Reviewers split with nobody left to decide: staff are told and one more reviewer is asked. */
export async function splitRound(
  db: Database,
  caseId: string,
  round: number,
  dueInDays: number,
): Promise<{ tiebreaker: boolean; planned: Planned }> {
  const alert = await alertStaff(db, caseId, "quorum_split", String(round));
  const tiebreak = await assignReviewers(db, caseId, round, {
    count: 1,
    keep: [],
    reason: "new",
    dueInDays,
    occasion: "tiebreak",
  });
  return { tiebreaker: tiebreak.assigned > 0, planned: [...alert, ...tiebreak.planned] };
}

/** Reminds a silent reviewer (their `reminder`-th reminder) and gives them another deadline. */
export async function remindReviewer(
  db: Database,
  caseId: string,
  review: { assignmentId: string; remindersSent: number },
  reviewDeadlineDays: number,
): Promise<{ planned: Planned }> {
  const reminder = review.remindersSent + 1;
  const assignment = await db.query.assignments.findFirst({ where: eq(assignments.id, review.assignmentId) });
  if (!assignment?.reviewerId) throw new Error(`assignment ${review.assignmentId} has no reviewer`);
  const once = `${review.assignmentId}:${reminder}`;
  // Counting reminders with a compare-and-set makes a step that runs again send the same one, not
  // the next; a review decided in the meantime is not reminded at all.
  const reminded = await commit(db, [
    db
      .update(assignments)
      .set({ remindersSent: reminder, dueAt: new Date(Date.now() + reviewDeadlineDays * DAY_MS) })
      .where(
        and(
          eq(assignments.id, review.assignmentId),
          eq(assignments.status, "open"),
          eq(assignments.remindersSent, review.remindersSent),
        ),
      ),
    recordEventIfChanged(db, caseId, {
      type: "reminded",
      actor: "system",
      data: { assignmentId: review.assignmentId, reminder },
      once,
    }),
  ]);
  if (!reminded && !(await findRecordedEvent(db, caseId, { type: "reminded", once }))) return { planned: [] };
  const planned = await planMessages(db, [
    {
      caseId,
      template: "review-reminder",
      occasion: once,
      recipient: { reviewerId: assignment.reviewerId },
      context: { assignmentId: review.assignmentId },
    },
  ]);
  return { planned };
}

/**
 * A reviewer silent after every reminder: the review goes to someone else and staff are told. A
 * decision that arrives in the same moment wins, and then nobody is replaced.
 */
export async function replaceReviewer(
  db: Database,
  caseId: string,
  round: number,
  assignmentId: string,
  reviewDeadlineDays: number,
): Promise<{ outcome: "decided" | "replaced" | "nobody_left"; planned: Planned }> {
  await commit(
    db,
    closeAssignment(db, caseId, assignmentId, "reassigned", {
      type: "reassigned",
      actor: "system",
      data: { assignmentId, reason: "reviewer_silent" },
      once: assignmentId,
    }),
  );
  const review = await db.query.assignments.findFirst({ where: eq(assignments.id, assignmentId) });
  if (review?.status !== "reassigned") return { outcome: "decided", planned: [] };
  const alert = await alertStaff(db, caseId, "reviewer_silent", assignmentId, { assignmentId });
  const released = await planReleased(db, caseId, review, "no_answer");
  const replacement = await assignReviewers(db, caseId, round, {
    count: 1,
    keep: [],
    reason: "reassigned",
    dueInDays: reviewDeadlineDays,
    occasion: `replaces-${assignmentId}`,
  });
  return {
    outcome: replacement.assigned > 0 ? "replaced" : "nobody_left",
    planned: [...alert, ...released, ...replacement.planned],
  };
}

/** Plans the message that tells a reviewer taken off a case that they no longer need to review it. */
export function planReleased(
  db: Database,
  caseId: string,
  review: { id: string; reviewerId: string | null },
  reason: MessageContext<"review-released">["reason"],
): Promise<Planned> {
  if (!review.reviewerId) return Promise.resolve([]);
  return planMessages(db, [
    {
      caseId,
      template: "review-released",
      occasion: `released-${review.id}`,
      recipient: { reviewerId: review.reviewerId },
      context: { assignmentId: review.id, reason },
    },
  ]);
}
