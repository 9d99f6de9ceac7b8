import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { DAY_MS } from "../../lib/tokens";
import type { Database } from "../client";
import {
  assignments,
  type CaseStatus,
  cases,
  contacts,
  type DecisionOutcome,
  decisions,
  events,
  organizations,
  referralPartners,
  responses,
  reviewers,
} from "../schema";
import { closeAssignments, leastLoadedReviewers } from "./assignments";
import { planApplicantSide, planNotification, planNotifications } from "./notifications";
import { listOrganizations, servesJurisdiction } from "./organizations";

/**
 * What each workflow step does in D1. Every function is safe to run twice (a retried step): rows
 * are keyed so a second run finds the first run's work, and each returns ids only.
 */

export type Planned = { id: string; template: string }[];
export type Deadlines = Pick<
  typeof organizations.$inferSelect,
  "reviewDeadlineDays" | "reminders" | "quorum" | "respondDeadlineDays" | "expertDeadlineDays" | "referralDeadlineDays"
>;

async function caseOrganization(db: Database, caseId: string) {
  const [row] = await db
    .select({ case: cases, organization: organizations })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  return row;
}

export async function deadlinesOf(db: Database, caseId: string): Promise<Deadlines> {
  const { organization: o } = await caseOrganization(db, caseId);
  return {
    reviewDeadlineDays: o.reviewDeadlineDays,
    reminders: o.reminders,
    quorum: o.quorum,
    respondDeadlineDays: o.respondDeadlineDays,
    expertDeadlineDays: o.expertDeadlineDays,
    referralDeadlineDays: o.referralDeadlineDays,
  };
}

/** Moves the case to `status` and logs the transition once (keyed by `occasion`). */
export function transition(
  db: Database,
  caseId: string,
  status: CaseStatus,
  occasion: string,
  data: Record<string, string | number | null> = {},
) {
  return [
    db.update(cases).set({ status, updatedAt: new Date() }).where(eq(cases.id, caseId)),
    db
      .insert(events)
      .values({ caseId, type: status, actor: "system", data, dedupeKey: `${status}:${caseId}:${occasion}` })
      .onConflictDoNothing({ target: events.dedupeKey }),
  ] as const;
}

function withTemplate(ids: string[], template: string): Planned {
  return ids.map((id) => ({ id, template }));
}

/** Tells the organization's intake team; `assignmentId` names who or what the alert is about. */
async function staffAlert(
  db: Database,
  caseId: string,
  reason: string,
  occasion: string,
  assignmentId?: string,
): Promise<Planned> {
  const { organization } = await caseOrganization(db, caseId);
  const id = await planNotification(db, {
    caseId,
    template: "staff-alert",
    occasion: `${reason}:${occasion}`,
    recipient: { organizationId: organization.id },
    context: { reason, ...(assignmentId ? { assignmentId } : {}) },
  });
  await db
    .insert(events)
    .values({
      caseId,
      type: "escalated",
      actor: "system",
      data: { reason },
      dedupeKey: `escalated:${caseId}:${reason}:${occasion}`,
    })
    .onConflictDoNothing({ target: events.dedupeKey });
  return [{ id, template: "staff-alert" }];
}

// Screening outcomes -----------------------------------------------------------------------------

export async function routeCase(db: Database, caseId: string, toOrganizationId: string): Promise<Planned> {
  const { case: kase } = await caseOrganization(db, caseId);
  const from = kase.organizationId;
  if (from !== toOrganizationId) {
    await db.batch([
      db.update(cases).set({ organizationId: toOrganizationId }).where(eq(cases.id, caseId)),
      ...transition(db, caseId, "routed", toOrganizationId, { from, to: toOrganizationId }),
    ]);
  }
  const ids = await planApplicantSide(db, caseId, "case-routed", `to-${toOrganizationId}`, { organizationId: from });
  return withTemplate(ids, "case-routed");
}

export async function declineCase(
  db: Database,
  caseId: string,
  why: { decisionId?: string; reason?: string },
): Promise<Planned> {
  await db.batch(
    transition(db, caseId, "declined", "final", { decisionId: why.decisionId ?? null, reason: why.reason ?? null }),
  );
  const ids = await planApplicantSide(db, caseId, "case-declined", "final", why);
  return withTemplate(ids, "case-declined");
}

