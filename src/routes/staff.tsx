import { asc, eq, inArray, or } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { closeReasons, endCase, reassignReview, recordStaffRead } from "../cases/staff-actions";
import { isFinal } from "../cases/transitions";
import { listOrganizations } from "../db/queries/organizations";
import { caseEvents, caseNotifications, listCases, type StaffCase } from "../db/queries/staff-cases";
import { caseStatuses, reviewers as reviewersTable } from "../db/schema";
import type { AppEnv, StaffEnv } from "../env";
import { ApiError } from "../errors";
import { toCsv } from "../lib/csv";
import { formText, readFormBody } from "../lib/form-body";
import { labelOf, messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { sameSiteOnly } from "../lib/same-origin";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import { MessagePage } from "../pages/message";
import { type CaseActionDone, type CaseActionError, StaffCasePage } from "../pages/staff-case";
import { staffHref, staffLocale, statusLabel } from "../pages/staff-parts";
import { CSV_MAX_ROWS, queueParams, StaffQueuePage } from "../pages/staff-queue";
import { presentEvent, presentNotification, presentQueueItem, type QueueItem } from "../presenters/case";
import { caseDetail, queueQuerySchema, staffCase } from "./api/cases";

/**
 * The staff pages: the case queue (and its CSV), and each case with what staff can do to it. They
 * read and change the same data, through the same functions, as the staff JSON API.
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

staffRoute.get("/", async function showQueue(c) {
  const values = queueValues(c);
  const parsed = parseQueue(c, values);
  const options = await filterOptions(c);
  const locale = staffLocale(c);
  if (!parsed.ok)
    return c.html(<StaffQueuePage locale={locale} {...options} form={{ values, errors: parsed.errors }} />, 400);
  const { limit, cursor, reviewer, ...filters } = parsed.query;
  const page = await listCases(c.var.db, c.var.staff, { ...filters, reviewerId: reviewer }, { limit, cursor });
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

/** The CSV columns: the fields of the API's queue items, in their order. */
const csvColumns = [
  "id",
  "reference",
  "organization",
  "status",
  "source",
  "language",
  "applicantName",
  "submittedAt",
  "updatedAt",
  "stageDueAt",
  "overdue",
  "stuck",
  "possibleDuplicates",
] as const satisfies readonly (keyof QueueItem)[];

staffRoute.get("/cases.csv", async function downloadQueue(c) {
  const values = queueValues(c);
  const parsed = parseQueue(c, values);
  if (!parsed.ok)
    return c.html(
      <StaffQueuePage locale={staffLocale(c)} {...(await filterOptions(c))} form={{ values, errors: parsed.errors }} />,
      400,
    );
  // Every page for the filters: `limit` and `cursor` only page the screen.
  const { limit: _limit, cursor: _cursor, reviewer, ...filters } = parsed.query;
  const items: QueueItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCases(
      c.var.db,
      c.var.staff,
      { ...filters, reviewerId: reviewer },
      { limit: Math.min(200, CSV_MAX_ROWS - items.length), cursor },
    );
    items.push(...page.rows.map((row) => presentQueueItem(row, page.now)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < CSV_MAX_ROWS);
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", 'attachment; filename="cases.csv"');
  return c.body(
    toCsv(
      csvColumns,
      items.map((item) => csvColumns.map((column) => item[column])),
    ),
  );
});

staffRoute.get("/cases/:id", async function showCase(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const done = c.req.query("done");
  return renderCase(c, kase, 200, { done: isOneOf(doneValues, done) ? done : undefined });
});

staffRoute.post("/cases/:id/reassign", async function reassign(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const values = await formValues(c);
  const assignmentId = values.assignmentId ?? "";
  const reviewerId = values.reviewerId || undefined;
  if (!assignmentId) return actionFailed(c, kase, { action: "reassign", message: caseErrors(c).chooseReview, values });
  return attempt(c, kase, { action: "reassign", values }, "reassigned", () =>
    reassignReview(c.env, c.var.db, c.var.staff, kase.case.id, { assignmentId, reviewerId }),
  );
});

staffRoute.post("/cases/:id/withdraw", async function withdraw(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const values = await formValues(c);
  if (values.confirm !== "yes")
    return actionFailed(c, kase, {
      action: "withdraw",
      message: caseErrors(c).confirmWithdraw,
      values,
    });
  return attempt(c, kase, { action: "withdraw", values }, "withdrawn", () =>
    endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "withdrawn" }),
  );
});

