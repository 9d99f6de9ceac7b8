import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { deliverMessage } from "../src/cases/messages/deliver";
import type { MessageContext } from "../src/cases/messages/plan";
import { preserveClaimedEvidence } from "../src/cases/preservation";
import { confirmation } from "../src/cases/steps/custody";
import { isCaseMovedOn } from "../src/cases/steps/moved-on";
import { acceptCase, declineCase } from "../src/cases/steps/outcomes";
import { closeRequest, consultExpert, requestInfo, timeToAnswer } from "../src/cases/steps/requests";
import { announceMove, resumePoint } from "../src/cases/steps/resume";
import {
  assignReviewers,
  type Deadlines,
  deadlinesOf,
  openReviews,
  remindReviewer,
  replaceReviewer,
  roundReviewers,
  splitRound,
  tallyRound,
} from "../src/cases/steps/review-rounds";
import { acknowledgeReceipt, routeCase, screenCase } from "../src/cases/steps/screening";
import {
  type CaseReviewParams,
  markWorkflowErrored,
  markWorkflowRunning,
  type WakeEvent,
  wakeEvents,
} from "../src/cases/workflow";
import { createDb } from "../src/db/client";
import { referAsChosen, referToMembers } from "./case-review-referrals";
import type { Notify, Outcome, Tools } from "./case-review-tools";

/**
 * Mail outages are retried for about half an hour before the instance errors; a provider's
 * permanent refusal is not thrown, so it is never retried (see `deliverMessage`).
 */
const SEND_STEP = { retries: { limit: 5, delay: "1 minute", backoff: "exponential" }, timeout: "2 minutes" } as const;

/** How long one wait for a written confirmation lasts; then D1 is read again and the wait goes on. */
const CONFIRMATION_WAIT = "90 days";

/** A case is routed at most this many times, so two organizations' data can never bounce it forever. */
const MAX_ROUTES = 3;

/**
 * The per-case state machine (SPEC §3), one instance per case (instance id = case id):
 * receipt → screening (→ routed) → evidence preservation → review rounds (reminders,
 * reassignment, quorum, questions to the applicant, expert opinions) → accept and refer to a
 * lawyer, refer to another member organization, or decline. Every side effect is a named step
 * that is safe to retry, and lives in `src/cases/steps/` (evidence preservation, which link actions
 * and the daily job share, in `src/cases/preservation.ts`); each step returns a small typed result
 * the workflow branches on.
 */
export class CaseReview extends WorkflowEntrypoint<Env, CaseReviewParams> {
  override async run(event: WorkflowEvent<CaseReviewParams>, step: WorkflowStep) {
    const { caseId } = event.payload;
    try {
      return await this.process(caseId, step);
    } catch (error) {
      if (isCaseMovedOn(error)) return { caseId, outcome: "moved_on" as const };
      // The sweep restarts a workflow marked errored; if even this fails, the instance's own
      // status still says errored, which the sweep also looks at for cases not marked running.
      await step.do("record failure", () => markWorkflowErrored(createDb(this.env), caseId)).catch(() => undefined);
      throw error;
    }
  }

