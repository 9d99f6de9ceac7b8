import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { assignments, cases, contacts } from "../db/schema";
import { refused } from "../errors";
import type { Staff } from "../lib/staff-auth";
import type { StoredUpload } from "../lib/uploads";
import { answerRequest } from "./link-actions";
import { commit, moveCase } from "./transitions";
import { wakeEvents, wakeWorkflow } from "./workflow";

/**
 * The paper route: what staff type in from the post for people who have no internet. Each is the
 * same change as its online counterpart, recorded with the staff member's id, and wakes the
 * workflow the same way.
 */

type Context = { env: Env; db: Database; staff: Staff; requestId: string };

/**
 * Records the written agreement of a person in prison someone else applied for: the case waiting
 * for it (`awaiting_confirmation`) goes on to review. A compare-and-set: of two staff recording it
 * at once, one wins and the other gets 409, as does a case that is not waiting for it.
 */
export async function recordConfirmation(ctx: Context, caseId: string, input: { receivedOn: string }): Promise<void> {
  const confirmed = await commit(
    ctx.db,
    moveCase(
      ctx.db,
      caseId,
      { from: ["awaiting_confirmation"], to: "submitted" },
      { type: "confirmed", actor: ctx.staff.actor, data: { receivedOn: input.receivedOn } },
    ),
  );
  if (!confirmed) {
    const kase = await ctx.db.query.cases.findFirst({ where: eq(cases.id, caseId), columns: { status: true } });
    throw refused("conflict", (t, named) => t.notAwaitingConfirmation(named(kase?.status)));
  }
  await wakeWorkflow(ctx.env, caseId, wakeEvents.confirmation, ctx.requestId);
}

/**
 * Types in the applicant side's answer that came by post, with its scans (already in R2): the same
 * transition as an answer sent through the respond link, so it wakes the workflow exactly as that
 * does. 409 when the case is not waiting for answers, or they came in a moment ago.
 */
export async function recordMailedAnswer(
  ctx: Context,
  caseId: string,
  answer: { text: string | null },
  scans: StoredUpload[],
): Promise<{ responseId: string; round: number }> {
  const request = await ctx.db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, caseId), eq(assignments.kind, "respond"), eq(assignments.status, "open")),
    orderBy: desc(assignments.round),
  });
  if (!request) throw refused("conflict", (t) => t.notAwaitingAnswers);
  const responder = request.contactId
    ? await ctx.db.query.contacts.findFirst({ where: eq(contacts.id, request.contactId) })
    : undefined;
  const responseId = await answerRequest(
    ctx,
    { caseId, assignmentId: request.id, round: request.round },
    { text: answer.text, uploads: scans, responderRole: responder?.role ?? "applicant", actor: ctx.staff.actor },
  );
  if (!responseId) throw refused("conflict", (t) => t.answeredJustNow);
  return { responseId, round: request.round };
}

/**
 * Printing a letter of questions starts the time to answer them: the request is due as long after
 * the printing as it was given when it was made. The workflow reads it (`timeToAnswer`).
 */
export async function startAnswerDeadline(db: Database, assignmentId: string): Promise<void> {
  await db
    .update(assignments)
    .set({ dueAt: sql`${Date.now()} + (${assignments.dueAt} - ${assignments.createdAt})` })
    .where(and(eq(assignments.id, assignmentId), eq(assignments.status, "open")));
}
