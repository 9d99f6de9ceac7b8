import { createRoute } from "@hono/zod-openapi";
import { reportFor, reportShape } from "../../presenters/report";
import { reportQuerySchema } from "../../schemas/report";
import { createApiRouter, json, staffErrorResponses, staffOnly } from "./router";

const reportRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Reports"],
  summary: "Figures on applications, outcomes, timing and reviewers",
  description:
    "Over cases received from `from` to `to` (UTC days, both included): applications per month, by source, place of conviction and organization; where they are now; decline reasons; evidence types; the median and 90th percentile (nearest rank) of days from receipt to the first decision and to the outcome. `reviewers` is each active reviewer's open and overdue reviews now. Organization staff see their organization's figures.",
  ...staffOnly,
  request: { query: reportQuerySchema },
  responses: { 200: json(reportShape, "The report."), ...staffErrorResponses },
});

export const reportsApi = createApiRouter().openapi(reportRoute, async function showReport(c) {
  return c.json(await reportFor(c.var.db, c.var.staff, c.req.valid("query")), 200);
});