staffRoute.post("/cases/:id/close", async function close(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const values = await formValues(c);
  const reason = closeReasons.find((r) => r === values.reason);
  if (!reason)
    return actionFailed(c, kase, {
      action: "close",
      message: caseErrors(c).chooseCloseReason,
      values,
    });
  return attempt(c, kase, { action: "close", values }, "closed", () =>
    endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "closed", reason }),
  );
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

async function formValues(c: StaffContext): Promise<Record<string, string>> {
  const body = await readFormBody(c);
  return Object.fromEntries(
    Object.keys(body).flatMap((name) => {
      const value = formText(body, name);
      return value === undefined ? [] : [[name, value.trim()]];
    }),
  );
}

const doneValues = ["reassigned", "withdrawn", "closed"] as const satisfies readonly CaseActionDone[];

/**
 * Runs an action the way the API does, then sends the browser back to the case page (303, so a
 * reload does not post again). What the action refuses is shown in its form.
 */
async function attempt(
  c: StaffContext,
  kase: StaffCase,
  form: Omit<CaseActionError, "message">,
  done: CaseActionDone,
  action: () => Promise<unknown>,
) {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof ApiError) || !["invalid_request", "not_found", "conflict"].includes(error.code)) throw error;
    // Reloaded: the case may have moved on since the page the form came from (hence a conflict).
    const fresh = await staffCase(c, kase.case.id);
    const message = refusal(c, fresh, form, error);
    return renderCase(c, fresh, error.code === "conflict" ? 409 : 400, { error: { ...form, message } });
  }
  return c.redirect(staffHref(staffLocale(c), `/staff/cases/${encodeURIComponent(kase.case.id)}?done=${done}`), 303);
}

/**
 * Why the API refused an action, in the staff member's words: told from the error's code and the
 * case as it is now, since the API's own message is English for API clients.
 */
function refusal(c: StaffContext, fresh: StaffCase, form: Omit<CaseActionError, "message">, error: ApiError) {
  const t = caseErrors(c);
  const { lang } = c.var;
  if (form.action === "reassign") {
    const assignment = fresh.assignments.find((a) => a.id === form.values.assignmentId);
    if (error.code === "invalid_request") return t.chooseAnotherReviewer;
    if (!assignment) return t.reviewNotFound;
    if (assignment.status !== "open")
      return t.reviewNotOpen(labelOf(messages[lang].staff.case.assignments.statuses, assignment.status));
    return error.code === "not_found" ? t.caseGone : t.noReviewerLeft;
  }
  if (error.code === "not_found") return t.caseGone;
  return t.alreadyEnded(
    statusLabel(lang, fresh.case.status),
    statusLabel(lang, form.action === "withdraw" ? "withdrawn" : "closed"),
  );
}

const caseErrors = (c: StaffContext) => messages[c.var.lang].staff.case.errors;

/** The case page again, as it now is, with the action's error in its form. */
async function actionFailed(c: StaffContext, kase: StaffCase, error: CaseActionError, status: 400 | 409 = 400) {
  const fresh = await staffCase(c, kase.case.id);
  return renderCase(c, fresh, status, { error });
}

async function renderCase(
  c: StaffContext,
  kase: StaffCase,
  status: 200 | 400 | 409,
  extra: { error?: CaseActionError; done?: CaseActionDone },
) {
  const { db, staff } = c.var;
  const caseId = kase.case.id;
  await recordStaffRead(db, staff, caseId, "case-page");
  const named = kase.assignments.flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
  const decided = kase.decisions.map((d) => d.reviewerId);
  const [detail, events, notifications, reviewers, organizations] = await Promise.all([
    caseDetail(db, staff, kase),
    caseEvents(db, caseId),
    caseNotifications(db, caseId),
    db.query.reviewers.findMany({
      where: or(
        eq(reviewersTable.organizationId, kase.case.organizationId),
        inArray(reviewersTable.id, [...named, ...decided]),
      ),
      orderBy: [asc(reviewersTable.name), asc(reviewersTable.id)],
    }),
    listOrganizations(db),
  ]);
  return c.html(
    <StaffCasePage
      locale={staffLocale(c)}
      detail={detail}
      events={events.map(presentEvent)}
      notifications={notifications.map(presentNotification)}
      names={{
        reviewers: new Map(reviewers.map((r) => [r.id, r.name])),
        organizations: new Map(organizations.map((o) => [o.id, o.name])),
      }}
      activeReviewers={reviewers.filter((r) => r.active && r.organizationId === kase.case.organizationId)}
      final={isFinal(kase.case.status)}
      closeReasons={closeReasons}
      {...extra}
    />,
    status,
  );
}
