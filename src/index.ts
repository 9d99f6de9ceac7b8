import { createApp } from "./app";

export { CaseReview } from "../workflows/case-review";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
