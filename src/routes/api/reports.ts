import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { findOrganizationBySlug } from "../../db/queries/organizations";
import { loadReport } from "../../db/queries/reports";
import type { StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { assertOrganization } from "../../lib/staff-auth";
import { presentReport, type Report, reportShape } from "../../presenters/report";
import { type ReportQuery, reportQuerySchema, reportRange } from "../../schemas/report";
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

/** The report a staff member asked for: organization staff get their own organization's. */
export async function reportFor(c: Context<StaffEnv>, query: ReportQuery, now = new Date()): Promise<Report> {
  const { db, staff } = c.var;
  const organization = query.organization
    ? await findOrganizationBySlug(db, query.organization)
    : staff.organizationId
      ? await db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, staff.organizationId ?? "") })
      : undefined;
  if (query.organization && !organization)
    throw new ApiError("invalid_request", "The request is not valid.", [
      { path: "organization", message: `No organization ${query.organization}.` },
    ]);
  if (organization) assertOrganization(staff, organization.id);
  const range = reportRange(query, now);
  const data = await loadReport(db, { from: range.from, to: range.to, organizationId: organization?.id }, now);
  return presentReport({
    ...data,
    scope: { fromDay: range.fromDay, toDay: range.toDay, organization: organization?.slug ?? null },
  });
}

export const reportsApi = createApiRouter().openapi(reportRoute, async function showReport(c) {
  return c.json(await reportFor(c, c.req.valid("query")), 200);
});
