import { Hono } from "hono";
import { logCorrespondence, writeMessage } from "../cases/correspondence";
import { addNote, addTask, changeTask } from "../cases/notes-and-tasks";
import { recordConfirmation, recordMailedAnswer } from "../cases/paper";
import { closeReasons, endCase, reassignReview } from "../cases/staff-actions";
import { moveToOrganization, referCase, reopenCase, reopenReasons, returnToReview } from "../cases/staff-moves";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { rejectionText } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { deleteUploads, readMultipartForm } from "../lib/multipart-form";
import { uploadLimits } from "../lib/uploads";
import { caseActionsDone } from "../pages/staff-case";
import {
  confirmationSchema,
  correspondenceSchema,
  mailedAnswerSchema,
  messageSchema,
  noteSchema,
  taskSchema,
} from "../schemas/case-actions";
import { staffCase } from "./api/cases";
import {
  actionFailed,
  attempt,
  caseAndForm,
  caseErrors,
  deskContext,
  issuesText,
  moveContext,
  moveErrors,
  renderCase,
  trimmedFields,
} from "./staff-case-forms";

/**
 * A case's staff page and its forms. Each form runs the same function as the JSON API, then sends
 * the browser back to the page (303, so a reload does not post again); what the function refuses
 * is shown in the form, with what was chosen.
 */
export const staffCaseRoute = new Hono<StaffEnv>();

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
  if (!parsed.success)
    return actionFailed(c, kase, { action: "message", message: issuesText(c, parsed.error), values });
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
  const refused = form.rejections.map((r) => rejectionText(c.var.lang, r, limits));
  if (!parsed.success || refused.length > 0) {
    await deleteUploads(c.env.ATTACHMENTS, form.uploads);
    const message = [...(parsed.success ? [] : [issuesText(c, parsed.error)]), ...refused].join(" ");
    return actionFailed(c, kase, { action: "correspondence", message, values });
  }
  const input = parsed.data;
  return attempt(c, kase, { action: "correspondence", values }, "logged", async () => {
    try {
      await logCorrespondence(
        deskContext(c),
        kase.case.id,
        {
          kind: input.kind,
          receivedOn: input.date,
          summary: input.summary,
          contactId: input.contactId,
          taskId: input.taskId,
        },
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
  const refused = form.rejections.map((r) => rejectionText(c.var.lang, r, limits));
  const empty = parsed.success && !parsed.data.answer && form.uploads.length === 0;
  if (!parsed.success || refused.length > 0 || empty) {
    await deleteUploads(c.env.ATTACHMENTS, form.uploads);
    const message = [
      ...(parsed.success ? [] : [issuesText(c, parsed.error)]),
      ...(empty ? [moveErrors(c).emptyAnswer] : []),
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
  if (!assignmentId) return actionFailed(c, kase, { action: "reassign", message: caseErrors(c).chooseReview, values });
  return attempt(c, kase, { action: "reassign", values }, "reassigned", () =>
    reassignReview(c.env, c.var.db, c.var.staff, kase.case.id, { assignmentId, reviewerId }),
  );
});

staffCaseRoute.post("/:id/withdraw", async function withdraw(c) {
  const { kase, values } = await caseAndForm(c);
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

staffCaseRoute.post("/:id/close", async function close(c) {
  const { kase, values } = await caseAndForm(c);
  const reason = closeReasons.find((r) => r === values.reason);
  if (!reason) return actionFailed(c, kase, { action: "close", message: caseErrors(c).chooseCloseReason, values });
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
      message: action === "refer-partner" ? moveErrors(c).choosePartner : moveErrors(c).chooseOrganization,
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
  if (!reason) return actionFailed(c, kase, { action: "reopen", message: moveErrors(c).chooseReopenReason, values });
  return attempt(c, kase, { action: "reopen", values }, "reopened", () =>
    reopenCase(moveContext(c), kase.case.id, reason),
  );
});

staffCaseRoute.post("/:id/move", async function move(c) {
  const { kase, values } = await caseAndForm(c);
  const slug = values.organization;
  if (!slug) return actionFailed(c, kase, { action: "move", message: moveErrors(c).chooseOrganization, values });
  return attempt(c, kase, { action: "move", values }, "moved", () =>
    moveToOrganization(moveContext(c), kase.case.id, slug),
  );
});

staffCaseRoute.post("/:id/confirmation", async function confirm(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = confirmationSchema.safeParse(values);
  if (!parsed.success)
    return actionFailed(c, kase, { action: "confirm", message: issuesText(c, parsed.error), values });
  const receivedOn = parsed.data.receivedOn ?? new Date().toISOString().slice(0, 10);
  return attempt(c, kase, { action: "confirm", values }, "confirmed", () =>
    recordConfirmation(moveContext(c), kase.case.id, { receivedOn }),
  );
});

staffCaseRoute.post("/:id/notes", async function note(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = noteSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "note", message: issuesText(c, parsed.error), values });
  return attempt(c, kase, { action: "note", values }, "noted", () =>
    addNote(deskContext(c), kase.case.id, parsed.data.body),
  );
});

staffCaseRoute.post("/:id/tasks", async function task(c) {
  const { kase, values } = await caseAndForm(c);
  const parsed = taskSchema.safeParse(values);
  if (!parsed.success) return actionFailed(c, kase, { action: "task", message: issuesText(c, parsed.error), values });
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
