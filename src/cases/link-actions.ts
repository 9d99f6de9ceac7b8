import { type Database, isUniqueViolation } from "../db/client";
import { requestToAnswer } from "../db/queries/status";
import { attachments, type ContactRole, decisions, responses } from "../db/schema";
import { sealText } from "../lib/sealing";
import { type CapabilityToken, DAY_MS, issueToken } from "../lib/tokens";
import type { StoredUpload } from "../lib/uploads";
import type { DecisionForm, OpinionForm } from "../schemas/actions";
import type { CaseEvent } from "./events";
import { preservationStatements } from "./preservation";
import { closeAssignment, commit, type Statement } from "./transitions";
import { type WakeEvent, wakeEvents, wakeWorkflow } from "./workflow";

/**
 * What people do through the links in their email: a reviewer decides, the applicant side answers,
 * an expert gives an opinion, a referral partner accepts or declines. Each completes the link's
 * assignment with a compare-and-set, in the same batch as what it records, so a second POST, a
 * racing one, or one that comes after the request lapsed or was reassigned changes nothing. Each
 * then wakes the workflow. They return false when the link had already done its work.
 */

/** The link that acts: an emailed action link, or a reviewer's own page acting on one of their reviews. */
export type ActingLink = Pick<CapabilityToken, "id" | "caseId" | "assignmentId" | "round" | "reviewerId">;
type LinkAction = { env: Env; db: Database; token: ActingLink; requestId: string };

/** The request an action answers: an open assignment of the case, in its round. */
export type OpenRequest = { caseId: string; assignmentId: string; round: number };

/** The request a link answers. */
function requestOf(token: ActingLink): OpenRequest {
  if (!token.assignmentId) throw new Error(`link ${token.id} has no assignment`);
  return { caseId: token.caseId, assignmentId: token.assignmentId, round: token.round };
}

