import { Hono } from "hono";
import { listOrganizations } from "../db/queries/organizations";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { toCsv } from "../lib/csv";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import { staffLocale } from "../pages/staff-parts";
import { StaffReportsPage } from "../pages/staff-reports";
import { reportTables } from "../presenters/report-tables";
import { reportQuerySchema } from "../schemas/report";
import { reportFor } from "./api/reports";

/** The reports page and a CSV of each of its tables, from the same report as `GET /api/v1/reports`. */
export const staffReportsRoute = new Hono<StaffEnv>();

staffReportsRoute.use(async function staffPage(c, next) {
  c.set("lang", "en");
  await next();
  c.header("Cache-Control", "no-store");
});
staffReportsRoute.use(requireStaff);

function filterValues(c: Parameters<typeof reportFor>[0]) {
  const value = (name: string) => c.req.query(name)?.trim() ?? "";
  return { from: value("from"), to: value("to"), organization: value("organization") };
}

staffReportsRoute.get("/", async function showReports(c) {
  const values = filterValues(c);
  const organizations = (await listOrganizations(c.var.db)).filter((o) => canSeeOrganization(c.var.staff, o.id));
  const parsed = reportQuerySchema.safeParse(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")));
  const errors = new Map<string, string>();
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors.set(String(issue.path[0] ?? "from"), "Enter a day like 2026-01-31, the last on or after the first.");
  const report = parsed.success ? await reportFor(c, parsed.data).catch(refusedFilter(errors)) : undefined;
  const filters = {
    values: report ? { from: report.scope.from, to: report.scope.to, organization: values.organization } : values,
    errors,
    organizations: organizations.map((o) => ({ slug: o.slug, name: o.name })),
  };
  const query = report
    ? `?${new URLSearchParams({ from: report.scope.from, to: report.scope.to, ...(values.organization ? { organization: values.organization } : {}) })}`
    : "";
  return c.html(
    <StaffReportsPage
      locale={staffLocale(c)}
      filters={filters}
      tables={report ? reportTables(report) : []}
      csvQuery={query}
    />,
    report ? 200 : 400,
  );
});

/** An organization the caller may not see, or that does not exist, is a filter error on the page. */
function refusedFilter(errors: Map<string, string>) {
  return (error: unknown) => {
    if (!(error instanceof ApiError) || !["invalid_request", "forbidden"].includes(error.code)) throw error;
    errors.set("organization", "Choose an organization from the list.");
    return undefined;
  };
}

staffReportsRoute.get("/:file{[a-z-]+\\.csv}", async function downloadTable(c) {
  const name = c.req.param("file").replace(/\.csv$/, "");
  const parsed = reportQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError("invalid_request", "The filters are not valid.");
  const table = reportTables(await reportFor(c, parsed.data)).find((t) => t.name === name);
  if (!table) throw new ApiError("not_found", "No such report table.");
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header(
    "Content-Disposition",
    `attachment; filename="${table.name}-${parsed.data.from ?? ""}-${parsed.data.to ?? ""}.csv"`,
  );
  return c.body(toCsv(table.columns, table.rows));
});
