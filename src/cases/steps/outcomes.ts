import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { caseWithOrganization, listOrganizations, servesJurisdiction } from "../../db/queries/organizations";
import { assignments, contacts, decisions, organizations, referralPartners, responses } from "../../db/schema";
import { findRecordedEvent, recordEvent } from "../events";
import { type MessageContext, type Planned, planApplicantSide, planMessages } from "../messages/plan";
import { closeAssignment, commit, moveCase } from "../transitions";
import { alertStaff } from "./alerts";
import { CaseMovedOn } from "./moved-on";
import { openAssignment } from "./requests";
import { epochSuffix } from "./resume";

/** The workflow's outcomes: decline, accept and refer to a lawyer, or refer to another member organization. */

/** Declines the case (by the reviewers' decision, or at screening for a reason code) and tells the applicant side why. */
export async function declineCase(
  db: Database,
  caseId: string,
  why: MessageContext<"case-declined">,
  epoch = 0,
): Promise<{ planned: Planned }> {
  const final = `final${epochSuffix(epoch)}`;
  const moved = await commit(
    db,
    moveCase(
      db,
      caseId,
      { from: ["submitted", "screening", "routed", "in_review", "declined"], to: "declined" },
      {
        type: "declined",
        actor: "system",
        data: { decisionId: why.decisionId ?? null, reason: why.reason ?? null },
        once: final,
      },
    ),
  );
  if (!moved) throw new CaseMovedOn(caseId, "decline");
  return {
    planned: await planApplicantSide(db, caseId, { template: "case-declined", context: why, occasion: final }),
  };
}

export async function acceptCase(
  db: Database,
  caseId: string,
  decisionId: string,
  epoch = 0,
): Promise<{ planned: Planned }> {
  const final = `final${epochSuffix(epoch)}`;
  const moved = await commit(
    db,
    moveCase(
      db,
      caseId,
      { from: ["in_review", "accepted"], to: "accepted" },
      { type: "accepted", actor: "system", data: { decisionId }, once: final },
    ),
  );
  if (!moved) throw new CaseMovedOn(caseId, "accept");
  return {
    planned: await planApplicantSide(db, caseId, { template: "case-accepted", context: {}, occasion: final }),
  };
}

/**
 * Offers an accepted case to a referral partner (a pro bono lawyer) of the organization: the one
 * staff chose, or the first active one. None (or the chosen one deactivated since) alerts staff.
 * `epoch` is the staff move that chose the partner (0: the workflow's own offer); it is the
 * offer's round, so the same partner can be asked again later.
 */
export async function offerToPartner(
  db: Database,
  caseId: string,
  dueInDays: number,
  choice: { partnerId?: string; epoch: number } = { epoch: 0 },
): Promise<{ offered: boolean; answered: boolean; planned: Planned }> {
  const { organization } = await caseWithOrganization(db, caseId);
  const partner = await db.query.referralPartners.findFirst({
    where: and(
      eq(referralPartners.organizationId, organization.id),
      eq(referralPartners.active, true),
      choice.partnerId ? eq(referralPartners.id, choice.partnerId) : undefined,
    ),
    orderBy: asc(referralPartners.createdAt),
  });
  const suffix = epochSuffix(choice.epoch);
  if (!partner)
    return {
      offered: false,
      answered: false,
      planned: await alertStaff(db, caseId, "referrals_exhausted", `partner${suffix}`),
    };
  const { answered, planned } = await offerReferral(db, caseId, {
    contactId: `${caseId}:partner:${partner.id}`,
    to: { name: partner.name, email: partner.email, language: partner.language },
    round: choice.epoch,
    dueInDays,
    occasion: `partner-${partner.id}${suffix}`,
  });
  return { offered: true, answered, planned };
}

/** Member organizations to offer a referred case to: the one the reviewer named, then the others that serve the place. */
export async function referralCandidates(db: Database, caseId: string, decisionId: string): Promise<string[]> {
  const { case: kase } = await caseWithOrganization(db, caseId);
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
  const all = (await listOrganizations(db)).filter((o) => o.id !== kase.organizationId);
  const named = all.filter((o) => o.id === decision?.referToOrganizationId);
  const serving = all.filter(
    (o) => o.id !== decision?.referToOrganizationId && servesJurisdiction(o, kase.application.conviction.jurisdiction),
  );
  return [...named, ...serving].map((o) => o.id);
}

/** Offers a referred case to a member organization, due by that member's own referral deadline; `epoch` as for `offerToPartner`. */
export async function offerToOrganization(
  db: Database,
  caseId: string,
  organizationId: string,
  epoch = 0,
): Promise<{ planned: Planned; answered: boolean; dueInDays: number }> {
  const target = await db.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
  if (!target) throw new Error(`organization ${organizationId} not found`);
  const dueInDays = target.referralDeadlineDays;
  const { assignmentId, answered, planned } = await offerReferral(db, caseId, {
    contactId: `${caseId}:member:${organizationId}`,
    to: { name: target.name, email: target.intakeEmail, language: target.languages[0] ?? "en" },
    round: epoch,
    dueInDays,
    occasion: `member-${organizationId}${epochSuffix(epoch)}`,
    organizationId,
  });
  await recordEvent(db, caseId, {
    type: "referral_offered",
    actor: "system",
    data: { organizationId },
    once: assignmentId,
  });
  return { planned, answered, dueInDays };
}

