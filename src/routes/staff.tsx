import { asc, inArray } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { listOrganizations } from "../db/queries/organizations";
import { listCases } from "../db/queries/queue";
import { caseStatuses, reviewers as reviewersTable } from "../db/schema";
import type { AppEnv, StaffEnv } from "../env";
import { messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { sameSiteOnly } from "../lib/same-origin";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import { MessagePage } from "../pages/message";
import { ExportStartPage } from "../pages/staff-exports";
import { staffLocale } from "../pages/staff-parts";
import { queueParams, StaffQueuePage } from "../pages/staff-queue";
import { presentQueueItem } from "../presenters/queue-item";
import { queueFilters, queueQuerySchema } from "../schemas/queue";
import { staffCaseRoute } from "./staff-case";
import { staffIntakeRoute } from "./staff-intake";

/**
 * The staff pages: the case queue (and the page behind its old CSV link), and each case with what staff can do to it
 * (./staff-case.tsx). They read and change the same data, through the same functions, as the staff
 * JSON API.
 */
export const staffRoute = new Hono<StaffEnv>();

// Only this router's own paths: other staff pages (such as /staff/letters) are mounted beside it.
for (const path of ["/", "/cases.csv", "/cases/*"]) {
  staffRoute.use(path, async function staffPage(c, next) {
    await next();
    // Case data must not stay in a browser's or proxy's cache, error pages included.
    c.header("Cache-Control", "no-store");
  });
  staffRoute.use(path, requireStaff);
  staffRoute.use(path, sameOriginForms());
}

/** Staff forms are taken only from our own pages (see `sameSiteOnly`); a refusal gets a page, not a bare 403. */
export function sameOriginForms(): MiddlewareHandler<AppEnv> {
  return sameSiteOnly({
    unstated: "refuse",
    refuse: (c) => {
      const t = messages[c.var.lang].staff.formRefused;
      return c.html(<MessagePage lang={c.var.lang} path={c.req.path} title={t.title} body={t.body} />, 403);
    },
  });
}

staffRoute.route("/cases/new", staffIntakeRoute);
staffRoute.route("/cases", staffCaseRoute);

staffRoute.get("/", async function showQueue(c) {
  const values = queueValues(c);
  const parsed = parseQueue(c, values);
  const options = await filterOptions(c);
  const locale = staffLocale(c);
  if (!parsed.ok)
    return c.html(<StaffQueuePage locale={locale} {...options} form={{ values, errors: parsed.errors }} />, 400);
  const { limit, cursor, ...query } = parsed.query;
  const page = await listCases(c.env, c.var.db, c.var.staff, queueFilters(query, c.var.staff), { limit, cursor });
  const items = page.rows.map((row) => presentQueueItem(row, page.now));
  return c.html(
    <StaffQueuePage
      locale={locale}
      {...options}
      form={{ values, errors: new Map() }}
      page={{ items, nextCursor: page.nextCursor }}
    />,
  );
});

/**
 * The queue's CSV is made in the background (src/cases/exports.ts): the queue page posts its
 * filters to /staff/exports. A link to this address (an old bookmark) gets a page that asks.
 */
staffRoute.get("/cases.csv", async function askForQueueCsv(c) {
  const values = queueValues(c);
  const parsed = parseQueue(c, values);
  if (!parsed.ok)
    return c.html(
      <StaffQueuePage locale={staffLocale(c)} {...(await filterOptions(c))} form={{ values, errors: parsed.errors }} />,
      400,
    );
  const filters = Object.fromEntries(
    [...values].filter(([name]) => name !== "limit" && name !== "cursor").map(([name, [value]]) => [name, value ?? ""]),
  );
  return c.html(<ExportStartPage locale={staffLocale(c)} path={c.req.path} kind="cases" filters={filters} />);
});

type StaffContext = Context<StaffEnv>;

/** The queue's parameters as sent, without empty ones: an empty filter field means "any". */
function queueValues(c: StaffContext): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const name of queueParams) {
    const value = c.req.query(name)?.trim();
    if (value) values.set(name, [value]);
  }
  return values;
}

/**
 * The API's own query schema, so the page and `GET /api/v1/cases` take exactly the same filters;
 * its messages are the API's, so the page words each parameter's problem in the reader's language.
 */
function parseQueue(c: StaffContext, values: Map<string, string[]>) {
  const parsed = queueQuerySchema.safeParse(Object.fromEntries([...values].map(([name, [v]]) => [name, v])));
  if (parsed.success) return { ok: true as const, query: parsed.data };
  const t = messages[c.var.lang].staff.queue.errors;
  const unknownStatuses = (values.get("status")?.[0] ?? "").split(",").filter((s) => s && !isOneOf(caseStatuses, s));
  const wording: Record<string, string> = {
    status: t.status(unknownStatuses.join(", ")),
    overdue: t.overdue,
    stuck: t.stuck,
    myTasks: t.myTasks,
    dueThisWeek: t.dueThisWeek,
    preservation: t.preservation,
    submittedFrom: t.submittedFrom,
    submittedTo: t.submittedTo,
    limit: t.limit,
    cursor: t.cursor,
  };
  const errors = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "status");
    if (!errors.has(name)) errors.set(name, wording[name] ?? issue.message);
  }
  return { ok: false as const, errors };
}

/** What the filter form offers: only organizations (and their reviewers) the caller may see. */
async function filterOptions(c: StaffContext) {
  const organizations = (await listOrganizations(c.var.db)).filter((o) => canSeeOrganization(c.var.staff, o.id));
  const ids = organizations.map((o) => o.id);
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const rows =
    ids.length === 0
      ? []
      : await c.var.db.query.reviewers.findMany({
          where: inArray(reviewersTable.organizationId, ids),
          orderBy: [asc(reviewersTable.name), asc(reviewersTable.id)],
        });
  return {
    organizations: organizations.map((o) => ({ slug: o.slug, name: o.name })),
    reviewers: rows.map((r) => ({
      id: r.id,
      name: r.name,
      organizationName: names.get(r.organizationId) ?? r.organizationId,
      active: r.active,
    })),
  };
}
