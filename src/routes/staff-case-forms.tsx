import { asc, eq, inArray, or } from "drizzle-orm";
import type { Context } from "hono";
import type * as z from "zod";
import { closeReasons, recordStaffRead } from "../cases/staff-actions";
import { caseDetail } from "../cases/subject-rights";
import { staffFor } from "../db/queries/desk";
import { listOrganizations } from "../db/queries/organizations";
import { organizationPartners } from "../db/queries/partners";
import { casesOfPerson } from "../db/queries/person";
import { organizationSnippets } from "../db/queries/snippets";
import { caseEvents, caseNotifications, casePeople, type StaffCase } from "../db/queries/staff-cases";
import { reviewers as reviewersTable } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { formText, readFormBody } from "../lib/form-body";
import { issueText, labelOf, messages } from "../lib/i18n";
import { canSeeOrganization } from "../lib/staff-auth";
import { issueKey } from "../lib/validation";
import { type CaseActionDone, StaffCasePage } from "../pages/staff-case";
import type { CaseActionError } from "../pages/staff-case-actions";
import { staffHref, staffLocale, statusLabel } from "../pages/staff-parts";
import { presentEvent, presentNotification } from "../presenters/case-history";
import { staffCase } from "./api/cases";

/**
 * How the case page's forms run (src/routes/staff-case.tsx): the same function as the JSON API,
 * then back to the page (303, so a reload does not post again); what the function refuses is shown
 * in the form, with what was chosen.
 */

export type StaffContext = Context<StaffEnv>;

/** A multipart form's fields, trimmed, without empty ones. */
export function trimmedFields(fields: Map<string, string[]>): Record<string, string> {
  return Object.fromEntries([...fields].flatMap(([name, [value]]) => (value?.trim() ? [[name, value.trim()]] : [])));
}

export function deskContext(c: StaffContext) {
  return { env: c.env, db: c.var.db, staff: c.var.staff };
}

/** A form's problems in one sentence per field, in the staff member's language. */
export function issuesText(c: StaffContext, error: z.ZodError): string {
  const t = messages[c.var.lang].staff;
  return error.issues
    .map((issue) => {
      const field = String(issue.path[0]);
      return t.formIssue(labelOf(t.formFields, field), issueText(c.var.lang, issueKey(issue)));
    })
    .join(" ");
}

export function moveContext(c: StaffContext) {
  return { env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId };
}

/** The case (if the caller may see it) and the form's fields, trimmed, without empty ones. */
export async function caseAndForm(c: StaffContext) {
  const kase = await staffCase(c, c.req.param("id") ?? "");
  const body = await readFormBody(c);
  const values: Record<string, string> = Object.fromEntries(
    Object.keys(body).flatMap((name) => {
      const value = formText(body, name)?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  return { kase, values };
}

/** Runs an action the way the API does, then back to the case page; a refusal is shown in its form. */
export async function attempt(
  c: StaffContext,
  kase: StaffCase,
  form: Omit<CaseActionError, "message">,
  done: CaseActionDone | (() => CaseActionDone),
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
  // A case moved to an organization the caller is not staff of is no longer theirs to see.
  const after = await c.var.db.query.cases.findFirst({ where: (cases, { eq }) => eq(cases.id, kase.case.id) });
  if (after && c.var.staff.organizationId !== null && after.organizationId !== c.var.staff.organizationId)
    return c.redirect(staffHref(staffLocale(c), "/staff"), 303);
  const notice = typeof done === "function" ? done() : done;
  return c.redirect(staffHref(staffLocale(c), `/staff/cases/${encodeURIComponent(kase.case.id)}?done=${notice}`), 303);
}

/**
 * Why the API refused an action, in the staff member's language. Reassigning, withdrawing and
 * closing are told from the error's code and the case as it is now; the other actions' refusals
 * are worded from the catalogs where they are made (`refused`).
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
  if (form.action === "withdraw" || form.action === "close") {
    if (error.code === "not_found") return t.caseGone;
    return t.alreadyEnded(
      statusLabel(lang, fresh.case.status),
      statusLabel(lang, form.action === "withdraw" ? "withdrawn" : "closed"),
    );
  }
  return error.messageIn(lang);
}

export const caseErrors = (c: StaffContext) => messages[c.var.lang].staff.case.errors;
export const moveErrors = (c: StaffContext) => messages[c.var.lang].staff.moves.errors;

/** The case page again, as it now is, with the action's error in its form. */
export async function actionFailed(c: StaffContext, kase: StaffCase, error: CaseActionError, status: 400 | 409 = 400) {
  // Reloaded: the case may have moved on since the page the form came from (hence a conflict).
  const fresh = await staffCase(c, kase.case.id);
  return renderCase(c, fresh, status, { error });
}

export async function renderCase(
  c: StaffContext,
  kase: StaffCase,
  status: 200 | 400 | 409,
  extra: { error?: CaseActionError; done?: CaseActionDone; snippetId?: string },
) {
  const { db, staff } = c.var;
  const caseId = kase.case.id;
  await recordStaffRead(db, staff, caseId, "case-page");
  const named = kase.assignments.flatMap((a) => (a.reviewerId ? [a.reviewerId] : []));
  const decided = kase.decisions.map((d) => d.reviewerId);
  const [detail, events, notifications, people, reviewers, organizations, partners, snippets, staffMembers, person] =
    await Promise.all([
      caseDetail(db, staff, kase),
      caseEvents(db, caseId),
      caseNotifications(db, caseId),
      casePeople(db, caseId),
      db.query.reviewers.findMany({
        where: or(
          eq(reviewersTable.organizationId, kase.case.organizationId),
          inArray(reviewersTable.id, [...named, ...decided]),
        ),
        orderBy: [asc(reviewersTable.name), asc(reviewersTable.id)],
      }),
      listOrganizations(db),
      organizationPartners(db, kase.case.organizationId, "active"),
      organizationSnippets(db, kase.case.organizationId),
      staffFor(db, kase.case.organizationId),
      casesOfPerson(db, caseId),
    ]);
  const visible = person.filter((p) => canSeeOrganization(staff, p.organizationId)).length;
  const snippet = snippets.find((s) => s.id === extra.snippetId);
  return c.html(
    <StaffCasePage
      locale={staffLocale(c)}
      detail={detail}
      events={events.map((e) => presentEvent(e, people))}
      notifications={notifications.map((n) => presentNotification(n, people))}
      names={{
        reviewers: new Map(reviewers.map((r) => [r.id, r.name])),
        organizations: new Map(organizations.map((o) => [o.id, o.name])),
      }}
      activeReviewers={reviewers.filter((r) => r.active && r.organizationId === kase.case.organizationId)}
      partners={partners}
      organizations={organizations.filter((o) => o.id !== kase.case.organizationId)}
      closeReasons={closeReasons}
      snippets={snippets}
      snippet={snippet}
      clientKey={crypto.randomUUID()}
      staffMembers={staffMembers}
      today={new Date().toISOString().slice(0, 10)}
      person={{ cases: visible, elsewhere: person.length - visible }}
      error={extra.error}
      done={extra.done}
    />,
    status,
  );
}
