import * as z from "zod";
import type { Database } from "../db/client";
import { findOrganizationBySlug } from "../db/queries/organizations";
import { type Count, type Durations, loadReport, type ReviewerLoad } from "../db/queries/reports";
import { ApiError } from "../errors";
import { assertOrganization, type Staff } from "../lib/staff-auth";
import { type ReportQuery, reportRange } from "../schemas/report";

const count = z.int();

const durationsShape = z.object({
  cases: z.int().openapi({ description: "Cases measured." }),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable().openapi({ description: "90th percentile, nearest rank." }),
});

export const reportShape = z
  .object({
    scope: z.object({ from: z.iso.date(), to: z.iso.date(), organization: z.string().nullable() }),
    applications: z.object({
      total: z.int(),
      perMonth: z.array(
        z.object({ month: z.string().openapi({ description: "`YYYY-MM`, UTC; every month of the range" }), count }),
      ),
      bySource: z.array(z.object({ source: z.enum(["web", "api", "post"]), count })),
      byJurisdiction: z.array(z.object({ jurisdiction: z.string().openapi({ description: "ISO 3166 code" }), count })),
      byOrganization: z.array(z.object({ organization: z.string().openapi({ description: "Slug" }), count })),
    }),
    outcomes: z.array(z.object({ status: z.string().openapi({ description: "Where the cases are now" }), count })),
    declineReasons: z.array(z.object({ reason: z.string().openapi({ description: "A decline reason code" }), count })),
    evidenceTypes: z.array(z.object({ type: z.string().openapi({ description: "A kind of evidence named" }), count })),
    timing: z.object({
      toFirstDecision: durationsShape.openapi({ description: "Days from receipt to the first reviewer's decision." }),
      toOutcome: durationsShape.openapi({
        description: "Days from receipt to declined, referred, closed or withdrawn.",
      }),
    }),
    reviewers: z.array(
      z.object({
        reviewerId: z.string(),
        name: z.string(),
        organization: z.string(),
        open: z.int().openapi({ description: "Open reviews now." }),
        overdue: z.int().openapi({ description: "Of them, past their due date." }),
      }),
    ),
  })
  .openapi("Report");

export type Report = z.output<typeof reportShape>;

export type ReportData = {
  scope: { fromDay: string; toDay: string; organization: string | null };
  perMonth: Count[];
  bySource: Count[];
  byJurisdiction: Count[];
  byOrganization: Count[];
  byStatus: Count[];
  declineReasons: Count[];
  evidenceTypes: Count[];
  toFirstDecision: Durations;
  toOutcome: Durations;
  reviewers: ReviewerLoad[];
};

/** `cases.source` as people say it: the form on the web, the API, or post typed in by staff. */
const sourceName = (source: string) => (source === "web_form" ? "web" : source === "api" ? "api" : "post");

/** Every month from the range's first to its last, so a month without applications shows as 0. */
function months(fromDay: string, toDay: string, counts: Count[]) {
  const byMonth = new Map(counts.map((c) => [c.key, c.count]));
  const list: { month: string; count: number }[] = [];
  const at = new Date(`${fromDay.slice(0, 7)}-01T00:00:00Z`);
  while (at.toISOString().slice(0, 7) <= toDay.slice(0, 7)) {
    const month = at.toISOString().slice(0, 7);
    list.push({ month, count: byMonth.get(month) ?? 0 });
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return list;
}

const durations = (d: Durations) => ({ cases: d.cases, medianDays: d.median, p90Days: d.p90 });

export function presentReport(data: ReportData): Report {
  return {
    scope: { from: data.scope.fromDay, to: data.scope.toDay, organization: data.scope.organization },
    applications: {
      total: data.perMonth.reduce((n, c) => n + c.count, 0),
      perMonth: months(data.scope.fromDay, data.scope.toDay, data.perMonth),
      bySource: data.bySource.map((c) => ({ source: sourceName(c.key), count: c.count })),
      byJurisdiction: data.byJurisdiction.map((c) => ({ jurisdiction: c.key, count: c.count })),
      byOrganization: data.byOrganization.map((c) => ({ organization: c.key, count: c.count })),
    },
    outcomes: data.byStatus.map((c) => ({ status: c.key, count: c.count })),
    declineReasons: data.declineReasons.map((c) => ({ reason: c.key, count: c.count })),
    evidenceTypes: data.evidenceTypes.map((c) => ({ type: c.key, count: c.count })),
    timing: { toFirstDecision: durations(data.toFirstDecision), toOutcome: durations(data.toOutcome) },
    reviewers: data.reviewers,
  };
}

/** The report a staff member asked for: organization staff get their own organization's. */
export async function reportFor(db: Database, staff: Staff, query: ReportQuery, now = new Date()): Promise<Report> {
  const organization = await reportOrganization(db, staff, query.organization);
  const range = reportRange(query, now);
  const data = await loadReport(db, { from: range.from, to: range.to, organizationId: organization?.id }, now);
  return presentReport({
    ...data,
    scope: { fromDay: range.fromDay, toDay: range.toDay, organization: organization?.slug ?? null },
  });
}

/**
 * The organization a report covers: the one asked for (400 when there is none of that name, 403
 * when it is not the caller's), else the caller's own; none for network staff, who see them all.
 */
export async function reportOrganization(db: Database, staff: Staff, slug: string | undefined) {
  const organization = slug
    ? await findOrganizationBySlug(db, slug)
    : staff.organizationId
      ? await db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, staff.organizationId ?? "") })
      : undefined;
  if (slug && !organization)
    throw new ApiError("invalid_request", "The request is not valid.", [
      { path: "organization", message: `No organization ${slug}.` },
    ]);
  if (organization) assertOrganization(staff, organization.id);
  return organization;
}