// Review rounds ----------------------------------------------------------------------------------

/**
 * Assigns `count` reviewers for a round: the given ones (who asked in the previous round) while
 * they are active, then the least loaded others. Returns the planned review requests.
 */
export async function assignReviewers(
  db: Database,
  caseId: string,
  round: number,
  options: { count: number; keep: string[]; reason: string; dueInDays: number; occasion: string },
): Promise<Planned> {
  const { case: kase } = await caseOrganization(db, caseId);
  const existing = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "review"), eq(assignments.round, round)),
  });
  const keep = options.keep.length
    ? await db.query.reviewers.findMany({ where: and(inArray(reviewers.id, options.keep), eq(reviewers.active, true)) })
    : [];
  const already = new Set(existing.map((a) => a.reviewerId));
  const chosen = keep.map((r) => r.id).filter((id) => !already.has(id));
  const everAsked = (
    await db.query.assignments.findMany({ where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "review")) })
  )
    .map((a) => a.reviewerId)
    .filter((id): id is string => id !== null);
  const missing = options.count - chosen.length;
  if (missing > 0) {
    const others = await leastLoadedReviewers(db, kase.organizationId, missing, [...everAsked, ...chosen]);
    chosen.push(...others.map((r) => r.id));
  }
  if (chosen.length === 0)
    return existing.length > 0 ? [] : staffAlert(db, caseId, "no_reviewer", `${round}:${options.occasion}`);

  const dueAt = new Date(Date.now() + options.dueInDays * DAY_MS);
  const rows = chosen.map((reviewerId) => ({
    id: crypto.randomUUID(),
    caseId,
    round,
    kind: "review" as const,
    reviewerId,
    dueAt,
  }));
  await db.batch([
    db.insert(assignments).values(rows),
    db.update(cases).set({ status: "in_review", updatedAt: new Date() }).where(eq(cases.id, caseId)),
    ...rows.map((row) =>
      db
        .insert(events)
        .values({
          caseId,
          type: "assigned",
          actor: "system",
          data: { assignmentId: row.id, round, reviewerId: row.reviewerId },
        })
        .onConflictDoNothing(),
    ),
  ]);
  const ids = await planNotifications(
    db,
    rows.map((row) => ({
      caseId,
      template: "review-request" as const,
      occasion: `round-${round}:${options.occasion}`,
      recipient: { reviewerId: row.reviewerId },
      context: { assignmentId: row.id, reason: options.reason },
    })),
  );
  return withTemplate(ids, "review-request");
}

export type Verdict =
  | { kind: "final"; outcome: "accept" | "decline" | "refer"; decisionId: string }
  | { kind: "request_info" | "consult_expert"; decisionId: string }
  | { kind: "split" }
  | { kind: "waiting" };

const finalOutcomes: DecisionOutcome[] = ["accept", "decline", "refer"];

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
  const intermediate = decided.find((d) => d.outcome === "request_info" || d.outcome === "consult_expert");
  if (intermediate) {
    await revokeOpenReviews(db, caseId, round);
    return { kind: intermediate.outcome as "request_info" | "consult_expert", decisionId: intermediate.id };
  }
  for (const outcome of finalOutcomes) {
    const agreeing = decided.filter((d) => d.outcome === outcome);
    const last = agreeing[quorum - 1];
    if (last) {
      await revokeOpenReviews(db, caseId, round);
      return { kind: "final", outcome: outcome as "accept" | "decline" | "refer", decisionId: last.id };
    }
  }
  const open = await db.query.assignments.findMany({
    where: and(
      eq(assignments.caseId, caseId),
      eq(assignments.round, round),
      eq(assignments.kind, "review"),
      eq(assignments.status, "open"),
    ),
  });
  return open.length === 0 && decided.length > 0 ? { kind: "split" } : { kind: "waiting" };
}

async function revokeOpenReviews(db: Database, caseId: string, round: number) {
  const open = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.status, "open")),
  });
  await closeAssignments(
    db,
    open.map((a) => a.id),
    "revoked",
  );
}

