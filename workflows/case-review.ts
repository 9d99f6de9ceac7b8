import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { createDb } from "../src/db/client";
import { planApplicantSide } from "../src/db/queries/notifications";
import {
  acceptCase,
  assignReviewers,
  chaseReviewers,
  closeRequest,
  completeReferral,
  consultExpert,
  type Deadlines,
  deadlinesOf,
  declineCase,
  offerToOrganization,
  offerToPartner,
  type Planned,
  recordReferralFailure,
  referralCandidates,
  referralFailed,
  referralOutcome,
  referralsExhausted,
  requestInfo,
  roundReviewers,
  routeCase,
  splitRound,
  tallyRound,
} from "../src/db/queries/review";
import { screenCase } from "../src/db/queries/screening";
import { events } from "../src/db/schema";
import { deliverNotification } from "../src/lib/notify";

/** Only the case id travels in params: everything personal stays in D1. */
export type CaseReviewParams = { caseId: string };

/** Events the pages send when someone acts on a link; they only wake the workflow, which reads D1. */
export const workflowEvents = {
  decision: "decision",
  answer: "answer",
  opinion: "opinion",
  referralResponse: "referral-response",
} as const;

/** Mail providers fail transiently; retry for about half an hour before the instance errors. */
const SEND_STEP = { retries: { limit: 5, delay: "1 minute", backoff: "exponential" }, timeout: "2 minutes" } as const;

/** A case is routed at most this many times, so two organizations' data can never bounce it forever. */
const MAX_ROUTES = 3;

type Outcome = "declined" | "referred" | "accepted" | "stalled";

/**
 * The per-case state machine (SPEC §3), one instance per case (instance id = case id):
 * receipt → screening (→ routed) → review rounds (reminders, reassignment, quorum,
 * questions to the applicant, expert opinions) → accept and refer to a lawyer, refer to another
 * member organization, or decline. Every side effect is a named step that is safe to retry.
 */
export class CaseReview extends WorkflowEntrypoint<Env, CaseReviewParams> {
  override async run(event: WorkflowEvent<CaseReviewParams>, step: WorkflowStep) {
    const { caseId } = event.payload;
    const db = () => createDb(this.env);

    /** Plans messages in one step, then sends each in its own, so a failure retries one message. */
    const notify = async (name: string, plan: () => Promise<Planned>) => {
      const planned = await step.do(name, plan);
      for (const { id, template } of planned) {
        await step.do(`send ${template}`, SEND_STEP, () => deliverNotification(this.env, id));
      }
      return planned;
    };
    /** Waits for an event; false when the deadline passed first. */
    const waitFor = async (name: string, type: string, days: number) => {
      try {
        await step.waitForEvent(name, { type, timeout: `${days} days` });
        return true;
      } catch {
        return false;
      }
    };

    const acknowledgements = await notify("record receipt", async () => {
      await db()
        .insert(events)
        .values({ caseId, type: "received", actor: "system", dedupeKey: `received:${caseId}` })
        .onConflictDoNothing({ target: events.dedupeKey });
      const ids = await planApplicantSide(db(), caseId, "acknowledgement", "receipt");
      return ids.map((id) => ({ id, template: "acknowledgement" }));
    });

    let screening = await step.do("screen", () => screenCase(db(), caseId));
    for (let hop = 1; screening.outcome === "route" && hop <= MAX_ROUTES; hop++) {
      const to = screening.routeTo;
      await notify(`route to ${to}`, () => routeCase(db(), caseId, to));
      screening = await step.do(`screen at ${to}`, () => screenCase(db(), caseId));
    }
    if (screening.outcome === "route" || screening.outcome === "decline") {
      await notify("decline outside jurisdiction", () => declineCase(db(), caseId, { reason: "outside_jurisdiction" }));
      return { caseId, outcome: "declined" satisfies Outcome, acknowledgements: acknowledgements.length };
    }

    const deadlines = await step.do("read deadlines", () => deadlinesOf(db(), caseId));
    const outcome = await this.review(caseId, deadlines, { notify, waitFor, step, db });
    return { caseId, outcome, acknowledgements: acknowledgements.length };
  }

