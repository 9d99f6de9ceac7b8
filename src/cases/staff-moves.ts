import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { findOrganizationBySlug } from "../db/queries/organizations";
import { assignments, type CaseStatus, cases, type FinalStatus, organizations, referralPartners } from "../db/schema";
import { refused, type Why } from "../errors";
import type { Staff } from "../lib/staff-auth";
import { DAY_MS } from "../lib/tokens";
import type { CaseEvent } from "./events";
import { closeOpenAssignments, commit, isFinal, moveCase } from "./transitions";
import { restartWorkflow, workflowIdle } from "./workflow";

/**
 * Staff moving a stuck case on: offer it to another referral partner or member organization, send
 * it back to review, reopen it, or move it to another organization. Each is a compare-and-set on
 * the case (its status and the `updatedAt` staff saw), an event with the staff member's id, and a
 * restart of the case's workflow, whose new run resumes from that event (src/cases/steps/resume.ts).
 * A move the case's state does not allow is a 409 that says why.
 */

export const reopenReasons = ["new_information", "applicant_asked", "decided_in_error", "other"] as const;
export type ReopenReason = (typeof reopenReasons)[number];

export type ReferTo = { partnerId: string } | { organization: string };

type Context = { env: Env; db: Database; staff: Staff; requestId: string };

type Loaded = Awaited<ReturnType<typeof load>>;