/**
 * One referral offer, to a partner or a member organization: whom it goes to as a contact of the
 * case, the offer as an assignment due in `dueInDays`, and the request to them planned. Each part
 * is kept by its key (the contact's id, the assignment's round, the message's occasion), so a retry
 * makes nothing twice.
 */
async function offerReferral(
  db: Database,
  caseId: string,
  offer: {
    contactId: string;
    to: Pick<typeof contacts.$inferInsert, "name" | "email" | "language">;
    round: number;
    dueInDays: number;
    occasion: string;
    organizationId?: string;
  },
) {
  const { contactId } = offer;
  await db
    .insert(contacts)
    .values({ id: contactId, caseId, role: "referral_partner", ...offer.to, notify: true })
    .onConflictDoNothing();
  const { assignmentId, answered } = await openAssignment(db, {
    caseId,
    round: offer.round,
    kind: "referral",
    contactId,
    organizationId: offer.organizationId,
    dueInDays: offer.dueInDays,
  });
  const planned = await planMessages(db, [
    {
      caseId,
      template: "referral-request",
      occasion: offer.occasion,
      recipient: { contactId },
      context: { assignmentId },
    },
  ]);
  return { assignmentId, answered, planned };
}

export type ReferralAnswer = { assignmentId: string; answer: "accepted" | "declined" | "lapsed" };

/**
 * How the latest referral offer ended. Past its deadline with no answer, it lapses, unless the answer
 * arrives in the same moment: of the two, exactly one wins.
 */
export async function referralOutcome(db: Database, caseId: string): Promise<ReferralAnswer> {
  const offer = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "referral")),
    orderBy: [desc(assignments.createdAt), desc(assignments.id)],
  });
  if (!offer) throw new Error(`case ${caseId} has no referral offer`);
  await commit(
    db,
    closeAssignment(db, caseId, offer.id, "lapsed", {
      type: "referral_lapsed",
      actor: "system",
      data: { assignmentId: offer.id },
      once: offer.id,
    }),
  );
  const response = await db.query.responses.findFirst({ where: eq(responses.assignmentId, offer.id) });
  if (!response) return { assignmentId: offer.id, answer: "lapsed" };
  return { assignmentId: offer.id, answer: response.accepted ? "accepted" : "declined" };
}

/** The lawyer or member organization took the case: it is referred, and the applicant side is told who took it. */
export async function completeReferral(
  db: Database,
  caseId: string,
  assignmentId: string,
  epoch = 0,
): Promise<{ planned: Planned }> {
  const final = `final${epochSuffix(epoch)}`;
  const offer = await db.query.assignments.findFirst({ where: eq(assignments.id, assignmentId) });
  const { case: kase } = await caseWithOrganization(db, caseId);
  const moved = await commit(
    db,
    moveCase(
      db,
      caseId,
      {
        from: ["accepted", "in_review", "referred"],
        to: "referred",
        ...(offer?.organizationId ? { organizationId: offer.organizationId } : {}),
      },
      { type: "referred", actor: "system", data: { assignmentId, from: kase.organizationId }, once: final },
    ),
  );
  if (!moved) throw new CaseMovedOn(caseId, "complete referral");
  // The case now belongs to the member that took it; a retried step finds who referred it in the event.
  const referred = await findRecordedEvent(db, caseId, { type: "referred", once: final });
  const from = typeof referred?.data?.from === "string" ? referred.data.from : kase.organizationId;
  return {
    planned: await planApplicantSide(db, caseId, {
      template: "case-referred",
      context: { assignmentId, organizationId: from },
      occasion: final,
    }),
  };
}

/** Logs that a member organization declined the offer; the next member may still take the case. */
export async function recordReferralDeclined(db: Database, caseId: string, assignmentId: string) {
  await recordEvent(db, caseId, {
    type: "referral_declined",
    actor: "system",
    data: { assignmentId },
    once: assignmentId,
  });
  return { recorded: true };
}

/** The referral partner declined or let the deadline pass: the intake team takes it from here. */
export async function referralFailed(
  db: Database,
  caseId: string,
  reply: { assignmentId: string; answer: "declined" | "lapsed" },
): Promise<{ planned: Planned }> {
  if (reply.answer === "declined") await recordReferralDeclined(db, caseId, reply.assignmentId);
  const reason = reply.answer === "declined" ? "referral_declined" : "referral_lapsed";
  return { planned: await alertStaff(db, caseId, reason, reply.assignmentId, { assignmentId: reply.assignmentId }) };
}

export async function referralsExhausted(db: Database, caseId: string, epoch = 0): Promise<{ planned: Planned }> {
  return { planned: await alertStaff(db, caseId, "referrals_exhausted", `members${epochSuffix(epoch)}`) };
}