/** Reviewers who took part in a round and may carry on in the next one. */
export async function roundReviewers(db: Database, caseId: string, round: number): Promise<string[]> {
  const rows = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.kind, "review")),
  });
  return rows
    .filter((a) => a.status === "done" || a.status === "revoked")
    .flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
}

export async function splitRound(db: Database, caseId: string, round: number, dueInDays: number): Promise<Planned> {
  const alert = await staffAlert(db, caseId, "quorum_split", String(round));
  const tiebreak = await assignReviewers(db, caseId, round, {
    count: 1,
    keep: [],
    reason: "new",
    dueInDays,
    occasion: "tiebreak",
  });
  return [...alert, ...tiebreak];
}

/**
 * After a silent deadline: each open review is reminded, or, once its reminders are spent, handed
 * to another reviewer with the intake team told.
 */
export async function chaseReviewers(
  db: Database,
  caseId: string,
  round: number,
  deadlines: Deadlines,
): Promise<Planned> {
  const open = await db.query.assignments.findMany({
    where: and(
      eq(assignments.caseId, caseId),
      eq(assignments.round, round),
      eq(assignments.kind, "review"),
      eq(assignments.status, "open"),
    ),
  });
  const planned: Planned = [];
  for (const assignment of open) {
    if (assignment.remindersSent < deadlines.reminders) {
      const n = assignment.remindersSent + 1;
      await db
        .update(assignments)
        .set({ remindersSent: n, dueAt: new Date(Date.now() + deadlines.reviewDeadlineDays * DAY_MS) })
        .where(and(eq(assignments.id, assignment.id), eq(assignments.remindersSent, n - 1)));
      await db
        .insert(events)
        .values({
          caseId,
          type: "reminded",
          actor: "system",
          data: { assignmentId: assignment.id, reminder: n },
          dedupeKey: `reminded:${assignment.id}:${n}`,
        })
        .onConflictDoNothing({ target: events.dedupeKey });
      const id = await planNotification(db, {
        caseId,
        template: "review-reminder",
        occasion: `${assignment.id}:${n}`,
        recipient: { reviewerId: assignment.reviewerId ?? "" },
        context: { assignmentId: assignment.id },
      });
      planned.push({ id, template: "review-reminder" });
    } else {
      await closeAssignments(db, [assignment.id], "reassigned");
      planned.push(...(await staffAlert(db, caseId, "reviewer_silent", assignment.id, assignment.id)));
      planned.push(
        ...(await assignReviewers(db, caseId, round, {
          count: 1,
          keep: [],
          reason: "reassigned",
          dueInDays: deadlines.reviewDeadlineDays,
          occasion: `replaces-${assignment.id}`,
        })),
      );
    }
  }
  return planned;
}

// Intermediate decisions -------------------------------------------------------------------------

export async function requestInfo(
  db: Database,
  caseId: string,
  round: number,
  decisionId: string,
  dueInDays: number,
): Promise<Planned> {
  const submitter = await db.query.contacts.findFirst({
    where: and(eq(contacts.caseId, caseId), eq(contacts.isSubmitter, true)),
  });
  await db.batch(transition(db, caseId, "awaiting_info", `round-${round}`, { decisionId }));
  if (!submitter?.email) return staffAlert(db, caseId, "postal_only", `round-${round}`);
  const assignmentId = await openAssignment(db, { caseId, round, kind: "respond", contactId: submitter.id, dueInDays });
  const id = await planNotification(db, {
    caseId,
    template: "info-request",
    occasion: `round-${round}`,
    recipient: { contactId: submitter.id },
    context: { assignmentId, decisionId },
  });
  return [{ id, template: "info-request" }];
}