async function load(db: Database, caseId: string) {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  const organization =
    kase && (await db.query.organizations.findFirst({ where: eq(organizations.id, kase.organizationId) }));
  if (!kase || !organization) throw refused("not_found", (t) => t.noSuchCase);
  const asked = await db.query.assignments.findMany({ where: eq(assignments.caseId, caseId) });
  return { kase, organization, assignments: asked };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function openOf(loaded: Loaded, kind: "review" | "referral") {
  return loaded.assignments.find((a) => a.kind === kind && a.status === "open");
}

function refuse(why: Why): never {
  throw refused("conflict", why);
}

function refuseIfEnded(loaded: Loaded, instead: "first" | "instead") {
  const { status } = loaded.kase;
  if (status === "referred") refuse((t) => t.referred);
  if (isFinal(status))
    refuse((t, named) =>
      instead === "first" ? t.endedReopenFirst(named(status)) : t.endedReopenInstead(named(status)),
    );
}

/** What the workflow does next depends on the case; it may still be doing it, and then staff wait. */
async function refuseIfMoving(ctx: Context, caseId: string) {
  if (!(await workflowIdle(ctx.env, caseId))) refuse((t) => t.moving);
}

/** The next review round: after every round the case had. */
function nextRound(loaded: Loaded): number {
  return Math.max(0, ...loaded.assignments.filter((a) => a.kind === "review").map((a) => a.round)) + 1;
}

/**
 * A staff move, as a compare-and-set: the case as staff saw it becomes `to`, with `event`; its open
 * assignments are revoked and its workflow starts again. A case changed meanwhile is refused.
 */
async function commitStaffMove(
  ctx: Context,
  loaded: Loaded,
  change: { to: CaseStatus; organizationId?: string },
  event: CaseEvent,
) {
  const { kase } = loaded;
  const open = loaded.assignments.filter((a) => a.status === "open").map((a) => a.id);
  const moved = await commit(ctx.db, [
    ...moveCase(
      ctx.db,
      kase.id,
      { from: [kase.status], since: kase.updatedAt, restartWorkflow: true, ...change },
      event,
    ),
    ...closeOpenAssignments(ctx.db, open, "revoked"),
  ]);
  if (!moved) {
    const now = await ctx.db.query.cases.findFirst({ where: eq(cases.id, kase.id) });
    refuse((t, named) => t.changed(named(now?.status)));
  }
  await restartWorkflow(ctx.env, kase.id, ctx.requestId);
}

/**
 * Offers the case to a referral partner of its organization, or to another member organization,
 * after the last offer was declined or lapsed (or there was none to make). Allowed for an accepted
 * case, and for a case in review whose offers to other members all failed.
 */
export async function referCase(ctx: Context, caseId: string, to: ReferTo) {
  const { db } = ctx;
  const loaded = await load(db, caseId);
  const { kase, organization } = loaded;
  refuseIfEnded(loaded, "first");
  const waiting = openOf(loaded, "referral");
  if (waiting) refuse((t) => t.referralWaiting(day(waiting.dueAt)));
  if (!mayBeReferred({ status: kase.status, assignments: loaded.assignments }))
    refuse((t, named) => t.notReferable(named(kase.status)));

  let data: { partnerId: string } | { organizationId: string };
  if ("partnerId" in to) {
    const partner = await db.query.referralPartners.findFirst({ where: eq(referralPartners.id, to.partnerId) });
    if (!partner || partner.organizationId !== organization.id || !partner.active)
      throw refused("invalid_request", (t) => t.choosePartner, [
        { path: "partnerId", message: "Not an active referral partner of this organization." },
      ]);
    data = { partnerId: partner.id };
  } else {
    const target = await findOrganizationBySlug(db, to.organization);
    if (!target || target.id === organization.id)
      throw refused("invalid_request", (t) => t.chooseOtherOrganization, [
        { path: "organization", message: "Not another member organization." },
      ]);
    data = { organizationId: target.id };
  }
  await refuseIfMoving(ctx, caseId);
  await commitStaffMove(ctx, loaded, { to: kase.status }, { type: "referral_chosen", actor: ctx.staff.actor, data });
}

/**
 * Sends the case back to review, to the reviewers of its last round (or others, when they are no
 * longer active): when it waits for an answer, an opinion or a referral staff no longer wait for,
 * or when it stopped (nobody left to review, every member declined).
 */
export async function returnToReview(ctx: Context, caseId: string) {
  const loaded = await load(ctx.db, caseId);
  const { kase } = loaded;
  refuseIfEnded(loaded, "instead");
  const review = openOf(loaded, "review");
  if (review) refuse((t) => t.inReviewAlready(day(review.dueAt)));
  const waiting = ["accepted", "awaiting_info", "awaiting_expert"].includes(kase.status);
  if (!waiting) await refuseIfMoving(ctx, caseId);
  const round = nextRound(loaded);
  await commitStaffMove(
    ctx,
    loaded,
    { to: "in_review" },
    { type: "returned_to_review", actor: ctx.staff.actor, data: { from: kase.status, round } },
  );
}

/** When a case that ended in `status` at `endedAt` is purged. */
export function purgeDate(
  organization: { retentionDays: Record<FinalStatus, number> },
  status: FinalStatus,
  endedAt: Date,
) {
  return new Date(endedAt.getTime() + organization.retentionDays[status] * DAY_MS);
}

/** Reopens a withdrawn, declined or closed case, while it is still kept: it goes back to review. */
export async function reopenCase(ctx: Context, caseId: string, reason: ReopenReason) {
  const loaded = await load(ctx.db, caseId);
  const { kase, organization } = loaded;
  const status = kase.status;
  if (status !== "withdrawn" && status !== "declined" && status !== "closed")
    refuse((t, named) => t.notReopenable(named(status)));
  const purgedOn = purgeDate(organization, status, kase.updatedAt);
  if (purgedOn.getTime() <= Date.now()) refuse((t) => t.retentionEnded(day(purgedOn)));
  const round = nextRound(loaded);
  await commitStaffMove(
    ctx,
    loaded,
    { to: "in_review" },
    { type: "reopened", actor: ctx.staff.actor, data: { from: status, reason, round } },
  );
}

/**
 * Moves an open case to another member organization: its open requests are revoked, it is
 * screened there, the applicant side is told, and that organization's reviewers take it.
 */
export async function moveToOrganization(ctx: Context, caseId: string, slug: string) {
  const loaded = await load(ctx.db, caseId);
  const { organization } = loaded;
  refuseIfEnded(loaded, "first");
  const target = await findOrganizationBySlug(ctx.db, slug);
  if (!target || target.id === organization.id)
    throw refused("invalid_request", (t) => t.chooseOtherOrganization, [
      { path: "organization", message: "Not another member organization." },
    ]);
  const round = nextRound(loaded);
  await commitStaffMove(
    ctx,
    loaded,
    { to: "routed", organizationId: target.id },
    { type: "moved", actor: ctx.staff.actor, data: { from: organization.id, to: target.id, round } },
  );
}

/**
 * Whether a case may be offered to someone (again): accepted, or in review after every member
 * asked declined or let it lapse. An offer still open is refused separately, with its due date.
 */
export function mayBeReferred(kase: {
  status: CaseStatus;
  assignments: readonly { kind: string; status: string }[];
}): boolean {
  if (kase.status === "accepted") return true;
  const reviewing = kase.assignments.some((a) => a.kind === "review" && a.status === "open");
  return kase.status === "in_review" && !reviewing && kase.assignments.some((a) => a.kind === "referral");
}

/** Statuses in which each move may be offered on the case page (the action itself checks the rest). */
export const movesByStatus = {
  returnToReview: ["submitted", "screening", "routed", "in_review", "awaiting_info", "awaiting_expert", "accepted"],
  reopen: ["withdrawn", "declined", "closed"],
  move: ["submitted", "screening", "routed", "in_review", "awaiting_info", "awaiting_expert", "accepted"],
} as const satisfies Record<string, readonly CaseStatus[]>;