async function act(
  action: Omit<LinkAction, "token">,
  request: OpenRequest,
  event: CaseEvent,
  records: Statement[],
  wake: WakeEvent,
): Promise<boolean> {
  const { env, db } = action;
  let recorded: boolean;
  try {
    recorded = await commit(db, [
      ...closeAssignment(db, request.caseId, request.assignmentId, "done", event),
      ...records,
    ]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    recorded = false;
  }
  if (recorded) await wakeWorkflow(env, request.caseId, wake, action.requestId);
  return recorded;
}

/** The preservation task a reviewer or an expert asks for, recorded with their decision or opinion. */
async function preservationAsked(action: LinkAction, asked: boolean, by: "reviewer" | "expert") {
  return asked ? preservationStatements(action.env, action.db, action.token.caseId, by) : [];
}

export async function recordDecision(
  action: LinkAction,
  decision: DecisionForm,
  referToOrganizationId: string | null,
): Promise<boolean> {
  const { env, db, token } = action;
  const decisionId = crypto.randomUUID();
  const seal = (text: string | undefined) => sealText(env, db, token.caseId, text ?? null);
  return act(
    action,
    requestOf(token),
    {
      type: "decided",
      actor: "reviewer",
      data: {
        decisionId,
        outcome: decision.decision,
        round: token.round,
        reviewerId: token.reviewerId,
        ...(decision.preserveEvidence ? { preserveEvidence: true } : {}),
      },
    },
    [
      db.insert(decisions).values({
        id: decisionId,
        caseId: token.caseId,
        round: token.round,
        assignmentId: requestOf(token).assignmentId,
        reviewerId: token.reviewerId ?? "",
        outcome: decision.decision,
        reasonCodes: decision.decision === "decline" ? decision.reasonCodes : [],
        note: await seal(decision.note),
        questions: await seal(decision.questions),
        expertEmail: decision.decision === "consult_expert" ? (decision.expertEmail ?? null) : null,
        expertAttachmentIds: decision.decision === "consult_expert" ? decision.expertDocuments : null,
        referToOrganizationId,
      }),
      ...(await preservationAsked(action, decision.preserveEvidence, "reviewer")),
    ],
    wakeEvents.decision,
  );
}

/** The applicant side's answer through the respond link, with any documents (already in R2). */
export async function recordAnswer(
  action: LinkAction,
  answer: { text: string | null; uploads: StoredUpload[]; responderRole: ContactRole },
): Promise<boolean> {
  return (await answerRequest(action, requestOf(action.token), answer)) !== null;
}

/**
 * Records an answer to the reviewer's questions: through the respond link, or typed in by staff
 * from a letter (`actor` is then the staff member, src/cases/paper.ts). Either way the same
 * compare-and-set and the same wake of the workflow. Returns the response's id, or null when the
 * request was no longer open.
 */
export async function answerRequest(
  action: Omit<LinkAction, "token">,
  request: OpenRequest,
  answer: { text: string | null; uploads: StoredUpload[]; responderRole: ContactRole; actor?: string },
): Promise<string | null> {
  const { env, db } = action;
  const responseId = crypto.randomUUID();
  const recorded = await act(
    action,
    request,
    {
      type: "answered",
      actor: answer.actor ?? answer.responderRole,
      data: { responseId, round: request.round, attachments: answer.uploads.length },
    },
    [
      db.insert(responses).values({
        id: responseId,
        caseId: request.caseId,
        round: request.round,
        assignmentId: request.assignmentId,
        kind: "answer",
        body: await sealText(env, db, request.caseId, answer.text),
      }),
      ...answer.uploads.map((upload) =>
        db.insert(attachments).values({ ...upload, caseId: request.caseId, uploadedBy: answer.responderRole }),
      ),
    ],
    wakeEvents.answer,
  );
  return recorded ? responseId : null;
}

export async function recordOpinion(action: LinkAction, opinion: OpinionForm): Promise<boolean> {
  const { env, db, token } = action;
  const responseId = crypto.randomUUID();
  return act(
    action,
    requestOf(token),
    {
      type: "opinion_given",
      actor: "expert",
      data: { responseId, round: token.round, ...(opinion.preserveEvidence ? { preserveEvidence: true } : {}) },
    },
    [
      db.insert(responses).values({
        id: responseId,
        caseId: token.caseId,
        round: token.round,
        assignmentId: requestOf(token).assignmentId,
        kind: "opinion",
        body: await sealText(env, db, token.caseId, opinion.opinion),
      }),
      ...(await preservationAsked(action, opinion.preserveEvidence, "expert")),
    ],
    wakeEvents.opinion,
  );
}

export async function recordReferralReply(action: LinkAction, accepted: boolean): Promise<boolean> {
  const { db, token } = action;
  return act(
    action,
    requestOf(token),
    {
      type: accepted ? "referral_accepted" : "referral_refused",
      actor: "referral_partner",
      data: { assignmentId: token.assignmentId },
    },
    [
      db.insert(responses).values({
        id: crypto.randomUUID(),
        caseId: token.caseId,
        round: token.round,
        assignmentId: requestOf(token).assignmentId,
        kind: "referral",
        accepted,
      }),
    ],
    wakeEvents.referralResponse,
  );
}

/**
 * A fresh link to the answer form for the holder of a status link, when the questions of an open
 * request went to them; null otherwise. It answers the same request as the emailed link (same
 * assignment and round, valid as long), so answering through either one spends both.
 */
export async function answerLink(db: Database, status: CapabilityToken): Promise<string | null> {
  const request = await requestToAnswer(db, status);
  if (!request) return null;
  return issueToken(db, {
    caseId: status.caseId,
    contactId: status.contactId,
    assignmentId: request.id,
    role: status.role,
    purpose: "respond",
    round: request.round,
    lifetimeMs: request.dueAt.getTime() - Date.now() + 7 * DAY_MS,
  });
}
