import { env } from "cloudflare:workers";
import { createApp } from "./app";
import { startDailyJob } from "./cases/purge";
import { sweepWorkflows } from "./cases/sweep";
import { dispatchWebhooks } from "./cases/webhooks";
import { warmUp } from "./warm-up";

export { CaseReview } from "../workflows/case-review";
export { DailyJob } from "../workflows/daily-job";
export { ExportJob } from "../workflows/export-job";

const app = createApp();

// What a fresh isolate's first requests would compile, compiled at startup (src/warm-up.tsx).
void warmUp(app, env).then((failed) => {
  for (const part of failed) console.warn(`warm-up failed: ${part}`);
});

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
