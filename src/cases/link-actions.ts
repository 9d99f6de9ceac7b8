import { type Database, isUniqueViolation } from "../db/client";
import { requestToAnswer } from "../db/queries/status";
import { attachments, type ContactRole, decisions, responses } from "../db/schema";
import { sealText } from "../lib/sealing";
import { type CapabilityToken, DAY_MS, issueToken } from "../lib/tokens";
import type { StoredUpload } from "../lib/uploads";
import type { DecisionForm } from "../schemas/actions";
import type { CaseEvent } from "./events";
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

async function act(action: LinkAction, event: CaseEvent, records: Statement[], wake: WakeEvent): Promise<boolean> {
  const { env, db, token } = action;
  if (!token.assignmentId) throw new Error(`link ${token.id} has no assignment`);
  let recorded: boolean;
  try {
    recorded = await commit(db, [...closeAssignment(db, token.caseId, token.assignmentId, "done", event), ...records]);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    recorded = false;
  }
  if (recorded) await wakeWorkflow(env, token.caseId, wake, action.requestId);
  return recorded;
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
    {
      type: "decided",
      actor: "reviewer",
      data: { decisionId, outcome: decision.decision, round: token.round, reviewerId: token.reviewerId },
    },
    [
      db.insert(decisions).values({
        id: decisionId,
        caseId: token.caseId,
        round: token.round,
        assignmentId: token.assignmentId ?? "",
        reviewerId: token.reviewerId ?? "",
        outcome: decision.decision,
        reasonCodes: decision.decision === "decline" ? decision.reasonCodes : [],
        note: await seal(decision.note),
        questions: await seal(decision.questions),
        expertEmail: decision.decision === "consult_expert" ? (decision.expertEmail ?? null) : null,
        expertAttachmentIds: decision.decision === "consult_expert" ? decision.expertDocuments : null,
        referToOrganizationId,
      }),
    ],
    wakeEvents.decision,
  );
}

/** The applicant side's answer to the reviewer's questions, with any documents (already in R2). */
export async function recordAnswer(
  action: LinkAction,
  answer: { text: string | null; uploads: StoredUpload[]; responderRole: ContactRole },
): Promise<boolean> {
  const { env, db, token } = action;
  const responseId = crypto.randomUUID();
  return act(
    action,
    {
      type: "answered",
      actor: answer.responderRole,
      data: { responseId, round: token.round, attachments: answer.uploads.length },
    },
    [
      db.insert(responses).values({
        id: responseId,
        caseId: token.caseId,
        round: token.round,
        assignmentId: token.assignmentId ?? "",
        kind: "answer",
        body: await sealText(env, db, token.caseId, answer.text),
      }),
      ...answer.uploads.map((upload) =>
        db.insert(attachments).values({ ...upload, caseId: token.caseId, uploadedBy: answer.responderRole }),
      ),
    ],
    wakeEvents.answer,
  );
}

export async function recordOpinion(action: LinkAction, opinion: string): Promise<boolean> {
  const { env, db, token } = action;
  const responseId = crypto.randomUUID();
  return act(
    action,
    { type: "opinion_given", actor: "expert", data: { responseId, round: token.round } },
    [
      db.insert(responses).values({
        id: responseId,
        caseId: token.caseId,
        round: token.round,
        assignmentId: token.assignmentId ?? "",
        kind: "opinion",
        body: await sealText(env, db, token.caseId, opinion),
      }),
    ],
    wakeEvents.opinion,
  );
}

export async function recordReferralReply(action: LinkAction, accepted: boolean): Promise<boolean> {
  const { db, token } = action;
  return act(
    action,
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
        assignmentId: token.assignmentId ?? "",
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
