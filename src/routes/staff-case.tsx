import { asc, eq, inArray, or } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import type * as z from "zod";
import { logCorrespondence, writeMessage } from "../cases/correspondence";
import { addNote, addTask, changeTask } from "../cases/notes-and-tasks";
import { recordConfirmation, recordMailedAnswer } from "../cases/paper";
import { closeReasons, endCase, reassignReview, recordStaffRead } from "../cases/staff-actions";
import { moveToOrganization, referCase, reopenCase, reopenReasons, returnToReview } from "../cases/staff-moves";
import { staffFor } from "../db/queries/desk";
import { listOrganizations } from "../db/queries/organizations";
import { organizationPartners } from "../db/queries/partners";
import { organizationSnippets } from "../db/queries/snippets";
import { caseEvents, caseNotifications, type StaffCase } from "../db/queries/staff-cases";
import { reviewers as reviewersTable } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { formText, readFormBody } from "../lib/form-body";
import { rejectionText } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { deleteUploads, readMultipartForm } from "../lib/multipart-form";
import { uploadLimits } from "../lib/uploads";
import { type CaseActionDone, caseActionsDone, StaffCasePage } from "../pages/staff-case";
import type { CaseActionError } from "../pages/staff-case-actions";
import { presentEvent, presentNotification } from "../presenters/case";
import {
  confirmationSchema,
  correspondenceSchema,
  mailedAnswerSchema,
  messageSchema,
  noteSchema,
  taskSchema,
} from "../schemas/case-actions";
import { caseDetail, staffCase } from "./api/cases";

/**
 * A case's staff page and its forms. Each form runs the same function as the JSON API, then sends
 * the browser back to the page (303, so a reload does not post again); what the function refuses
 * is shown in the form, with what was chosen.
 */
export const staffCaseRoute = new Hono<StaffEnv>();

type StaffContext = Context<StaffEnv>;

staffCaseRoute.get("/:id", async function showCase(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const done = c.req.query("done");
  return renderCase(c, kase, 200, {
    done: isOneOf(caseActionsDone, done) ? done : undefined,
    snippetId: c.req.query("snippet"),
  });
});

staffCaseRoute.post("/:id/messages", async function write(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "message", message: issuesText(parsed.error), values });
  let sent: "emailed" | "letter" = "emailed";
  return attempt(
    c,
    kase,
    { action: "message", values },
    () => sent,
    async () => {
      const key = values.clientKey ? `form:${values.clientKey}` : null;
      const written = await writeMessage(deskContext(c), kase.case.id, parsed.data, key);
      sent = written.channel === "post" ? "letter" : "emailed";
    },
  );
});

staffCaseRoute.post("/:id/correspondence", async function logIncoming(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const limits = uploadLimits(c.env);
  const form = await readMultipartForm(c.req.raw, c.env, limits);
  const values = trimmedFields(form.fields);
  const parsed = correspondenceSchema.safeParse(values);
  const refused = form.rejections.map((r) => rejectionText("en", r, limits));
  if (!parsed.success || refused.length > 0) {
    await deleteUploads(c.env.ATTACHMENTS, form.uploads);
    const message = [...(parsed.success ? [] : [issuesText(parsed.error)]), ...refused].join(" ");
    return actionFailed(c, kase, { action: "correspondence", message, values });
  }
  const input = parsed.data;
  return attempt(c, kase, { action: "correspondence", values }, "logged", async () => {
    try {
      await logCorrespondence(
        deskContext(c),
        kase.case.id,
        { kind: input.kind, receivedOn: input.date, summary: input.summary, contactId: input.contactId },
        form.uploads,
      );
    } catch (error) {
      await deleteUploads(c.env.ATTACHMENTS, form.uploads);
      throw error;
    }
  });
});

