import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import {
  accessJwt,
  addStaffMember,
  countRows,
  mailbox,
  postApplication,
  request,
  runDailyJob,
  staffJson,
  staffRequest,
  validApplication,
} from "../helpers";
import { page, postForm } from "../pages/staff-forms";

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

async function newCase(name = `Task Person ${crypto.randomUUID().slice(0, 6)}`) {
  const base = validApplication();
  const response = await postApplication(validApplication({ applicant: { ...base.applicant, name } }));
  const created = await response.json<{ id: string; reference: string }>();
  expect(response.status).toBe(201);
  return created;
}

type QueueItem = { id: string; nextTask: { id: string; title: string; dueOn: string; overdue: boolean } | null };

async function queue(query: string, headers: Record<string, string> = {}) {
  const response = await staffRequest(`/api/v1/cases?${query}&limit=200`, { headers });
  expect(response.status).toBe(200);
  return (await response.json<{ cases: QueueItem[] }>()).cases;
}

describe("notes and tasks", () => {
  it("a note and a task show on the case page and in the API, and the task in the queue's filters", async () => {
    const clerkId = await addStaffMember(`clerk-${crypto.randomUUID().slice(0, 6)}@demo-pa.example.org`, "org-demo-pa");
    const clerkIdentity = await env.DB.prepare("SELECT identity FROM staff WHERE id = ?")
      .bind(clerkId)
      .first<{ identity: string }>();
    const asClerk = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: clerkIdentity?.identity }) };
    const kase = await newCase();
    const other = await newCase();

    const note = await staffJson(`/api/v1/cases/${kase.id}/notes`, "POST", {
      body: "Called the mother: she will post the trial transcript this week.",
    });
    expect(note.status).toBe(201);
    const { id: noteId } = await note.json<{ id: string }>();
    const task = await staffJson(`/api/v1/cases/${kase.id}/tasks`, "POST", {
      title: "Chase the trial transcript",
      dueOn: day(3),
      assigneeId: clerkId,
    });
    const created = await task.json<{ id: string; title: string; assigneeName: string; done: boolean }>();
    expect(task.status, JSON.stringify(created)).toBe(201);
    expect(created).toMatchObject({ title: "Chase the trial transcript", done: false });
    expect(created.assigneeName).toContain("clerk-");

    // Sealed at rest; readable by staff.
    for (const [table, column, id] of [
      ["notes", "body", noteId],
      ["tasks", "title", created.id],
    ] as const) {
      const raw = await env.DB.prepare(`SELECT ${column} AS text FROM ${table} WHERE id = ?`)
        .bind(id)
        .first<{ text: string }>();
      expect(raw?.text).toMatch(/^sealed:v1:/);
    }
    const detail = await (await staffRequest(`/api/v1/cases/${kase.id}`)).json<{
      notes: { body: string }[];
      tasks: { id: string; title: string; dueOn: string; assigneeId: string }[];
    }>();
    expect(detail.notes).toEqual([
      expect.objectContaining({ body: expect.stringContaining("post the trial transcript") }),
    ]);
    expect(detail.tasks).toEqual([expect.objectContaining({ id: created.id, dueOn: day(3), assigneeId: clerkId })]);
    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain("Called the mother: she will post the trial transcript this week.");
    expect(html).toContain("Chase the trial transcript");

    // The queue: the clerk's tasks, and tasks due this week.
    const mine = await queue("myTasks=true", asClerk);
    expect(mine.map((c) => c.id)).toContain(kase.id);
    expect(mine.map((c) => c.id)).not.toContain(other.id);
    expect(mine.find((c) => c.id === kase.id)?.nextTask).toMatchObject({
      title: "Chase the trial transcript",
      dueOn: day(3),
      overdue: false,
    });
    expect((await queue("dueThisWeek=true")).map((c) => c.id)).toContain(kase.id);
    expect((await queue("myTasks=true")).map((c) => c.id)).not.toContain(kase.id); // the API token's own tasks
    const queuePage = await (await page("/staff?myTasks=true", asClerk)).text();
    expect(queuePage).toContain(kase.reference);
    expect(queuePage).toContain("Chase the trial transcript");
    expect(queuePage).not.toContain(other.reference);

    // Done: gone from the filters, and on record.
    const done = await staffJson(`/api/v1/tasks/${created.id}`, "PATCH", { done: true });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ done: true, doneBy: "staff:api-token" });
    expect((await queue("myTasks=true", asClerk)).map((c) => c.id)).not.toContain(kase.id);
    expect(await countRows("events", "case_id = ? AND type = 'task_done'", kase.id)).toBe(1);
    expect((await staffJson(`/api/v1/tasks/${created.id}`, "PATCH", { done: true })).status).toBe(200);
    expect(await countRows("events", "case_id = ? AND type = 'task_done'", kase.id)).toBe(1);
  });

  it("a task needs a real day and an assignee who can see the case", async () => {
    const kase = await newCase();
    const ukStaff = await addStaffMember(`uk-${crypto.randomUUID().slice(0, 6)}@demo-uk.example.org`, "org-demo-uk");
    const foreign = await staffJson(`/api/v1/cases/${kase.id}/tasks`, "POST", {
      title: "Nope",
      dueOn: day(1),
      assigneeId: ukStaff,
    });
    expect(foreign.status).toBe(400);
    expect((await foreign.json<{ error: { issues: { path: string }[] } }>()).error.issues[0]?.path).toBe("assigneeId");
    const badDay = await staffJson(`/api/v1/cases/${kase.id}/tasks`, "POST", { title: "x", dueOn: "next week" });
    expect(badDay.status).toBe(400);
    expect(await countRows("tasks", "case_id = ?", kase.id)).toBe(0);
    expect((await staffJson("/api/v1/tasks/no-such-task", "PATCH", { done: true })).status).toBe(404);
    const jwt = await accessJwt({ email: "nobody@elsewhere.example.org" });
    expect(
      (await request(`/api/v1/cases/${kase.id}/notes`, { method: "POST", headers: { "Cf-Access-Jwt-Assertion": jwt } }))
        .status,
    ).toBe(403);
  });

  it("an overdue task is in the daily alert to the intake address, once", async () => {
    const kase = await newCase();
    const task = await staffJson(`/api/v1/cases/${kase.id}/tasks`, "POST", { title: "Write back", dueOn: day(-1) });
    expect(task.status).toBe(201);
    const [item] = (await queue("dueThisWeek=true")).filter((c) => c.id === kase.id);
    expect(item?.nextTask?.overdue).toBe(true);

    await runDailyJob(Date.now());
    await runDailyJob(Date.now() + 1);
    const alerts = (await mailbox()).filter(
      (m) => m.to === "intake@demo-pa.example.org" && m.subject === `Task overdue — ${kase.reference}`,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text).toContain("past its due day");
    expect(alerts[0]?.text).not.toContain("Write back");
  });

  it("staff add a note and a task, and tick the task done, from the case page", async () => {
    const kase = await newCase();
    const noted = await postForm(`/staff/cases/${kase.id}/notes`, {
      body: "Letter from the prison chaplain expected.",
    });
    expect(noted.status).toBe(303);
    expect(noted.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=noted`);
    const empty = await postForm(`/staff/cases/${kase.id}/tasks`, { title: "Ask for the police report", dueOn: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Due:");
    const added = await postForm(`/staff/cases/${kase.id}/tasks`, {
      title: "Ask for the police report",
      dueOn: day(2),
    });
    expect(added.status).toBe(303);
    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain("Letter from the prison chaplain expected.");
    const taskId = /action="\/staff\/cases\/[^/]+\/tasks\/([^"]+)"/.exec(html)?.[1];
    expect(taskId).toBeTruthy();
    const ticked = await postForm(`/staff/cases/${kase.id}/tasks/${taskId}`, { done: "true" });
    expect(ticked.status).toBe(303);
    expect(await env.DB.prepare("SELECT done_by FROM tasks WHERE id = ?").bind(taskId).first()).toEqual({
      done_by: "staff:api-token",
    });
  });
});