  private async review(caseId: string, d: Deadlines, tools: Tools): Promise<Outcome> {
    const { notify, waitFor, step, db } = tools;
    let keep: string[] = [];
    let reason = "new";
    for (let round = 1; ; round++) {
      const asked = await notify(`assign reviewers round ${round}`, () =>
        assignReviewers(db(), caseId, round, {
          count: d.quorum,
          keep,
          reason,
          dueInDays: d.reviewDeadlineDays,
          occasion: "start",
        }),
      );
      if (asked.every((p) => p.template === "staff-alert")) return "stalled";

      const verdict = await this.awaitVerdict(caseId, round, d, tools);
      if (verdict.kind === "stalled") return "stalled";
      if (verdict.kind === "final") return this.conclude(caseId, verdict.outcome, verdict.decisionId, d, tools);

      const kind = verdict.kind === "request_info" ? "respond" : "consult";
      const due = kind === "respond" ? d.respondDeadlineDays : d.expertDeadlineDays;
      await notify(`${verdict.kind} round ${round}`, () =>
        verdict.kind === "request_info"
          ? requestInfo(db(), caseId, round, verdict.decisionId, due)
          : consultExpert(db(), caseId, round, verdict.decisionId, due),
      );
      await waitFor(
        `wait for ${kind === "respond" ? "answer" : "opinion"} round ${round}`,
        kind === "respond" ? workflowEvents.answer : workflowEvents.opinion,
        due,
      );
      const answered = await step.do(`close ${kind} round ${round}`, () => closeRequest(db(), caseId, round, kind));
      keep = await step.do(`reviewers of round ${round}`, () => roundReviewers(db(), caseId, round));
      reason = answered === "lapsed" ? "new" : kind === "respond" ? "answer_received" : "opinion_received";
    }
  }

  /** Waits out one round: reminds, reassigns, breaks splits, until a verdict or nobody is left. */
  private async awaitVerdict(caseId: string, round: number, d: Deadlines, tools: Tools) {
    const { notify, waitFor, step, db } = tools;
    for (;;) {
      const woke = await waitFor(`wait for decision round ${round}`, workflowEvents.decision, d.reviewDeadlineDays);
      const verdict = await step.do(`tally round ${round}`, () => tallyRound(db(), caseId, round, d.quorum));
      if (verdict.kind === "final" || verdict.kind === "request_info" || verdict.kind === "consult_expert")
        return verdict;
      if (verdict.kind === "split") {
        const planned = await notify(`break split round ${round}`, () =>
          splitRound(db(), caseId, round, d.reviewDeadlineDays),
        );
        if (!planned.some((p) => p.template === "review-request")) return { kind: "stalled" as const };
      } else if (!woke) {
        const planned = await notify(`chase reviewers round ${round}`, () => chaseReviewers(db(), caseId, round, d));
        const reassignedToNobody =
          planned.some((p) => p.template === "staff-alert") &&
          planned.every((p) => p.template !== "review-request" && p.template !== "review-reminder");
        if (reassignedToNobody) return { kind: "stalled" as const };
      }
    }
  }

  private async conclude(
    caseId: string,
    outcome: "accept" | "decline" | "refer",
    decisionId: string,
    d: Deadlines,
    tools: Tools,
  ): Promise<Outcome> {
    const { notify, waitFor, step, db } = tools;
    if (outcome === "decline") {
      await notify("decline", () => declineCase(db(), caseId, { decisionId }));
      return "declined";
    }
    if (outcome === "accept") {
      await notify("accept", () => acceptCase(db(), caseId, decisionId));
      const offered = await notify("offer to referral partner", () =>
        offerToPartner(db(), caseId, d.referralDeadlineDays),
      );
      if (!offered.some((p) => p.template === "referral-request")) return "accepted";
      await waitFor("wait for referral partner", workflowEvents.referralResponse, d.referralDeadlineDays);
      const reply = await step.do("referral partner's answer", () => referralOutcome(db(), caseId));
      if (reply.answer === "accepted") {
        await notify("referred to partner", () => completeReferral(db(), caseId, reply.assignmentId));
        return "referred";
      }
      const { answer } = reply;
      await notify(`referral ${answer}`, () => referralFailed(db(), caseId, reply.assignmentId, answer));
      return "accepted";
    }
    const candidates = await step.do("list member organizations", () => referralCandidates(db(), caseId, decisionId));
    for (const organizationId of candidates) {
      await notify(`offer to ${organizationId}`, () =>
        offerToOrganization(db(), caseId, organizationId, d.referralDeadlineDays),
      );
      await waitFor(`wait for ${organizationId}`, workflowEvents.referralResponse, d.referralDeadlineDays);
      const reply = await step.do(`answer of ${organizationId}`, () => referralOutcome(db(), caseId));
      if (reply.answer === "accepted") {
        await notify(`referred to ${organizationId}`, () => completeReferral(db(), caseId, reply.assignmentId));
        return "referred";
      }
      const { answer } = reply;
      await step.do(`record ${organizationId} ${answer}`, () =>
        recordReferralFailure(db(), caseId, reply.assignmentId, answer),
      );
    }
    await notify("no member took the case", () => referralsExhausted(db(), caseId));
    return "stalled";
  }
}

type Tools = {
  notify: (name: string, plan: () => Promise<Planned>) => Promise<Planned>;
  waitFor: (name: string, type: string, days: number) => Promise<boolean>;
  step: WorkflowStep;
  db: () => ReturnType<typeof createDb>;
};
