import type { WorkflowStep } from "cloudflare:workers";
import type { Planned } from "../src/cases/messages/plan";
import type { WakeEvent } from "../src/cases/workflow";
import type { createDb } from "../src/db/client";

/** How a run of CaseReview ends. */
export type Outcome = "declined" | "referred" | "accepted" | "stalled";

/** A step's result: ids of the messages it planned, and what the workflow branches on. */
export type Notify = <R extends Rpc.Serializable<R> & { planned: Planned }>(
  name: string,
  plan: () => Promise<R>,
) => Promise<R>;

/** What CaseReview's parts run their steps with. */
export type Tools = {
  notify: Notify;
  waitFor: (name: string, type: WakeEvent, timeout: WorkflowSleepDuration) => Promise<boolean>;
  step: WorkflowStep;
  db: () => ReturnType<typeof createDb>;
};