export async function consultExpert(
  db: Database,
  caseId: string,
  round: number,
  decisionId: string,
  dueInDays: number,
): Promise<Planned> {
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
  if (!decision?.expertEmail) throw new Error(`decision ${decisionId} names no expert`);
  const { case: kase } = await caseOrganization(db, caseId);
  const contactId = `${decisionId}:expert`;
  await db.batch([
    db
      .insert(contacts)
      .values({
        id: contactId,
        caseId,
        role: "expert",
        name: "",
        email: decision.expertEmail,
        language: kase.language,
        notify: true,
      })
      .onConflictDoNothing(),
    ...transition(db, caseId, "awaiting_expert", `round-${round}`, { decisionId }),
  ]);
  const assignmentId = await openAssignment(db, { caseId, round, kind: "consult", contactId, dueInDays });
  const id = await planNotification(db, {
    caseId,
    template: "expert-request",
    occasion: `round-${round}`,
    recipient: { contactId },
    context: { assignmentId, decisionId },
  });
  return [{ id, template: "expert-request" }];
}

/** One open assignment of `kind` per round and recipient: a retried step finds the first. */
async function openAssignment(
  db: Database,
  a: {
    caseId: string;
    round: number;
    kind: "respond" | "consult" | "referral";
    contactId: string;
    organizationId?: string;
    dueInDays: number;
  },
): Promise<string> {
  const existing = await db.query.assignments.findFirst({
    where: and(
      eq(assignments.caseId, a.caseId),
      eq(assignments.round, a.round),
      eq(assignments.kind, a.kind),
      eq(assignments.contactId, a.contactId),
    ),
  });
  if (existing) return existing.id;
  const id = crypto.randomUUID();
  await db.insert(assignments).values({
    id,
    caseId: a.caseId,
    round: a.round,
    kind: a.kind,
    contactId: a.contactId,
    organizationId: a.organizationId ?? null,
    dueAt: new Date(Date.now() + a.dueInDays * DAY_MS),
  });
  return id;
}

/** Records how a request for an answer or an opinion ended and returns the case to review. */
export async function closeRequest(
  db: Database,
  caseId: string,
  round: number,
  kind: "respond" | "consult",
): Promise<"answered" | "lapsed"> {
  const request = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.kind, kind)),
  });
  const answered = request
    ? await db.query.responses.findFirst({ where: eq(responses.assignmentId, request.id) })
    : undefined;
  if (request && !answered) await closeAssignments(db, [request.id], "lapsed");
  await db.batch(transition(db, caseId, "in_review", `after-${kind}-${round}`, { answered: answered ? 1 : 0 }));
  return answered ? "answered" : "lapsed";
}

// Final outcomes ---------------------------------------------------------------------------------

export async function acceptCase(db: Database, caseId: string, decisionId: string): Promise<Planned> {
  await db.batch(transition(db, caseId, "accepted", "final", { decisionId }));
  return withTemplate(await planApplicantSide(db, caseId, "case-accepted", "final"), "case-accepted");
}

/** Offers an accepted case to the organization's referral partner (a pro bono lawyer). */
export async function offerToPartner(db: Database, caseId: string, dueInDays: number): Promise<Planned> {
  const { organization } = await caseOrganization(db, caseId);
  const partner = await db.query.referralPartners.findFirst({
    where: and(eq(referralPartners.organizationId, organization.id), eq(referralPartners.active, true)),
    orderBy: asc(referralPartners.createdAt),
  });
  if (!partner) return staffAlert(db, caseId, "referrals_exhausted", "partner");
  const contactId = `${caseId}:partner:${partner.id}`;
  await db
    .insert(contacts)
    .values({
      id: contactId,
      caseId,
      role: "referral_partner",
      name: partner.name,
      email: partner.email,
      language: partner.language,
      notify: true,
    })
    .onConflictDoNothing();
  const assignmentId = await openAssignment(db, { caseId, round: 0, kind: "referral", contactId, dueInDays });
  const id = await planNotification(db, {
    caseId,
    template: "referral-request",
    occasion: `partner-${partner.id}`,
    recipient: { contactId },
    context: { assignmentId },
  });
  return [{ id, template: "referral-request" }];
}

/** Member organizations to offer a referred case to: the one the reviewer named, then the others that serve the place. */
export async function referralCandidates(db: Database, caseId: string, decisionId: string): Promise<string[]> {
  const { case: kase } = await caseOrganization(db, caseId);
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
  const all = (await listOrganizations(db)).filter((o) => o.id !== kase.organizationId);
  const named = all.filter((o) => o.id === decision?.referToOrganizationId);
  const serving = all.filter(
    (o) => o.id !== decision?.referToOrganizationId && servesJurisdiction(o, kase.application.conviction.jurisdiction),
  );
  return [...named, ...serving].map((o) => o.id);
}