staffCaseRoute.post("/:id/answers", async function typeInAnswer(c) {
  const kase = await staffCase(c, c.req.param("id"));
  const limits = uploadLimits(c.env);
  const form = await readMultipartForm(c.req.raw, c.env, limits);
  const values = trimmedFields(form.fields);
  const parsed = mailedAnswerSchema.safeParse(values);
  const refused = form.rejections.map((r) => rejectionText("en", r, limits));
  const empty = parsed.success && !parsed.data.answer && form.uploads.length === 0;
  if (!parsed.success || refused.length > 0 || empty) {
    await deleteUploads(c.env.ATTACHMENTS, form.uploads);
    const message = [
      ...(parsed.success ? [] : [issuesText(parsed.error)]),
      ...(empty ? ["Type the answer in, or add the scans of it."] : []),
      ...refused,
    ].join(" ");
    return actionFailed(c, kase, { action: "answer", message, values });
  }
  const text = parsed.data.answer ?? null;
  return attempt(c, kase, { action: "answer", values }, "answered", async () => {
    try {
      await recordMailedAnswer(moveContext(c), kase.case.id, { text }, form.uploads);
    } catch (error) {
      await deleteUploads(c.env.ATTACHMENTS, form.uploads);
      throw error;
    }
  });
});

staffCaseRoute.post("/:id/reassign", async function reassign(c) {
  const { kase, values } = await caseAndForm(c);
  const assignmentId = values.assignmentId ?? "";
  const reviewerId = values.reviewerId || undefined;
  if (!assignmentId) return actionFailed(c, kase, { action: "reassign", message: "Choose the review.", values });
  return attempt(c, kase, { action: "reassign", values }, "reassigned", () =>
    reassignReview(c.env, c.var.db, c.var.staff, kase.case.id, { assignmentId, reviewerId }),
  );
});

staffCaseRoute.post("/:id/withdraw", async function withdraw(c) {
  const { kase, values } = await caseAndForm(c);
  if (values.confirm !== "yes")
    return actionFailed(c, kase, {
      action: "withdraw",
      message: "Tick the box to confirm that the applicant asked to withdraw.",
      values,
    });
  return attempt(c, kase, { action: "withdraw", values }, "withdrawn", () =>
    endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "withdrawn" }),
  );
});

staffCaseRoute.post("/:id/close", async function close(c) {
  const { kase, values } = await caseAndForm(c);
  const reason = closeReasons.find((r) => r === values.reason);
  if (!reason) return actionFailed(c, kase, { action: "close", message: "Choose why the case is closed.", values });
  return attempt(c, kase, { action: "close", values }, "closed", () =>
    endCase(c.env, c.var.db, c.var.staff, kase.case.id, { status: "closed", reason }),
  );
});

staffCaseRoute.post("/:id/refer", async function refer(c) {
  const { kase, values } = await caseAndForm(c);
  const action = values.organization !== undefined ? "refer-organization" : "refer-partner";
  const to = values.partnerId
    ? { partnerId: values.partnerId }
    : values.organization
      ? { organization: values.organization }
      : null;
  if (!to)
    return actionFailed(c, kase, {
      action,
      message: action === "refer-partner" ? "Choose a referral partner." : "Choose an organization.",
      values,
    });
  return attempt(c, kase, { action, values }, "offered", () => referCase(moveContext(c), kase.case.id, to));
});

staffCaseRoute.post("/:id/return-to-review", async function sendBack(c) {
  const { kase, values } = await caseAndForm(c);
  return attempt(c, kase, { action: "return", values }, "returned", () => returnToReview(moveContext(c), kase.case.id));
});

staffCaseRoute.post("/:id/reopen", async function reopen(c) {
  const { kase, values } = await caseAndForm(c);
  const reason = reopenReasons.find((r) => r === values.reason);
  if (!reason) return actionFailed(c, kase, { action: "reopen", message: "Choose why the case is reopened.", values });
  return attempt(c, kase, { action: "reopen", values }, "reopened", () =>
    reopenCase(moveContext(c), kase.case.id, reason),
  );
});

staffCaseRoute.post("/:id/move", async function move(c) {
  const { kase, values } = await caseAndForm(c);
  const slug = values.organization;
  if (!slug) return actionFailed(c, kase, { action: "move", message: "Choose an organization.", values });
  return attempt(c, kase, { action: "move", values }, "moved", () =>
    moveToOrganization(moveContext(c), kase.case.id, slug),
  );
});

staffCaseRoute.post("/:id/confirmation", async function confirm(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = confirmationSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "confirm", message: issuesText(parsed.error), values });
  const receivedOn = parsed.data.receivedOn ?? new Date().toISOString().slice(0, 10);
  return attempt(c, kase, { action: "confirm", values }, "confirmed", () =>
    recordConfirmation(moveContext(c), kase.case.id, { receivedOn }),
  );
});

