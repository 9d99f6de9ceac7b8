import { createApp } from "./app";
import { runMaintenance } from "./cases/purge";

export { CaseReview } from "../workflows/case-review";

const app = createApp();

export default {
  fetch: app.fetch,
  /** Daily (wrangler.toml `[triggers]`): retention purge, abandoned and cut-off uploads, key re-wrapping. */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runMaintenance(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
