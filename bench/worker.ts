// The benchmark's worker: the real app plus floor routes that never ship in production.
// Built only by bench/run.ts (`wrangler deploy bench/worker.ts --dry-run`), never by `npm run build`.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import app from "../src/index";

export { CaseReview } from "../src/index";

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

type BenchEnv = Env & { BENCH_NOOP?: Workflow };

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
    if (pathname.startsWith(`${NOOP_APP_PREFIX}/`) && env.BENCH_NOOP) {
      // Diagnostic only: the app itself, with each new case's workflow swapped for the no-op one, so
      // the request's time does not include CaseReview's first steps running in the same workerd.
      const url = new URL(request.url);
      url.pathname = pathname.slice(NOOP_APP_PREFIX.length);
      return app.fetch(new Request(url, request), { ...env, CASE_REVIEW: env.BENCH_NOOP }, ctx);
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<BenchEnv>;
