import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { DAY_MS } from "../../src/lib/tokens";
import {
  accessJwt,
  addStaffMember,
  asAccess,
  countRows,
  files,
  mailbox,
  multipartBody,
  r2Keys,
  request,
  staffJson,
  staffRequest,
  validApplication,
} from "../helpers";

/** Tables that hold a case's rows, by the column naming the case. */
const CASE_TABLES = [
  ["cases", "id"],
  ["contacts", "case_id"],
  ["attachments", "case_id"],
  ["capability_tokens", "case_id"],
  ["notifications", "case_id"],
  ["events", "case_id"],
  ["assignments", "case_id"],
  ["decisions", "case_id"],
  ["responses", "case_id"],
  ["screenings", "case_id"],
  ["person_keys", "case_id"],
  ["search_terms", "case_id"],
  ["case_keys", "case_id"],
  ["staff_messages", "case_id"],
  ["correspondence", "case_id"],
  ["notes", "case_id"],
  ["tasks", "case_id"],
] as const;

async function rowsOf(caseId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, column] of CASE_TABLES) counts[table] = await countRows(table, `${column} = ?`, caseId);
  return counts;
}

/** A case with a document, its acknowledgements sent, as an API client makes it. */
async function caseWithFile(name: string) {
  const { body, contentType } = multipartBody([
    { name: "application", value: JSON.stringify(validApplication({ applicant: { name, prisonNumber: "RT-1" } })) },
    { name: "attachments", filename: "judgment.pdf", type: "application/pdf", content: files.pdf() },
  ]);
  const response = await request("/api/v1/applications", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
  const created = await response.json<{ id: string; reference: string; statusUrl: string }>();
  expect(response.status, JSON.stringify(created)).toBe(201);
  for (
    let tries = 0;
    tries < 100 && (await countRows("notifications", "case_id = ? AND status = 'sent'", created.id)) === 0;
    tries++
  )
    await new Promise((resolve) => setTimeout(resolve, 50));
  return created;
}

/** What the intake desk adds to a case: a message to the family, a logged letter with its scan, a note, a task. */
async function deskRecords(caseId: string) {
  const detail = await (await staffRequest(`/api/v1/cases/${caseId}`)).json<{
    contacts: { id: string; isSubmitter: boolean }[];
  }>();
  const submitter = detail.contacts.find((c) => c.isSubmitter)?.id;
  expect(
    (await staffJson(`/api/v1/cases/${caseId}/messages`, "POST", { contactId: submitter, body: "Hello." })).status,
  ).toBe(201);
  const { body, contentType } = multipartBody([
    { name: "kind", value: "letter" },
    { name: "date", value: "2026-11-02" },
    { name: "summary", value: "Sent the trial transcript." },
    { name: "attachments", filename: "transcript.pdf", type: "application/pdf", content: files.pdf() },
  ]);
  const logged = await staffRequest(`/api/v1/cases/${caseId}/correspondence`, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
  expect(logged.status, await logged.clone().text()).toBe(201);
  expect((await staffJson(`/api/v1/cases/${caseId}/notes`, "POST", { body: "A note." })).status).toBe(201);
  const task = await staffJson(`/api/v1/cases/${caseId}/tasks`, "POST", { title: "A task.", dueOn: "2026-12-01" });
  expect(task.status).toBe(201);
}

async function runScheduled() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: "17 3 * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function ageCase(caseId: string, days: number) {
  await env.DB.prepare("UPDATE cases SET updated_at = ? WHERE id = ?")
    .bind(Date.now() - days * DAY_MS, caseId)
    .run();
}

describe("retention", () => {
  it("the daily purge removes a case past its retention: rows, files, links; the organization's log keeps only its id", async () => {
    const old = await caseWithFile("Retention Oldcase");
    const recent = await caseWithFile("Retention Recentcase");
    const open = await caseWithFile("Retention Opencase");
    await deskRecords(old.id);
    for (const kase of [old, recent]) await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "other" });
    await ageCase(old.id, 731); // demo-pa keeps closed cases 730 days
    await ageCase(recent.id, 729);
    await ageCase(open.id, 5000); // still open: never purged, however old
    const oldKeys = (
      await env.DB.prepare("SELECT r2_key FROM attachments WHERE case_id = ?").bind(old.id).all<{ r2_key: string }>()
    ).results;
    expect(oldKeys).toHaveLength(2);
    expect((await rowsOf(old.id)).capability_tokens).toBeGreaterThan(0);
    expect((await rowsOf(old.id)).search_terms).toBeGreaterThan(0);

    await runScheduled();

    expect(
      Object.values(await rowsOf(old.id)).every((n) => n === 0),
      JSON.stringify(await rowsOf(old.id)),
    ).toBe(true);
    const keys = await r2Keys();
    for (const { r2_key } of oldKeys) expect(keys).not.toContain(r2_key);
    expect((await request(new URL(old.statusUrl).pathname)).status).toBe(404);
    expect((await rowsOf(recent.id)).cases).toBe(1);
    expect((await rowsOf(open.id)).cases).toBe(1);

    const logged = await env.DB.prepare(
      "SELECT type, actor, data FROM organization_events WHERE type = 'case_purged' AND json_extract(data, '$.caseId') = ?",
    )
      .bind(old.id)
      .first<{ type: string; actor: string; data: string }>();
    expect(logged).toMatchObject({ type: "case_purged", actor: "system" });
    expect(JSON.parse(logged?.data ?? "{}")).toEqual({
      caseId: old.id,
      reason: "retention",
      status: "closed",
      attachments: 2,
      notifications: expect.any(Number),
    });
    expect(logged?.data).not.toContain("Oldcase");
    expect(logged?.data).not.toContain(old.reference);
  });

  it("retention periods are set per organization and outcome", async () => {
    const changed = await staffJson("/api/v1/organizations/demo-pa", "PATCH", {
      retentionDays: { declined: 30, referred: 3650, closed: 60, withdrawn: 10 },
    });
    expect(changed.status, await changed.clone().text()).toBe(200);
    const kase = await caseWithFile("Retention Shortcase");
    await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    await ageCase(kase.id, 11);
    await runScheduled();
    expect((await rowsOf(kase.id)).cases).toBe(0);
    const bad = await staffJson("/api/v1/organizations/demo-pa", "PATCH", { retentionDays: { declined: 0 } });
    expect(bad.status).toBe(400);
  });

  it("files held for a form that was never completed are removed after a week", async () => {
    const before = await r2Keys();
    const { body, contentType } = multipartBody([
      { name: "submitter.role", value: "self" },
      { name: "attachments", filename: "held.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const form = await request("/apply?lang=en", { method: "POST", headers: { "Content-Type": contentType }, body });
    expect(form.status).toBe(400);
    const held = (await r2Keys()).filter((key) => !before.includes(key));
    expect(held).toHaveLength(1);
    await env.DB.prepare("UPDATE attachments SET created_at = ? WHERE case_id IS NULL")
      .bind(Date.now() - 8 * DAY_MS)
      .run();
    await runScheduled();
    expect(await r2Keys()).not.toContain(held[0]);
    expect(await countRows("attachments", "case_id IS NULL")).toBe(0);
  });
});

/** The entries of a stored ZIP, read from its central directory. */
function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true);
    entries.set(name, bytes.subarray(dataStart, dataStart + size));
    at += 46 + nameLength;
  }
  return entries;
}

