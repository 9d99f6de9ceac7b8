import { and, eq, inArray, ne } from "drizzle-orm";
import type { Database } from "../db/client";
import { cases } from "../db/schema";
import { recordEventIfChanged } from "./events";
import { commit, openStatuses } from "./transitions";

/**
 * The one place that talks to the `CASE_REVIEW` binding: one Workflows instance per case, whose id
 * is the case id and whose only param is that id (everything personal stays in D1). The case row
 * says whether its workflow runs (`workflow_state`), so that the sweep can start or restart it.
 */

export type CaseReviewParams = { caseId: string };

/** What wakes a waiting workflow: someone acted on a link, or staff typed in what came by post. The workflow then reads D1. */
export const wakeEvents = {
  decision: "decision",
  answer: "answer",
  opinion: "opinion",
  referralResponse: "referral-response",
  confirmation: "confirmation",
} as const;
export type WakeEvent = (typeof wakeEvents)[keyof typeof wakeEvents];

/** Starts the case's workflow; one that a concurrent replay started a moment earlier is fine. */
export async function startWorkflow(env: Env, caseId: string): Promise<void> {
  try {
    await env.CASE_REVIEW.create({ id: caseId, params: { caseId } });
  } catch (error) {
    if (!String(error).includes("already_exists")) throw error;
  }
}

/** Finds the case's workflow, or starts it if the request that should have started it died first. */
export async function ensureWorkflow(env: Env, caseId: string): Promise<void> {
  try {
    await env.CASE_REVIEW.get(caseId);
  } catch {
    await startWorkflow(env, caseId);
  }
}

/**
 * Wakes the case's workflow. The action is already in D1, and the workflow reads D1 on waking or
 * at its next deadline, so a failed wake-up delays the case but loses nothing.
 */
export async function wakeWorkflow(env: Env, caseId: string, event: WakeEvent, requestId: string): Promise<void> {
  try {
    const instance = await env.CASE_REVIEW.get(caseId);
    await instance.sendEvent({ type: event, payload: {} });
  } catch (error) {
    console.error(`request ${requestId}: could not wake workflow (${error instanceof Error ? error.name : "error"})`);
  }
}

/**
 * Runs the case's workflow again from its first step, after staff moved the case on: the new run
 * reads where to resume (`resumePoint`, src/cases/steps/resume.ts) instead of starting from
 * receipt. A finished or terminated instance is restarted (the instance id stays the case id), a
 * missing one created. The move is already committed with `workflow_state = pending`, so if this
 * fails the sweep restarts it within minutes.
 */
export async function restartWorkflow(env: Env, caseId: string, requestId: string): Promise<void> {
  try {
    const instance = await findInstance(env, caseId);
    if (instance) await instance.restart();
    else await startWorkflow(env, caseId);
  } catch (error) {
    console.error(
      `request ${requestId}: workflow of case ${caseId} not restarted, left to the sweep (${error instanceof Error ? error.name : "error"})`,
    );
  }
}

/** Whether the case's workflow has stopped (finished, failed, ended by staff, or never started). */
export async function workflowIdle(env: Env, caseId: string): Promise<boolean> {
  const instance = await findInstance(env, caseId);
  if (!instance) return true;
  return ["complete", "errored", "terminated"].includes((await instance.status()).status);
}

export async function findInstance(env: Env, caseId: string): Promise<WorkflowInstance | undefined> {
  try {
    return await env.CASE_REVIEW.get(caseId);
  } catch {
    return undefined;
  }
}

/** Terminates the case's workflow; one that already finished (or never started) is fine. */
export async function stopWorkflow(env: Env, caseId: string): Promise<void> {
  let instance: WorkflowInstance;
  try {
    instance = await env.CASE_REVIEW.get(caseId);
  } catch {
    return;
  }
  const finished = async () => ["terminated", "complete", "errored"].includes((await instance.status()).status);
  // Asked first because terminating a finished instance throws, and the local runtime logs that
  // throw as an uncaught exception even though it is caught here.
  if (await finished()) return;
  try {
    await instance.terminate();
  } catch (error) {
    if (!(await finished())) throw error;
  }
}

/** The workflow's first step: it runs. */
export async function markWorkflowRunning(db: Database, caseId: string): Promise<void> {
  await db
    .update(cases)
    .set({ workflowState: "running" })
    .where(and(eq(cases.id, caseId), ne(cases.workflowState, "running")));
}

/** The workflow failed for good while the case was still open: the sweep will restart it. */
export async function markWorkflowErrored(db: Database, caseId: string): Promise<{ marked: boolean }> {
  const marked = await commit(db, [
    db
      .update(cases)
      .set({ workflowState: "errored" })
      .where(and(eq(cases.id, caseId), inArray(cases.status, [...openStatuses]), ne(cases.workflowState, "stuck"))),
    recordEventIfChanged(db, caseId, { type: "workflow_errored", actor: "system" }),
  ]);
  return { marked };
}
