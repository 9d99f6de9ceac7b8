import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import {
  accessJwt,
  accessRequest,
  addStaffMember,
  asAccess,
  countRows,
  files,
  mailbox,
  multipartBody,
  r2Keys,
  request,
  runDailyJob,
  staffJson,
  staffRequest,
  submitWithFile,
  waitUntil,
} from "../helpers";
import { expectError, expectJson, expectStatus, shapes } from "../http";
import { rowsOf, unzip } from "./case-rows";

/** A case with a document, its acknowledgements sent, as an API client makes it. */
async function caseWithFile(name: string) {
  const created = await submitWithFile(
    { filename: "judgment.pdf", content: files.pdf() },
    { applicant: { name, prisonNumber: "RT-1" } },
  );
  await waitUntil(
    `a message sent about ${created.reference}`,
    async () => ((await countRows("notifications", "case_id = ? AND status = 'sent'", created.id)) > 0 ? true : null),
    5_000,
  );
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

    await runDailyJob();

    expect(
      Object.values(await rowsOf(old.id)).every((n) => n === 0),
      JSON.stringify(await rowsOf(old.id)),
    ).toBe(true);
    const keys = await r2Keys();
    for (const { r2_key } of oldKeys) expect(keys).not.toContain(r2_key);
    await expectStatus(await request(new URL(old.statusUrl).pathname), 404);
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
    await expectStatus(changed, 200);
    const kase = await caseWithFile("Retention Shortcase");
    await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" });
    await ageCase(kase.id, 11);
    await runDailyJob();
    expect((await rowsOf(kase.id)).cases).toBe(0);
    const bad = await staffJson("/api/v1/organizations/demo-pa", "PATCH", { retentionDays: { declined: 0 } });
    await expectError(bad, 400, "invalid_request");
  });

  it("files held for a form that was never completed go with its draft, and files no draft keeps after a week", async () => {
    const before = await r2Keys();
    const { body, contentType } = multipartBody([
      { name: "submitter.role", value: "self" },
      { name: "attachments", filename: "held.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const form = await request("/apply?lang=en", { method: "POST", headers: { "Content-Type": contentType }, body });
    await expectStatus(form, 400);
    const held = (await r2Keys()).filter((key) => !before.includes(key));
    expect(held).toHaveLength(1);
    // A week old, but its draft is kept 30 days from its last save.
    await env.DB.prepare("UPDATE attachments SET created_at = ? WHERE case_id IS NULL")
      .bind(Date.now() - 8 * DAY_MS)
      .run();
    await runDailyJob();
    expect(await r2Keys()).toContain(held[0]);
    await env.DB.prepare("UPDATE drafts SET saved_at = ?")
      .bind(Date.now() - 31 * DAY_MS)
      .run();
    await runDailyJob();
    expect(await r2Keys()).not.toContain(held[0]);
    expect(await countRows("attachments", "case_id IS NULL")).toBe(0);

    // A held file whose draft is gone (held before drafts were kept): removed after a week.
    const orphan = `attachments/${crypto.randomUUID()}`;
    await env.ATTACHMENTS.put(orphan, files.pdf());
    await env.DB.prepare(
      "INSERT INTO attachments (id, draft_id, r2_key, file_name, content_type, size, sha256, uploaded_by, created_at) VALUES (?, 'no-such-draft', ?, 'old.pdf', 'application/pdf', 10, 'x', 'applicant', ?)",
    )
      .bind(crypto.randomUUID(), orphan, Date.now() - 8 * DAY_MS)
      .run();
    await runDailyJob();
    expect(await r2Keys()).not.toContain(orphan);
  });
});

describe("subject rights", () => {
  it("staff export everything held about the person: the case as JSON and its files, in one ZIP", async () => {
    const kase = await caseWithFile("Export Person");
    const response = await staffRequest(`/api/v1/cases/${kase.id}/export`);
    await expectStatus(response, 200);
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

    const { events } = await expectJson(await staffRequest(`/api/v1/cases/${kase.id}/events`), 200, shapes.events);
    expect(events).toContainEqual(expect.objectContaining({ type: "viewed_by_staff", data: { view: "export" } }));
  });

  it("erasure needs the reference repeated, then removes everything, stops the workflow and voids every link", async () => {
    const kase = await caseWithFile("Erase Person");
    const wrong = await staffJson(`/api/v1/cases/${kase.id}/erase`, "POST", { confirm: "IN-0000-AAAAAA" });
    await expectError(wrong, 400, "invalid_request");
    expect((await rowsOf(kase.id)).cases).toBe(1);

    const erased = await staffJson(`/api/v1/cases/${kase.id}/erase`, "POST", { confirm: kase.reference });
    expect(await expectJson(erased, 200, shapes.erased)).toEqual({ id: kase.id, erased: true, attachments: 1 });
    expect(Object.values(await rowsOf(kase.id)).every((n) => n === 0)).toBe(true);
    await expectStatus(await request(new URL(kase.statusUrl).pathname), 404);
    const instance = await env.CASE_REVIEW.get(kase.id);
    expect(["terminated", "complete", "errored"]).toContain((await instance.status()).status);
    const mails = (await mailbox()).filter((m) => m.subject.endsWith(kase.reference));
    expect(mails, "dev copies of its mail are gone too").toEqual([]);
    await expectError(await staffRequest(`/api/v1/cases/${kase.id}`), 404, "not_found");
  });

  it("only staff of the case's organization may export or erase", async () => {
    const kase = await caseWithFile("Guarded Person");
    await expectError(await request(`/api/v1/cases/${kase.id}/export`), 401, "unauthorized");
    await addStaffMember("clerk@demo-uk.example.org", "org-demo-uk");
    const jwt = await accessJwt({ email: "clerk@demo-uk.example.org" });
    await expectError(await request(`/api/v1/cases/${kase.id}/export`, asAccess(jwt)), 403, "forbidden");
    const erase = await accessRequest("clerk@demo-uk.example.org", `/api/v1/cases/${kase.id}/erase`, "POST", {
      confirm: kase.reference,
    });
    await expectError(erase, 403, "forbidden");
    expect((await rowsOf(kase.id)).cases).toBe(1);
  });
});
