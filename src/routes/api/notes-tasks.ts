import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { addNote, addTask, changeTask } from "../../cases/notes-and-tasks";
import { findTask } from "../../db/queries/desk";
import { ApiError } from "../../errors";
import { presentTask, taskShape } from "../../presenters/desk";
import { noteSchema, taskChangesSchema, taskSchema } from "../../schemas/case-actions";
import { staffCase } from "./cases";
import { caseParams, createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const erased = { 409: { description: "The case's data was erased, or someone changed the task a moment ago." } };

const noteRoute = createRoute({
  method: "post",
  path: "/cases/{id}/notes",
  tags: ["Notes and tasks"],
  summary: "Add an internal note to a case",
  description: "Seen by staff only (the case page, `GET /cases/{id}`); sealed at rest. A `note_added` event.",
  ...staffOnly,
  request: { params: caseParams, body: body(noteSchema) },
  responses: { 201: json(z.object({ id: z.string() }), "The note."), ...staffErrorResponses, ...erased },
});

const taskRoute = createRoute({
  method: "post",
  path: "/cases/{id}/tasks",
  tags: ["Notes and tasks"],
  summary: "Add a task to a case",
  description:
    "A title, a due day and an assignee among the staff. The queue shows each case's next task and filters by `myTasks` and `dueThisWeek`; the daily job alerts the intake address once about each task past its day.",
  ...staffOnly,
  request: { params: caseParams, body: body(taskSchema) },
  responses: { 201: json(taskShape, "The task."), ...staffErrorResponses, ...erased },
});

const changeRoute = createRoute({
  method: "patch",
  path: "/tasks/{id}",
  tags: ["Notes and tasks"],
  summary: "Mark a task done, or change it",
  ...staffOnly,
  request: { params: z.object({ id: idParam("id", "The task's id.") }), body: body(taskChangesSchema) },
  responses: { 200: json(taskShape, "The task as it now is."), ...staffErrorResponses, ...erased },
});

async function oneTask(env: Env, db: Parameters<typeof findTask>[1], id: string) {
  const task = await findTask(env, db, id);
  if (!task) throw new ApiError("not_found", "No such task.");
  return task;
}

export const notesTasksApi = createApiRouter()
  .openapi(noteRoute, async function note(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const added = await addNote(
      { env: c.env, db: c.var.db, staff: c.var.staff },
      kase.case.id,
      c.req.valid("json").body,
    );
    return c.json(added, 201);
  })
  .openapi(taskRoute, async function task(c) {
    const kase = await staffCase(c, c.req.valid("param").id);
    const { id } = await addTask({ env: c.env, db: c.var.db, staff: c.var.staff }, kase.case.id, c.req.valid("json"));
    return c.json(presentTask(await oneTask(c.env, c.var.db, id)), 201);
  })
  .openapi(changeRoute, async function change(c) {
    const { db } = c.var;
    const found = await findTask(c.env, db, c.req.valid("param").id);
    if (!found) throw new ApiError("not_found", "No such task.");
    await staffCase(c, found.caseId);
    const raw = await db.query.tasks.findFirst({ where: (t, { eq }) => eq(t.id, found.id) });
    if (!raw) throw new ApiError("not_found", "No such task.");
    await changeTask({ env: c.env, db, staff: c.var.staff }, raw, c.req.valid("json"));
    return c.json(presentTask(await oneTask(c.env, db, found.id)), 200);
  });