export async function offerToOrganization(
  db: Database,
  caseId: string,
  organizationId: string,
  dueInDays: number,
): Promise<Planned> {
  const target = await db.query.organizations.findFirst({ where: eq(organizations.id, organizationId) });
  if (!target) throw new Error(`organization ${organizationId} not found`);
  const contactId = `${caseId}:member:${organizationId}`;
  await db
    .insert(contacts)
    .values({
      id: contactId,
      caseId,
      role: "referral_partner",
      name: target.name,
      email: target.intakeEmail,
      language: target.languages[0] ?? "en",
      notify: true,
    })
    .onConflictDoNothing();
  const assignmentId = await openAssignment(db, {
    caseId,
    round: 0,
    kind: "referral",
    contactId,
    organizationId,
    dueInDays,
  });
  await db
    .insert(events)
    .values({
      caseId,
      type: "referral_offered",
      actor: "system",
      data: { organizationId },
      dedupeKey: `referral_offered:${assignmentId}`,
    })
    .onConflictDoNothing({ target: events.dedupeKey });
  const id = await planNotification(db, {
    caseId,
    template: "referral-request",
    occasion: `member-${organizationId}`,
    recipient: { contactId },
    context: { assignmentId },
  });
  return [{ id, template: "referral-request" }];
}

/** How the latest referral offer ended; closes it as lapsed when nobody answered. */
export async function referralOutcome(
  db: Database,
  caseId: string,
): Promise<{ assignmentId: string; answer: "accepted" | "declined" | "lapsed" }> {
  const [offer] = await db.query.assignments.findMany({
    where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "referral")),
    orderBy: [sql`${assignments.createdAt} DESC`, sql`${assignments.id} DESC`],
    limit: 1,
  });
  if (!offer) throw new Error(`case ${caseId} has no referral offer`);
  const response = await db.query.responses.findFirst({ where: eq(responses.assignmentId, offer.id) });
  if (!response) {
    await closeAssignments(db, [offer.id], "lapsed");
    return { assignmentId: offer.id, answer: "lapsed" };
  }
  return { assignmentId: offer.id, answer: response.accepted ? "accepted" : "declined" };
}

export async function completeReferral(db: Database, caseId: string, assignmentId: string): Promise<Planned> {
  const offer = await db.query.assignments.findFirst({ where: eq(assignments.id, assignmentId) });
  if (offer?.organizationId) {
    await db.update(cases).set({ organizationId: offer.organizationId }).where(eq(cases.id, caseId));
  }
  await db.batch(transition(db, caseId, "referred", "final", { assignmentId }));
  const ids = await planApplicantSide(db, caseId, "case-referred", "final", { assignmentId });
  return withTemplate(ids, "case-referred");
}

/** Logs that an offer was declined or lapsed; the next member organization may still take the case. */
export async function recordReferralFailure(
  db: Database,
  caseId: string,
  assignmentId: string,
  answer: "declined" | "lapsed",
) {
  await db
    .insert(events)
    .values({
      caseId,
      type: `referral_${answer}`,
      actor: "system",
      data: { assignmentId },
      dedupeKey: `referral_${answer}:${assignmentId}`,
    })
    .onConflictDoNothing({ target: events.dedupeKey });
  return answer;
}

/** The referral partner declined or let the deadline pass: the intake team takes it from here. */
export async function referralFailed(
  db: Database,
  caseId: string,
  assignmentId: string,
  answer: "declined" | "lapsed",
): Promise<Planned> {
  await recordReferralFailure(db, caseId, assignmentId, answer);
  return staffAlert(
    db,
    caseId,
    answer === "declined" ? "referral_declined" : "referral_lapsed",
    assignmentId,
    assignmentId,
  );
}

export function referralsExhausted(db: Database, caseId: string): Promise<Planned> {
  return staffAlert(db, caseId, "referrals_exhausted", "members");
}