  private async process(caseId: string, step: WorkflowStep) {
    const db = () => createDb(this.env);

    /** Runs a step that plans messages, then sends each in its own step, so a failure retries one message. */
    const notify: Notify = async (name, plan) => {
      const result = await step.do(name, plan);
      for (const id of result.planned) {
        await step.do(`send for ${name}`, SEND_STEP, (ctx) => deliverMessage(this.env, id, ctx.attempt));
      }
      return result;
    };
    /** Waits for someone to act; false when the deadline passed first. */
    const waitFor = async (name: string, type: WakeEvent, timeout: WorkflowSleepDuration) => {
      try {
        await step.waitForEvent(name, { type, timeout });
        return true;
      } catch {
        return false;
      }
    };
    const tools: Tools = { notify, waitFor, step, db };

    await step.do("start", () => markWorkflowRunning(db(), caseId));
    const resume = await step.do("resume point", () => resumePoint(db(), caseId));
    if (resume.kind === "intake") return this.intake(caseId, tools);

    // Staff moved the case on and restarted this instance: take it from there. A case they reopened
    // after a decline at screening never had its evidence looked at.
    await step.do("evidence preservation", () => preserveClaimedEvidence(this.env, db(), caseId));
    const deadlines = await step.do("read deadlines", () => deadlinesOf(db(), caseId));
    const { epoch } = resume;
    if (resume.kind === "referral") {
      const outcome = await referAsChosen(caseId, resume.to, epoch, deadlines, tools);
      return { caseId, outcome, epoch };
    }
    const from = resume.movedFrom;
    if (from !== null) await notify("announce move", () => announceMove(db(), caseId, { from, epoch }));
    const previous = resume.round - 1;
    const keep =
      from === null && previous > 0
        ? await step.do(`reviewers of round ${previous}`, () => roundReviewers(db(), caseId, previous))
        : [];
    const outcome = await this.review(caseId, deadlines, tools, {
      round: resume.round,
      keep,
      reason: from === null ? "returned" : "new",
      epoch,
    });
    return { caseId, outcome, epoch };
  }

  /** A new case: receipt, screening (and routing), then review from the first round. */
  private async intake(caseId: string, tools: Tools) {
    const { notify, waitFor, step, db } = tools;
    const receipt = await notify("record receipt", () => acknowledgeReceipt(db(), caseId));

    let screening = await step.do("screen", () => screenCase(db(), caseId));
    for (let hop = 1; screening.outcome === "route" && hop <= MAX_ROUTES; hop++) {
      const to = screening.routeTo;
      await notify(`route to ${to}`, () => routeCase(db(), caseId, to));
      screening = await step.do(`screen at ${to}`, () => screenCase(db(), caseId));
    }
    if (screening.outcome === "route" || screening.outcome === "decline") {
      await notify("decline outside jurisdiction", () => declineCase(db(), caseId, { reason: "outside_jurisdiction" }));
      return { caseId, outcome: "declined" satisfies Outcome, acknowledgements: receipt.planned.length };
    }

    // Biological evidence can be lost while the case waits for review: ask for it to be kept now.
    await step.do("evidence preservation", () => preserveClaimedEvidence(this.env, db(), caseId));

    // Someone applied for a person in prison: where the organization asks for it, their written agreement first.
    while (!(await step.do("confirmation", () => confirmation(db(), caseId))).confirmed)
      await waitFor("wait for confirmation", wakeEvents.confirmation, CONFIRMATION_WAIT);

    const deadlines = await step.do("read deadlines", () => deadlinesOf(db(), caseId));
    const outcome = await this.review(caseId, deadlines, tools, { round: 1, keep: [], reason: "new", epoch: 0 });
    return { caseId, outcome, acknowledgements: receipt.planned.length };
  }

