import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { caseWithOrganization } from "../../db/queries/organizations";
import { assignments, contacts, decisions, notifications } from "../../db/schema";
import { DAY_MS } from "../../lib/tokens";
import { type Planned, planMessages } from "../messages/plan";
import { closeAssignment, commit, moveCase } from "../transitions";
import { CaseMovedOn } from "./moved-on";

/** The workflow's requests: questions to the applicant side and expert opinions, and how they end. */

export type RequestKind = "respond" | "consult";

/**
 * Sends the reviewer's questions to the submitter: by email with a link to answer them, or, to
 * someone with only a postal address, as a letter staff print (`byLetter`). A letter's deadline
 * starts when it is printed (`startAnswerDeadline`, src/cases/paper.ts), so the workflow asks
 * `timeToAnswer` before it gives up on the answer.
 */
export async function requestInfo(
  db: Database,
  caseId: string,
  round: number,
  decisionId: string,
  dueInDays: number,
): Promise<{ planned: Planned; answered: boolean; byLetter: boolean }> {
  const submitter = await db.query.contacts.findFirst({
    where: and(eq(contacts.caseId, caseId), eq(contacts.isSubmitter, true)),
  });
  if (!submitter) throw new Error(`case ${caseId} has no submitter`);
  const moved = await commit(
    db,
    moveCase(
      db,
      caseId,
      { from: ["in_review", "awaiting_info"], to: "awaiting_info" },
      { type: "awaiting_info", actor: "system", data: { decisionId }, once: `round-${round}` },
    ),
  );
  if (!moved) throw new CaseMovedOn(caseId, "request info");
  const { assignmentId, answered } = await openAssignment(db, {
    caseId,
    round,
    kind: "respond",
    contactId: submitter.id,
    dueInDays,
  });
  const byLetter = submitter.email === null;
  const planned = await planMessages(db, [
    {
      caseId,
      template: "info-request",
      occasion: `round-${round}`,
      recipient: { contactId: submitter.id },
      context: { assignmentId, decisionId },
      channel: byLetter ? "post" : "email",
    },
  ]);
  return { planned, answered, byLetter };
}

/**
 * How much longer the applicant side has to answer a request sent by letter: none once it is
 * answered or past its deadline; while the letter waits to be printed, the whole time again, since
 * the deadline starts at printing.
 */
export async function timeToAnswer(db: Database, caseId: string, round: number): Promise<{ seconds: number }> {
  const request = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.kind, "respond")),
  });
  if (request?.status !== "open") return { seconds: 0 };
  const letter = await db.query.notifications.findFirst({
    where: and(
      eq(notifications.caseId, caseId),
      eq(notifications.template, "info-request"),
      eq(notifications.channel, "post"),
      sql`json_extract(${notifications.context}, '$.assignmentId') = ${request.id}`,
    ),
  });
  const until =
    letter?.status === "pending"
      ? Date.now() + (request.dueAt.getTime() - request.createdAt.getTime())
      : request.dueAt.getTime();
  return { seconds: Math.max(0, Math.ceil((until - Date.now()) / 1000)) };
}

/** Sends the reviewer's question to the expert they named, with a link to a redacted view. */
export async function consultExpert(
  db: Database,
  caseId: string,
  round: number,
  decisionId: string,
  dueInDays: number,
): Promise<{ planned: Planned; answered: boolean }> {
  const decision = await db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
  if (!decision?.expertEmail) throw new Error(`decision ${decisionId} names no expert`);
  const { case: kase } = await caseWithOrganization(db, caseId);
  const contactId = `${decisionId}:expert`;
  const moved = await commit(db, [
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
    ...moveCase(
      db,
      caseId,
      { from: ["in_review", "awaiting_expert"], to: "awaiting_expert" },
      { type: "awaiting_expert", actor: "system", data: { decisionId }, once: `round-${round}` },
    ),
  ]);
  if (!moved) throw new CaseMovedOn(caseId, "consult expert");
  const { assignmentId, answered } = await openAssignment(db, { caseId, round, kind: "consult", contactId, dueInDays });
  const planned = await planMessages(db, [
    {
      caseId,
      template: "expert-request",
      occasion: `round-${round}`,
      recipient: { contactId },
      context: { assignmentId, decisionId },
    },
  ]);
  return { planned, answered };
}

/**
 * One assignment of `kind` per round and recipient: a step that runs again finds the first, and
 * learns whether it was already answered (a restarted workflow must not wait for it again).
 */
export async function openAssignment(
  db: Database,
  a: {
    caseId: string;
    round: number;
    kind: "respond" | "consult" | "referral";
    contactId: string;
    organizationId?: string;
    dueInDays: number;
  },
): Promise<{ assignmentId: string; answered: boolean }> {
  const existing = await db.query.assignments.findFirst({
    where: and(
      eq(assignments.caseId, a.caseId),
      eq(assignments.round, a.round),
      eq(assignments.kind, a.kind),
      eq(assignments.contactId, a.contactId),
    ),
  });
  if (existing) return { assignmentId: existing.id, answered: existing.status !== "open" };
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
  return { assignmentId: id, answered: false };
}

/**
 * Ends a request for an answer or an opinion and returns the case to review. Past the deadline the
 * request lapses, unless the answer came first: of the two, exactly one wins.
 */
export async function closeRequest(
  db: Database,
  caseId: string,
  round: number,
  kind: RequestKind,
): Promise<{ answered: boolean }> {
  const request = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, caseId), eq(assignments.round, round), eq(assignments.kind, kind)),
  });
  if (request)
    await commit(
      db,
      closeAssignment(db, caseId, request.id, "lapsed", {
        type: "request_lapsed",
        actor: "system",
        data: { assignmentId: request.id, round },
        once: request.id,
      }),
    );
  const ended = request && (await db.query.assignments.findFirst({ where: eq(assignments.id, request.id) }));
  const answered = ended?.status === "done";
  const moved = await commit(
    db,
    moveCase(
      db,
      caseId,
      { from: ["awaiting_info", "awaiting_expert", "in_review"], to: "in_review" },
      { type: "in_review", actor: "system", data: { answered }, once: `after-${kind}-${round}` },
    ),
  );
  if (!moved) throw new CaseMovedOn(caseId, "close request");
  return { answered };
}
