import { and, asc, eq, inArray, lt, or } from "drizzle-orm";
import { createDb, type Database } from "../db/client";
import { cases } from "../db/schema";
import { recordEvent } from "./events";
import { deliverMessage } from "./messages/deliver";
import { alertStaff } from "./steps/alerts";
import { openStatuses } from "./transitions";
import { findInstance, startWorkflow } from "./workflow";

/** A request that stored a case (or moved it on) has this long to start its workflow before the sweep does. */
const START_GRACE_MS = 2 * 60 * 1000;
/** A case whose workflow has not run this long has missed at least one sweep: staff see it as stuck. */
export const NOT_MOVING_AFTER_MS = 10 * 60 * 1000;
/**
 * Cases looked at per run: each costs up to five subrequests (D1 and the workflow binding), and
 * the Free plan allows 50 per invocation; the sweep runs every five minutes, so a backlog clears.
 */
const SWEEP_BATCH = 8;
/** Restarts of one case's workflow before staff are told it is stuck. */
export const MAX_WORKFLOW_RESTARTS = 3;

export type SweepResult = { started: number; restarted: number; stuck: number; alive: number };

/**
 * The frequent sweep (every few minutes, see wrangler.toml): every open case has a running
 * workflow. A case whose request died between storing it and starting its workflow gets one; a
 * workflow that failed for good is restarted (its steps are idempotent, so a restart sends nothing
 * twice); after a few failed restarts the case is marked stuck and staff are told, once.
 */
export async function sweepWorkflows(env: Env, now = Date.now()): Promise<SweepResult> {
  const db = createDb(env);
  const due = await db
    .select({ id: cases.id, workflowState: cases.workflowState, workflowRestarts: cases.workflowRestarts })
    .from(cases)
    .where(
      and(
        or(
          and(eq(cases.workflowState, "pending"), lt(cases.updatedAt, new Date(now - START_GRACE_MS))),
          eq(cases.workflowState, "errored"),
        ),
        inArray(cases.status, [...openStatuses]),
      ),
    )
    .orderBy(asc(cases.updatedAt))
    .limit(SWEEP_BATCH);
  const result: SweepResult = { started: 0, restarted: 0, stuck: 0, alive: 0 };
  for (const kase of due) result[await revive(env, db, kase)]++;
  if (due.length > 0) console.log(`sweep: ${JSON.stringify(result)}`);
  return result;
}

type Due = { id: string; workflowState: string; workflowRestarts: number };

async function revive(env: Env, db: Database, kase: Due): Promise<keyof SweepResult> {
  const instance = await findInstance(env, kase.id);
  const status = instance ? (await instance.status()).status : undefined;
  // A finished instance of a case still marked pending: staff moved the case on and the restart
  // that should have followed did not happen.
  const finishedBeforeAMove = status === "complete" && kase.workflowState === "pending";
  if (instance && status !== "errored" && status !== "terminated" && !finishedBeforeAMove) {
    // Alive (or done): its first step was not recorded yet, or the failure was recorded late.
    await db.update(cases).set({ workflowState: "running" }).where(eq(cases.id, kase.id));
    return "alive";
  }
  if (kase.workflowRestarts >= MAX_WORKFLOW_RESTARTS) {
    await db.update(cases).set({ workflowState: "stuck" }).where(eq(cases.id, kase.id));
    const planned = await alertStaff(db, kase.id, "workflow_stuck", `restarts-${kase.workflowRestarts}`);
    for (const id of planned) await deliverMessage(env, id);
    return "stuck";
  }
  await db.batch([
    db
      .update(cases)
      .set({ workflowState: "pending", workflowRestarts: kase.workflowRestarts + 1 })
      .where(eq(cases.id, kase.id)),
    recordEvent(db, kase.id, {
      type: "workflow_restarted",
      actor: "system",
      data: { attempt: kase.workflowRestarts + 1, previous: status ?? "missing" },
    }),
  ]);
  if (instance) await instance.restart();
  else await startWorkflow(env, kase.id);
  return instance ? "restarted" : "started";
}
