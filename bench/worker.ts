// The benchmark's worker: the real app plus floor routes, step markers and metered runs of the
// daily job and the webhook dispatcher, none of which ship in production. Built only by the bench (`wrangler deploy bench/worker.ts
// --dry-run`), never by `npm run build`.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import type { ExportRunParams } from "../src/cases/export-steps";
import { dispatchWebhooks } from "../src/cases/webhooks";
import type { CaseReviewParams } from "../src/cases/workflow";
import app, { CaseReview as AppCaseReview, DailyJob as AppDailyJob, ExportJob as AppExportJob } from "../src/index";

import type { DailyJobParams } from "../workflows/daily-job";
import { metered, type StatementCost } from "./metered-d1";

/**
 * A workflow's steps as given, but with `BENCH_MARKERS` set each step fetches `<markers>/start`
 * before it runs and `<markers>/end` after, so the bench knows which part of the CPU profile is
 * which step (bench/cpu-profile.ts), and can hold steps back while it times a request.
 */
function markedSteps(env: Env, instanceId: string, step: WorkflowStep): WorkflowStep {
  const markers = (env as BenchEnv).BENCH_MARKERS;
  if (!markers) return step;
  const mark = async (at: "start" | "end", name: string) => {
    const query = new URLSearchParams({ instance: instanceId, name });
    await (await fetch(`${markers}/${at}?${query}`)).arrayBuffer();
  };
  return {
    do: (name: string, ...rest: unknown[]) => {
      const at = rest.findIndex((arg) => typeof arg === "function");
      const callback = rest[at] as (...args: unknown[]) => Promise<unknown>;
      rest[at] = async (...args: unknown[]) => {
        await mark("start", name);
        try {
          return await callback(...args);
        } finally {
          await mark("end", name);
        }
      };
      return (step.do as (...args: unknown[]) => Promise<unknown>)(name, ...rest);
    },
    sleep: (name, duration) => step.sleep(name, duration),
    sleepUntil: (name, timestamp) => step.sleepUntil(name, timestamp),
    waitForEvent: (name, options) => step.waitForEvent(name, options),
  } as WorkflowStep;
}

/** The app's case workflow, unchanged, its steps marked. */
export class CaseReview extends AppCaseReview {
  override async run(event: WorkflowEvent<CaseReviewParams>, step: WorkflowStep) {
    return super.run(event, markedSteps(this.env, event.instanceId, step));
  }
}

/** The app's export workflow, unchanged, its steps marked. */
export class ExportJob extends AppExportJob {
  override async run(event: WorkflowEvent<ExportRunParams>, step: WorkflowStep) {
    return super.run(event, markedSteps(this.env, event.instanceId, step));
  }
}

/**
 * The app's daily job, unchanged, on a D1 binding that notes each statement's cost; the costs come
 * back in the instance's output (SQL and counts only), for the bench's `/__bench/daily-job`.
 */
export class DailyJob extends AppDailyJob {
  override async run(event: WorkflowEvent<DailyJobParams>, step: WorkflowStep) {
    const statements: StatementCost[] = [];
    let current = "";
    this.env = { ...this.env, DB: metered(this.env.DB, statements, () => current) };
    const named = {
      do: (name: string, callback: () => Promise<Rpc.Serializable<unknown>>) =>
        step.do(name, async () => {
          current = name;
          return await callback();
        }),
    } as WorkflowStep;
    return { ...(await super.run(event, named)), statements };
  }
}

/** The bench table the floor routes write to; bench/run.ts creates it before the run. */
const FLOOR_TABLE = "bench_floor";

/** A workflow with one empty step: what starting any workflow costs, for the diagnostic floor. */
export class BenchNoop extends WorkflowEntrypoint<Env, unknown> {
  override async run(event: WorkflowEvent<unknown>, step: WorkflowStep) {
    // One step that marks the instance done, so bench/run.ts can wait for it before the next request.
    await step.do("done", async () => {
      await this.env.DB.prepare(`INSERT INTO ${FLOOR_TABLE} (id, created_at) VALUES (?1, ?2)`)
        .bind(`${event.instanceId}:done`, Date.now())
        .run();
    });
  }
}

const NOOP_APP_PREFIX = "/__diag/noop-workflow";

type BenchEnv = Env & { BENCH_NOOP?: Workflow; BENCH_MARKERS?: string };

async function insertFloorRow(env: Env): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.prepare(`INSERT INTO ${FLOOR_TABLE} (id, created_at) VALUES (?1, ?2)`).bind(id, Date.now()).run();
  return id;
}

export default {
  async fetch(request: Request, env: BenchEnv, ctx: ExecutionContext): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === "/__floor/insert" && request.method === "POST") {
      // The cheapest route that still does what every write route does: one D1 insert.
      return Response.json({ id: await insertFloorRow(env) }, { status: 201 });
    }
    if (pathname === "/__floor/put" && request.method === "POST") {
      // One R2 put of the request body, streamed: a body with Content-Length has a known length.
      if (!request.body) return new Response("body required", { status: 400 });
      const key = `bench-floor/${crypto.randomUUID()}`;
      const object = await env.ATTACHMENTS.put(key, request.body);
      return Response.json({ key, size: object?.size ?? 0 }, { status: 201 });
    }
    if (pathname === "/__floor/insert-workflow" && request.method === "POST" && env.BENCH_NOOP) {
      // Diagnostic only: one D1 insert and one workflow started, as every new case does.
      const id = await insertFloorRow(env);
      await env.BENCH_NOOP.create({ id, params: {} });
      return Response.json({ id }, { status: 201 });
    }
    if (pathname === "/__bench/daily-job" && request.method === "POST") {
      // The daily job's workflow at `?at=` (ms), run to its end; its output carries each statement's cost.
      const at = Number(new URL(request.url).searchParams.get("at") ?? Date.now());
      const instance = await env.DAILY_JOB.create({ params: { now: at } });
      for (;;) {
        const status = await instance.status();
        if (status.status === "complete") {
          const { statements, ...result } = status.output as { statements: StatementCost[] };
          return Response.json({ result, statements });
        }
        if (status.status === "errored" || status.status === "terminated")
          return Response.json({ error: status.error }, { status: 500 });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    if (pathname === "/__bench/dispatch-webhooks" && request.method === "POST") {
      // One run of the webhook dispatcher (what the per-minute cron runs) at `?at=`, metered the same way.
      const at = Number(new URL(request.url).searchParams.get("at") ?? Date.now());
      const statements: StatementCost[] = [];
      const result = await dispatchWebhooks({ ...env, DB: metered(env.DB, statements) }, at);
      return Response.json({ result, statements });
    }
    if (pathname.startsWith(`${NOOP_APP_PREFIX}/`) && env.BENCH_NOOP) {
      // Diagnostic only: the app itself, with each new case's workflow swapped for the no-op one, so
      // the request's time does not include CaseReview's first steps running in the same workerd.
      const url = new URL(request.url);
      url.pathname = pathname.slice(NOOP_APP_PREFIX.length);
      return app.fetch(new Request(url, request), { ...env, CASE_REVIEW: env.BENCH_NOOP }, ctx);
    }
    return app.fetch(request, env, ctx);
  },
  scheduled: app.scheduled,
} satisfies ExportedHandler<BenchEnv>;
