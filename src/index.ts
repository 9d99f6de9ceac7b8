import { env } from "cloudflare:workers";
import { createApp } from "./app";
import { startDailyJob } from "./cases/purge";
import { sweepWorkflows } from "./cases/sweep";
import { dispatchWebhooks } from "./cases/webhooks";
import { createDb } from "./db/client";

export { CaseReview } from "../workflows/case-review";
export { DailyJob } from "../workflows/daily-job";
export { ExportJob } from "../workflows/export-job";

const app = createApp();

// What a fresh isolate's first request would otherwise do, done at startup instead (Cloudflare can
// start an isolate while the TLS handshake is still under way): Hono builds its router on the first
// match, drizzle works out its relational config for the D1 binding (kept per binding, which stays
// the same object in every request), and hono/jsx looks up AsyncLocalStorage through
// `process.getBuiltinModule` on its first render.
app.router.match("GET", "/");
createDb(env);
(globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  "node:async_hooks",
);

/** Schedules in wrangler.toml `[triggers]`; any other cron is the daily maintenance. */
const SWEEP_CRON = "*/5 * * * *";
const WEBHOOK_CRON = "* * * * *";

export default {
  fetch: app.fetch,
  /**
   * wrangler.toml `[triggers]`: every minute webhooks go out; every few minutes the sweep makes
   * sure every open case's workflow runs; once a day, maintenance purges what is past retention,
   * abandoned and cut-off uploads and files no row names, and re-wraps data keys.
   */
  async scheduled(controller, env, ctx) {
    const job =
      controller.cron === WEBHOOK_CRON
        ? dispatchWebhooks(env, controller.scheduledTime)
        : controller.cron === SWEEP_CRON
          ? sweepWorkflows(env)
          : startDailyJob(env, controller.scheduledTime);
    ctx.waitUntil(job);
  },
} satisfies ExportedHandler<Env>;