describe("subject rights", () => {
  it("staff export everything held about the person: the case as JSON and its files, in one ZIP", async () => {
    const kase = await caseWithFile("Export Person");
    const response = await staffRequest(`/api/v1/cases/${kase.id}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    const entries = unzip(new Uint8Array(await response.arrayBuffer()));
    const document = JSON.parse(new TextDecoder().decode(entries.get("case.json")));
    expect(document.case.application.applicant.name).toBe("Export Person");
    expect(document.case.contacts.length).toBeGreaterThan(1);
    expect(document.notifications.length).toBeGreaterThan(0);
    expect(document.events.map((e: { type: string }) => e.type)).toContain("submitted");
    const [fileName, file] = [...entries].find(([name]) => name.startsWith("attachments/")) ?? [];
    expect(fileName).toMatch(/judgment\.pdf$/);
    expect(file).toEqual(files.pdf());

    const { events } = await (await staffRequest(`/api/v1/cases/${kase.id}/events`)).json<{
      events: { type: string; data: { view?: string } }[];
    }>();
    expect(events).toContainEqual(expect.objectContaining({ type: "viewed_by_staff", data: { view: "export" } }));
  });

  it("erasure needs the reference repeated, then removes everything, stops the workflow and voids every link", async () => {
    const kase = await caseWithFile("Erase Person");
    const wrong = await staffJson(`/api/v1/cases/${kase.id}/erase`, "POST", { confirm: "IN-0000-AAAAAA" });
    expect(wrong.status).toBe(400);
    expect((await rowsOf(kase.id)).cases).toBe(1);
    expect((await rowsOf(kase.id)).search_terms).toBeGreaterThan(0);

    const erased = await staffJson(`/api/v1/cases/${kase.id}/erase`, "POST", { confirm: kase.reference });
    expect(erased.status, await erased.clone().text()).toBe(200);
    expect(await erased.json()).toEqual({ id: kase.id, erased: true, attachments: 1 });
    expect(Object.values(await rowsOf(kase.id)).every((n) => n === 0)).toBe(true);
    expect((await request(new URL(kase.statusUrl).pathname)).status).toBe(404);
    const instance = await env.CASE_REVIEW.get(kase.id);
    expect(["terminated", "complete", "errored"]).toContain((await instance.status()).status);
    const mails = (await mailbox()).filter((m) => m.subject.endsWith(kase.reference));
    expect(mails, "dev copies of its mail are gone too").toEqual([]);
    expect((await staffRequest(`/api/v1/cases/${kase.id}`)).status).toBe(404);
  });

  it("only staff of the case's organization may export or erase", async () => {
    const kase = await caseWithFile("Guarded Person");
    expect((await request(`/api/v1/cases/${kase.id}/export`)).status).toBe(401);
    await addStaffMember("clerk@demo-uk.example.org", "org-demo-uk");
    const jwt = await accessJwt({ email: "clerk@demo-uk.example.org" });
    expect((await request(`/api/v1/cases/${kase.id}/export`, asAccess(jwt))).status).toBe(403);
    const erase = await request(`/api/v1/cases/${kase.id}/erase`, {
      method: "POST",
      headers: { "Cf-Access-Jwt-Assertion": jwt, "Content-Type": "application/json" },
      body: JSON.stringify({ confirm: kase.reference }),
    });
    expect(erase.status).toBe(403);
    expect((await rowsOf(kase.id)).cases).toBe(1);
  });
});