staffCaseRoute.post("/:id/notes", async function note(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = noteSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "note", message: issuesText(parsed.error), values });
  return attempt(c, kase, { action: "note", values }, "noted", () =>
    addNote(deskContext(c), kase.case.id, parsed.data.body),
  );
});

staffCaseRoute.post("/:id/tasks", async function task(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = taskSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "task", message: issuesText(parsed.error), values });
  return attempt(c, kase, { action: "task", values }, "task", () => addTask(deskContext(c), kase.case.id, parsed.data));
});

staffCaseRoute.post("/:id/tasks/:taskId", async function changeOne(c) {
  const { kase, values } = await caseAndForm(c);
  const task = await c.var.db.query.tasks.findFirst({
    where: (t, { and, eq }) => and(eq(t.id, c.req.param("taskId")), eq(t.caseId, kase.case.id)),
  });
  if (!task) throw new ApiError("not_found", "No such task on this case.");
  return attempt(c, kase, { action: "task", values }, "taskChanged", () =>
    changeTask(deskContext(c), task, { done: values.done === "true" }),
  );
});

/** A multipart form's fields, trimmed, without empty ones. */
function trimmedFields(fields: Map<string, string[]>): Record<string, string> {
  return Object.fromEntries([...fields].flatMap(([name, [value]]) => (value?.trim() ? [[name, value.trim()]] : [])));
}

function deskContext(c: StaffContext) {
  return { env: c.env, db: c.var.db, staff: c.var.staff };
}

/** A form's problems in one sentence per field, as staff read them. */
function issuesText(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${fieldNames[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`)
    .join(" ");
}

const fieldNames: Record<string, string> = {
  contactId: "To",
  body: "Your text",
  subject: "Heading",
  channel: "Send by",
  kind: "What came in",
  title: "What to do",
  dueOn: "Due",
  assigneeId: "Who does it",
  date: "Day",
  summary: "What it says",
  receivedOn: "Day their letter arrived",
  answer: "The answer",
};

function moveContext(c: StaffContext) {
  return { env: c.env, db: c.var.db, staff: c.var.staff, requestId: c.var.requestId };
}

/** The case (if the caller may see it) and the form's fields, trimmed, without empty ones. */
async function caseAndForm(c: StaffContext) {
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
async function attempt(
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
    const detail = error.issues?.map((issue) => issue.message).join(" ");
    const message = detail ? `${error.message} ${detail}` : error.message;
    return actionFailed(c, kase, { ...form, message }, error.code === "conflict" ? 409 : 400);
  }
  // A case moved to an organization the caller is not staff of is no longer theirs to see.
  const after = await c.var.db.query.cases.findFirst({ where: (cases, { eq }) => eq(cases.id, kase.case.id) });
  if (after && c.var.staff.organizationId !== null && after.organizationId !== c.var.staff.organizationId)
    return c.redirect("/staff", 303);
  const notice = typeof done === "function" ? done() : done;
  return c.redirect(`/staff/cases/${encodeURIComponent(kase.case.id)}?done=${notice}`, 303);
}

/** The case page again, as it now is, with the action's error in its form. */
async function actionFailed(c: StaffContext, kase: StaffCase, error: CaseActionError, status: 400 | 409 = 400) {
  // Reloaded: the case may have moved on since the page the form came from (hence a conflict).
  const fresh = await staffCase(c, kase.case.id);
  return renderCase(c, fresh, status, { error });
}

async function renderCase(
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
  const [detail, events, notifications, reviewers, organizations, partners, snippets, staffMembers] = await Promise.all(
    [
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
      organizationPartners(db, kase.case.organizationId, "active"),
      organizationSnippets(db, kase.case.organizationId),
      staffFor(db, kase.case.organizationId),
    ],
  );
  const snippet = snippets.find((s) => s.id === extra.snippetId);
  return c.html(
    <StaffCasePage
      detail={detail}
      events={events.map(presentEvent)}
      notifications={notifications.map(presentNotification)}
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
      error={extra.error}
      done={extra.done}
    />,
    status,
  );
}