  private async review(caseId: string, d: Deadlines, tools: Tools, start: ReviewStart): Promise<Outcome> {
    const { notify, waitFor, step, db } = tools;
    let { keep, reason } = start;
    for (let round = start.round; ; round++) {
      const { assigned } = await notify(`assign reviewers round ${round}`, () =>
        assignReviewers(db(), caseId, round, {
          count: d.quorum,
          keep,
          reason,
          dueInDays: d.reviewDeadlineDays,
          occasion: "start",
        }),
      );
      if (assigned === 0) return "stalled";

      const verdict = await this.awaitVerdict(caseId, round, d, tools);
      if (verdict.kind === "stalled") return "stalled";
      if (verdict.kind === "final")
        return this.conclude(caseId, verdict.outcome, verdict.decisionId, start.epoch, d, tools);

      const asking = verdict.kind === "request_info";
      const due = asking ? d.respondDeadlineDays : d.expertDeadlineDays;
      const { decisionId } = verdict;
      const request = asking
        ? await notify(`request_info round ${round}`, () => requestInfo(db(), caseId, round, decisionId, due))
        : {
            ...(await notify(`consult_expert round ${round}`, () =>
              consultExpert(db(), caseId, round, decisionId, due),
            )),
            byLetter: false, // experts are written to by email
          };
      if (!request.answered) {
        const waitName = `wait for ${asking ? "answer" : "opinion"} round ${round}`;
        let answered = await waitFor(waitName, asking ? wakeEvents.answer : wakeEvents.opinion, `${due} days`);
        // A letter's deadline starts when staff print it: wait on while D1 says there is time left.
        while (!answered && request.byLetter) {
          const left = await step.do(`time to answer round ${round}`, () => timeToAnswer(db(), caseId, round));
          if (left.seconds === 0) break;
          answered = await waitFor(waitName, wakeEvents.answer, `${left.seconds} seconds`);
        }
      }
      const kind = asking ? "respond" : "consult";
      const closed = await step.do(`close ${kind} round ${round}`, () => closeRequest(db(), caseId, round, kind));
      keep = await step.do(`reviewers of round ${round}`, () => roundReviewers(db(), caseId, round));
      reason = !closed.answered ? "new" : asking ? "answer_received" : "opinion_received";
    }
  }

  /**
   * Waits out one round: reminds, reassigns, breaks splits, until a verdict or nobody is left. It
   * tallies before each wait, so a restarted workflow finds decisions made before it failed.
   */
  private async awaitVerdict(caseId: string, round: number, d: Deadlines, tools: Tools) {
    const { notify, waitFor, step, db } = tools;
    for (let timedOut = false; ; ) {
      const verdict = await step.do(`tally round ${round}`, () => tallyRound(db(), caseId, round, d.quorum));
      if (verdict.kind === "final" || verdict.kind === "request_info" || verdict.kind === "consult_expert")
        return verdict;
      if (verdict.kind === "split") {
        const { tiebreaker } = await notify(`break split round ${round}`, () =>
          splitRound(db(), caseId, round, d.reviewDeadlineDays),
        );
        if (!tiebreaker) return { kind: "stalled" as const };
      } else if (timedOut) {
        const silent = await step.do(`silent reviews round ${round}`, () => openReviews(db(), caseId, round));
        let waiting = 0;
        for (const review of silent) {
          if (review.remindersSent < d.reminders) {
            await notify(`remind ${review.assignmentId} #${review.remindersSent + 1}`, () =>
              remindReviewer(db(), caseId, review, d.reviewDeadlineDays),
            );
            waiting++;
          } else {
            const { outcome } = await notify(`replace ${review.assignmentId}`, () =>
              replaceReviewer(db(), caseId, round, review.assignmentId, d.reviewDeadlineDays),
            );
            if (outcome !== "nobody_left") waiting++;
          }
        }
        if (waiting === 0) return { kind: "stalled" as const };
      }
      timedOut = !(await waitFor(
        `wait for decision round ${round}`,
        wakeEvents.decision,
        `${d.reviewDeadlineDays} days`,
      ));
    }
  }

  private async conclude(
    caseId: string,
    outcome: "accept" | "decline" | "refer",
    decisionId: string,
    epoch: number,
    d: Deadlines,
    tools: Tools,
  ): Promise<Outcome> {
    const { notify, db } = tools;
    if (outcome === "decline") {
      await notify("decline", () => declineCase(db(), caseId, { decisionId }, epoch));
      return "declined";
    }
    if (outcome === "accept") {
      await notify("accept", () => acceptCase(db(), caseId, decisionId, epoch));
      return referAsChosen(caseId, { partnerId: undefined }, epoch, d, tools);
    }
    return referToMembers(caseId, decisionId, epoch, d, tools);
  }
}

type ReviewStart = {
  round: number;
  /** Reviewers of the previous round, asked again while active. */
  keep: string[];
  reason: MessageContext<"review-request">["reason"];
  /** Staff moves before this run (0 for the first run): keeps its final messages apart from earlier ones. */
  epoch: number;
};
