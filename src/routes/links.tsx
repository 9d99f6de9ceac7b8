import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { type Database, isUniqueViolation } from "../db/client";
import { type CaseView, loadCaseView } from "../db/queries/case-view";
import { assignments, capabilityTokens, type TokenPurpose } from "../db/schema";
import type { AppEnv } from "../env";
import { messages } from "../lib/i18n";
import { type CapabilityToken, lookUpToken } from "../lib/tokens";
import { MessagePage } from "../pages/message";

const problemStatus = { unknown: 404, expired: 410, revoked: 410, used: 409 } as const;
type Problem = keyof typeof problemStatus;

/** The clear page for a link that does not work; it shows nothing of any case. */
export function linkProblem(c: Context<AppEnv>, reason: Problem) {
  const t = messages[c.var.lang].linkProblem;
  return c.html(
    <MessagePage lang={c.var.lang} path="/" title={t[`${reason}Title`]} body={t[`${reason}Body`]} />,
    problemStatus[reason],
  );
}

export type OpenLink = { token: CapabilityToken; view: CaseView; raw: string };

/**
 * Opens the capability link in `:token` for `purpose`, or answers with the problem page. A link of
 * another purpose is as unknown as a made-up one. Reading never changes anything.
 */
export async function openLink(c: Context<AppEnv>, purpose: TokenPurpose): Promise<OpenLink | Response> {
  c.header("Cache-Control", "no-store");
  const raw = c.req.param("token") ?? "";
  const lookup = await lookUpToken(c.var.db, raw, purpose);
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const view = await loadCaseView(c.env, c.var.db, lookup.token.caseId);
  if (!view) return linkProblem(c, "unknown");
  return { token: lookup.token, view, raw };
}

/**
 * Records what a link was used for, together with using it up and completing its assignment, in
 * one D1 batch. The action's row is unique per assignment, so a second or racing POST fails as a
 * whole and changes nothing. Returns false when the link had already been used.
 */
export async function actOnLink(db: Database, token: CapabilityToken, action: BatchItem<"sqlite">[]): Promise<boolean> {
  if (!token.assignmentId) throw new Error(`link ${token.id} has no assignment`);
  const now = new Date();
  try {
    await db.batch([
      db.update(capabilityTokens).set({ usedAt: now }).where(eq(capabilityTokens.id, token.id)),
      db
        .update(assignments)
        .set({ status: "done", completedAt: now })
        .where(and(eq(assignments.id, token.assignmentId), eq(assignments.status, "open"))),
      ...action,
    ] as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Wakes the case's workflow. The action is already in D1, and the workflow reads D1 on waking or
 * at its next deadline, so a failed wake-up delays the case but loses nothing.
 */
export async function wakeWorkflow(env: Env, caseId: string, type: string, requestId: string): Promise<void> {
  try {
    const instance = await env.CASE_REVIEW.get(caseId);
    await instance.sendEvent({ type, payload: {} });
  } catch (error) {
    console.error(`request ${requestId}: could not wake workflow (${error instanceof Error ? error.name : "error"})`);
  }
}

/** The questions of the decision that sent this link (`request_info` to the applicant, `consult_expert` to an expert). */
export function questionsBehind(link: OpenLink, outcome: "request_info" | "consult_expert"): string {
  return link.view.decisions.find((d) => d.round === link.token.round && d.outcome === outcome)?.questions ?? "";
}

export function thanksPage(c: Context<AppEnv>, title: string, body: string) {
  return c.html(<MessagePage lang={c.var.lang} path="/" title={title} body={body} />);
}
