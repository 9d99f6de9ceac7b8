// CaseReview's referrals (SPEC §3): to a lawyer of the organization's referral partners, or to
// another member organization, each offer a step, its wait and its answer.
import {
  completeReferral,
  offerToOrganization,
  offerToPartner,
  type ReferralAnswer,
  recordReferralDeclined,
  referralCandidates,
  referralFailed,
  referralOutcome,
  referralsExhausted,
} from "../src/cases/steps/outcomes";
import type { Deadlines } from "../src/cases/steps/review-rounds";
import { wakeEvents } from "../src/cases/workflow";
import type { Outcome, Tools } from "./case-review-tools";

/**
 * Offers the case to each member organization the reviewers named, in turn, until one takes it;
 * staff hear when none does.
 */
export async function referToMembers(
  caseId: string,
  decisionId: string,
  epoch: number,
  d: Deadlines,
  tools: Tools,
): Promise<Outcome> {
  const { notify, step, db } = tools;
  const candidates = await step.do("list member organizations", () => referralCandidates(db(), caseId, decisionId));
  for (const organizationId of candidates) {
    const reply = await offer(caseId, { organizationId }, epoch, d, tools);
    if (reply.answer === "accepted") return "referred";
    if (reply.answer === "declined")
      await step.do(`record ${organizationId} declined`, () =>
        recordReferralDeclined(db(), caseId, reply.assignmentId),
      );
  }
  await notify("no member took the case", () => referralsExhausted(db(), caseId, epoch));
  return "stalled";
}

/**
 * Offers the case to one referral partner (the one staff chose, or the organization's first) or
 * one member organization, and tells staff when they decline or let it lapse.
 */
export async function referAsChosen(
  caseId: string,
  to: { partnerId: string | undefined } | { organizationId: string },
  epoch: number,
  d: Deadlines,
  tools: Tools,
): Promise<Outcome> {
  const reply = await offer(caseId, to, epoch, d, tools);
  if (reply.answer === "accepted") return "referred";
  if (reply.answer !== "none") {
    const failed = { assignmentId: reply.assignmentId, answer: reply.answer };
    await tools.notify(`referral ${reply.answer}`, () => referralFailed(tools.db(), caseId, failed));
  }
  return "accepted";
}

/** One referral offer, its wait and its answer; an accepted offer refers the case. */
async function offer(
  caseId: string,
  to: { partnerId: string | undefined } | { organizationId: string },
  epoch: number,
  d: Deadlines,
  tools: Tools,
): Promise<ReferralAnswer | { answer: "none" }> {
  const { notify, waitFor, step, db } = tools;
  const names = stepNames(to);
  let answered: boolean;
  let days = d.referralDeadlineDays;
  if ("organizationId" in to) {
    const offer = await notify(names.offer, () => offerToOrganization(db(), caseId, to.organizationId, epoch));
    answered = offer.answered;
    // A member offered the case answers within its own referral deadline.
    days = offer.dueInDays;
  } else {
    const offered = await notify(names.offer, () =>
      offerToPartner(db(), caseId, days, { partnerId: to.partnerId, epoch }),
    );
    if (!offered.offered) return { answer: "none" };
    answered = offered.answered;
  }
  if (!answered) await waitFor(names.wait, wakeEvents.referralResponse, `${days} days`);
  const reply = await step.do(names.answer, () => referralOutcome(db(), caseId));
  if (reply.answer === "accepted")
    await notify(names.referred, () => completeReferral(db(), caseId, reply.assignmentId, epoch));
  return reply;
}

/** The steps of one referral offer, named after whom it goes to. */
function stepNames(to: { partnerId: string | undefined } | { organizationId: string }) {
  if ("organizationId" in to) {
    const o = to.organizationId;
    return { offer: `offer to ${o}`, wait: `wait for ${o}`, answer: `answer of ${o}`, referred: `referred to ${o}` };
  }
  if (to.partnerId) {
    const p = `partner ${to.partnerId}`;
    return { offer: `offer to ${p}`, wait: `wait for ${p}`, answer: `${p}'s answer`, referred: `referred to ${p}` };
  }
  return {
    offer: "offer to referral partner",
    wait: "wait for referral partner",
    answer: "referral partner's answer",
    referred: "referred to partner",
  };
}
