import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, cases, contacts, decisions, organizations, responses, reviewers } from "../schema";

/** A reviewer with their organization, for the heading of their page. */
export async function reviewerWithOrganization(db: Database, reviewerId: string) {
  const [row] = await db
    .select({ reviewer: reviewers, organization: organizations })
    .from(reviewers)
    .innerJoin(organizations, eq(organizations.id, reviewers.organizationId))
    .where(eq(reviewers.id, reviewerId));
  return row;
}

/**
 * What a reviewer's own page lists: the reviews waiting for them, soonest due first, and every
 * decision they made, newest first. Cases that were purged are gone from both.
 */
export async function reviewerCases(db: Database, reviewerId: string) {
  const [open, decided] = await Promise.all([
    db
      .select({
        assignmentId: assignments.id,
        round: assignments.round,
        dueAt: assignments.dueAt,
        reference: cases.reference,
      })
      .from(assignments)
      .innerJoin(cases, eq(cases.id, assignments.caseId))
      .where(
        and(eq(assignments.reviewerId, reviewerId), eq(assignments.status, "open"), eq(assignments.kind, "review")),
      )
      .orderBy(asc(assignments.dueAt), asc(assignments.id)),
    db
      .select({
        assignmentId: decisions.assignmentId,
        round: decisions.round,
        outcome: decisions.outcome,
        decidedAt: decisions.createdAt,
        reference: cases.reference,
      })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .where(eq(decisions.reviewerId, reviewerId))
      .orderBy(desc(decisions.createdAt), desc(decisions.id)),
  ]);
  return { open, decided };
}

export type ReviewerCases = Awaited<ReturnType<typeof reviewerCases>>;

/** One review of this reviewer's, with the decision they made on it, if any; another's is not found. */
export async function reviewerAssignment(db: Database, reviewerId: string, assignmentId: string) {
  const assignment = await db.query.assignments.findFirst({
    where: and(
      eq(assignments.id, assignmentId),
      eq(assignments.reviewerId, reviewerId),
      eq(assignments.kind, "review"),
    ),
  });
  if (!assignment) return undefined;
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.assignmentId, assignmentId) });
  return { assignment, decision };
}

/** The kind of request each helper answers: an expert gives opinions, a referral partner takes referrals. */
const helperKinds = { expert: "consult", referral_partner: "referral" } as const;
export type HelperRole = keyof typeof helperKinds;

/** Requests to this helper's address, of their role: the contact each went to matches both. */
function toHelper(role: HelperRole, email: string) {
  return and(
    eq(assignments.kind, helperKinds[role]),
    eq(contacts.role, role),
    sql`lower(${contacts.email}) = ${email.trim().toLowerCase()}`,
  );
}

/** On how many cases a helper was asked at this address, and the latest contact they were asked as. */
export async function countHelperCases(db: Database, role: HelperRole, email: string) {
  const [counted] = await db
    .select({ cases: sql<number>`count(DISTINCT ${assignments.caseId})` })
    .from(assignments)
    .innerJoin(contacts, eq(contacts.id, assignments.contactId))
    .where(toHelper(role, email));
  const [latest] = await db
    .select({ name: contacts.name, language: contacts.language })
    .from(assignments)
    .innerJoin(contacts, eq(contacts.id, assignments.contactId))
    .where(toHelper(role, email))
    .orderBy(desc(assignments.createdAt))
    .limit(1);
  return { cases: counted?.cases ?? 0, latest };
}

/** An expert's or referral partner's page: requests still open, soonest due first, then those they answered. */
export async function helperCases(db: Database, role: HelperRole, email: string) {
  const rows = await db
    .select({
      assignmentId: assignments.id,
      status: assignments.status,
      dueAt: assignments.dueAt,
      reference: cases.reference,
      answeredAt: responses.createdAt,
      accepted: responses.accepted,
    })
    .from(assignments)
    .innerJoin(contacts, eq(contacts.id, assignments.contactId))
    .innerJoin(cases, eq(cases.id, assignments.caseId))
    .leftJoin(responses, eq(responses.assignmentId, assignments.id))
    .where(toHelper(role, email))
    .orderBy(asc(assignments.dueAt), asc(assignments.id));
  return {
    open: rows.filter((r) => r.status === "open"),
    answered: rows
      .flatMap((r) => (r.answeredAt ? [{ ...r, answeredAt: r.answeredAt }] : []))
      .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime()),
  };
}

export type HelperCases = Awaited<ReturnType<typeof helperCases>>;

/** One request to this helper, with what they answered, if anything; anyone else's is not found. */
export async function helperAssignment(db: Database, role: HelperRole, email: string, assignmentId: string) {
  const [row] = await db
    .select({ assignment: assignments, contact: contacts })
    .from(assignments)
    .innerJoin(contacts, eq(contacts.id, assignments.contactId))
    .where(and(eq(assignments.id, assignmentId), toHelper(role, email)));
  if (!row) return undefined;
  const response = await db.query.responses.findFirst({ where: eq(responses.assignmentId, assignmentId) });
  return { ...row, response };
}
