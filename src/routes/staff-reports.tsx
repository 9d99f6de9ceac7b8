import { type Context, Hono } from "hono";
import { listOrganizations } from "../db/queries/organizations";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { messages } from "../lib/i18n";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import { ExportStartPage } from "../pages/staff-exports";
import { staffLocale } from "../pages/staff-parts";
import { StaffReportsPage } from "../pages/staff-reports";
import { reportFor } from "../presenters/report";
import { reportTables } from "../presenters/report-tables";
import { exportFilters } from "../schemas/export";
import { reportQuerySchema } from "../schemas/report";

/** The reports page and a CSV of each of its tables, from the same report as `GET /api/v1/reports`. */
export const staffReportsRoute = new Hono<StaffEnv>();

staffReportsRoute.use(async function staffPage(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});
staffReportsRoute.use(requireStaff);

function filterValues(c: Context<StaffEnv>) {
  const value = (name: string) => c.req.query(name)?.trim() ?? "";
  return { from: value("from"), to: value("to"), organization: value("organization") };
}

staffReportsRoute.get("/", async function showReports(c) {
  const values = filterValues(c);
  const organizations = (await listOrganizations(c.var.db)).filter((o) => canSeeOrganization(c.var.staff, o.id));
  const parsed = reportQuerySchema.safeParse(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")));
  const t = messages[c.var.lang].staff.reports;
  const errors = new Map<string, string>();
  if (!parsed.success) for (const issue of parsed.error.issues) errors.set(String(issue.path[0] ?? "from"), t.badDay);
  const report = parsed.success
    ? await reportFor(c.var.db, c.var.staff, parsed.data).catch(refusedFilter(errors, t.chooseOrganization))
    : undefined;
  const filters = {
    values: report ? { from: report.scope.from, to: report.scope.to, organization: values.organization } : values,
    errors,
    organizations: organizations.map((o) => ({ slug: o.slug, name: o.name })),
  };
  const csvFilters = report
    ? {
        from: report.scope.from,
        to: report.scope.to,
        ...(values.organization ? { organization: values.organization } : {}),
      }
    : {};
  return c.html(
    <StaffReportsPage
      locale={staffLocale(c)}
      filters={filters}
      tables={report ? reportTables(report, c.var.lang) : []}
      csvFilters={csvFilters}
    />,
    report ? 200 : 400,
  );
});

/** An organization the caller may not see, or that does not exist, is a filter error on the page. */
function refusedFilter(errors: Map<string, string>, message: string) {
  return (error: unknown) => {
    if (!(error instanceof ApiError) || !["invalid_request", "forbidden"].includes(error.code)) throw error;
    errors.set("organization", message);
    return undefined;
  };
}

/**
 * Each table's CSV is made in the background (src/cases/exports.ts): the page posts to
 * /staff/exports. A link to this address (an old bookmark) gets a page that asks.
 */
staffReportsRoute.get("/:file{[a-z-]+\\.csv}", async function askForTableCsv(c) {
  const table = c.req.param("file").replace(/\.csv$/, "");
  return c.html(
    <ExportStartPage
      locale={staffLocale(c)}
      path={c.req.path}
      kind="report"
      filters={exportFilters("report", { table, ...filterValues(c) })}
    />,
  );
});
