import { createApp } from "./app";
import { startDailyJob } from "./cases/purge";
import { sweepWorkflows } from "./cases/sweep";

export { CaseReview } from "../workflows/case-review";
export { DailyJob } from "../workflows/daily-job";

const app = createApp();

/** The sweep's schedule in wrangler.toml `[triggers]`; any other cron is the daily maintenance. */
const SWEEP_CRON = "*/5 * * * *";

export default {
  fetch: app.fetch,
  /**
   * wrangler.toml `[triggers]`: every few minutes the sweep makes sure every open case's workflow
   * runs; once a day, maintenance purges what is past retention, abandoned and cut-off uploads and
   * files no row names, and re-wraps data keys.
   */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(controller.cron === SWEEP_CRON ? sweepWorkflows(env) : startDailyJob(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
