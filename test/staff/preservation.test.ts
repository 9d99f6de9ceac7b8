import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import {
  countRows,
  mailbox,
  ORIGIN,
  request,
  runDailyJob,
  staffJson,
  staffRequest,
  validApplication,
  waitUntil,
} from "../helpers";
import { expectJson, expectStatus, expectText, shapes } from "../http";
import { inputValue, postStep, type StepName, sendFromCheck, startForm, stepAnswers } from "../pages/forms";
import { newCase, page } from "../pages/staff-forms";
import { linkFor, mailFor, postForm } from "../workflows/driver";
import { exportThroughPages } from "./exporting";

const day = (offsetDays: number, from = Date.now()) => new Date(from + offsetDays * DAY_MS).toISOString().slice(0, 10);

const policeEvidenceRoom = {
  kind: "police_evidence_room",
  name: "Philadelphia Police Department Evidence Room",
  postalAddress: "7790 Dungan Road\nPhiladelphia, PA 19111",
};

/** The application's conviction with its court and case number, and what it says of the evidence. */
function withEvidence(claim: Record<string, unknown>, conviction: Record<string, unknown> = {}) {
  const base = validApplication();
  return {
    conviction: {
      ...base.conviction,
      court: "Court of Common Pleas, Philadelphia County",
      caseNumber: "CP-51-CR-0001234-2009",
      ...conviction,
    },
    claim: { ...base.claim, ...claim },
  };
}

async function caseDetail(id: string) {
  return expectJson(await staffRequest(`/api/v1/cases/${id}`), 200, shapes.case);
}

async function eventsOf(id: string) {
  return (await expectJson(await staffRequest(`/api/v1/cases/${id}/events`), 200, shapes.events)).events;
}

async function queue(query: string) {
  const page = await expectJson(await staffRequest(`/api/v1/cases?${query}&limit=200`), 200, shapes.queuePage);
  return page.cases;
}

/** The case's letter waiting at /staff/letters, printed as staff do. */
async function printLetter(caseId: string) {
  const { notifications } = await expectJson(
    await staffRequest(`/api/v1/cases/${caseId}/notifications`),
    200,
    shapes.notifications,
  );
  const letter = notifications.find((n) => n.template === "preservation-request");
  expect(letter, "a preservation letter waits").toMatchObject({ channel: "post", status: "pending" });
  const printed = await staffRequest("/staff/letters/print", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: new URLSearchParams({ ids: letter?.id ?? "" }),
  });
  return expectText(printed, 200);
}

/** The reminders the intake address got about a case's preservation letter. */
async function remindersFor(reference: string, intake = "intake@demo-pa.example.org") {
  return (await mailbox()).filter(
    (m) => m.to === intake && m.subject === `Evidence preservation letter not sent — ${reference}`,
  );
}

describe("evidence preservation", () => {
  it("biological evidence “yes”: a task due in 14 days, a letter to the custodian that prints with their address and the case number, and printing it marks it sent", async () => {
    const kase = await newCase(withEvidence({ biologicalEvidence: "yes", evidenceCustodian: policeEvidenceRoom }));
    const none = await newCase(withEvidence({ biologicalEvidence: "no" }));

    const detail = await caseDetail(kase.id);
    const custodian = detail.contacts.find((p) => p.role === "evidence_custodian");
    expect(custodian).toMatchObject({
      name: policeEvidenceRoom.name,
      postalAddress: policeEvidenceRoom.postalAddress,
      email: null,
      language: "en",
      notify: false,
    });
    const [task] = detail.tasks;
    expect(detail.tasks).toHaveLength(1);
    expect(task).toMatchObject({
      kind: "evidence_preservation",
      dueOn: day(14),
      done: false,
      title: `Send the evidence preservation letter to ${policeEvidenceRoom.name}`,
    });
    const added = (await eventsOf(kase.id)).filter((e) => e.type === "task_added");
    expect(added).toEqual([
      expect.objectContaining({
        actor: "system",
        data: expect.objectContaining({ taskId: task?.id, cause: "application", dueOn: day(14), letter: true }),
      }),
    ]);
    expect((await caseDetail(none.id)).tasks).toEqual([]);

    // The queue, its page and its CSV find the case by its open preservation task.
    const open = await queue("preservation=true");
    expect(open.map((c) => c.id)).toContain(kase.id);
    expect(open.map((c) => c.id)).not.toContain(none.id);
    expect(open.find((c) => c.id === kase.id)?.preservationDueOn).toBe(day(14));
    const queuePage = await expectText(await page("/staff?preservation=true"), 200);
    expect(queuePage).toContain(kase.reference);
    expect(queuePage).not.toContain(none.reference);
    const { csv } = await exportThroughPages({ kind: "cases", preservation: "true" });
    expect(csv.split("\n")[0]).toContain("preservationDueOn");
    expect(csv).toContain(kase.reference);
    expect(csv).toContain(day(14));
    expect(csv).not.toContain(none.reference);

    // The letter waits with the others, and the case page says where it is.
    expect(await expectText(await page("/staff/letters"), 200)).toContain(kase.reference);
    const casePage = await expectText(await page(`/staff/cases/${kase.id}`), 200);
    expect(casePage).toContain("Evidence preservation");
    expect(casePage).toContain("Letters to print");

    const letter = await printLetter(kase.id);
    expect(letter).toContain(policeEvidenceRoom.name);
    expect(letter).toContain("7790 Dungan Road");
    expect(letter).toContain("Philadelphia, PA 19111");
    expect(letter).toContain("Case number: CP-51-CR-0001234-2009");
    expect(letter).toContain("Court: Court of Common Pleas, Philadelphia County");
    expect(letter).toContain(`Person convicted: ${kase.name}`);
    expect(letter).toContain(`Request to preserve biological evidence — ${kase.reference}`);
    expect(letter).toContain("intake@demo-pa.example.org");

    const sent = (await caseDetail(kase.id)).tasks[0];
    expect(sent).toMatchObject({ kind: "evidence_preservation", done: true, doneBy: "staff:api-token" });
    expect(await countRows("events", "case_id = ? AND type = 'task_done'", kase.id)).toBe(1);
    expect((await queue("preservation=true")).map((c) => c.id)).not.toContain(kase.id);
    expect(await expectText(await page("/staff/letters"), 200)).not.toContain(kase.reference);
  });

  it("staff are reminded on the due day and every week after, once per occasion, until it is marked sent", async () => {
    const kase = await newCase(withEvidence({ biologicalEvidence: "unknown" }));
    const [task] = (await caseDetail(kase.id)).tasks;
    // The application names no custodian: the task says what to do, and no letter is planned.
    expect(task).toMatchObject({
      kind: "evidence_preservation",
      title: "Find who keeps the biological evidence and ask them in writing to preserve it",
    });
    expect(await countRows("notifications", "case_id = ? AND template = 'preservation-request'", kase.id)).toBe(0);

    const now = Date.now();
    await runDailyJob(now + 13 * DAY_MS);
    expect(await remindersFor(kase.reference)).toHaveLength(0);
    await runDailyJob(now + 14 * DAY_MS);
    await runDailyJob(now + 14 * DAY_MS + 60_000);
    const first = await remindersFor(kase.reference);
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toContain("not marked sent");
    expect(first[0]?.text).toContain(task?.dueOn.slice(0, 4));
    await runDailyJob(now + 18 * DAY_MS);
    expect(await remindersFor(kase.reference)).toHaveLength(1);
    await runDailyJob(now + 21 * DAY_MS);
    expect(await remindersFor(kase.reference)).toHaveLength(2);
    // Its own reminders stand in for the one-off alert about overdue tasks.
    expect((await mailbox()).filter((m) => m.subject === `Task overdue — ${kase.reference}`)).toHaveLength(0);

    // Sent another way: ticked done, and the reminders stop.
    await expectStatus(await staffJson(`/api/v1/tasks/${task?.id}`, "PATCH", { done: true }), 200);
    await runDailyJob(now + 28 * DAY_MS);
    await runDailyJob(now + 35 * DAY_MS);
    expect(await remindersFor(kase.reference)).toHaveLength(2);
    expect((await queue("preservation=true")).map((c) => c.id)).not.toContain(kase.id);
  });

  it("“no” gets no task, until a reviewer flags it with their decision", async () => {
    const kase = await newCase(withEvidence({ biologicalEvidence: "no", evidenceCustodian: policeEvidenceRoom }));
    expect((await caseDetail(kase.id)).tasks).toEqual([]);
    expect((await queue("preservation=true")).map((c) => c.id)).not.toContain(kase.id);

    const reviewPath = await linkFor(kase.reference, "review");
    const reviewPage = await expectText(await page(reviewPath, {}), 200);
    expect(reviewPage).toContain('name="preserveEvidence"');
    expect(reviewPage).toContain(policeEvidenceRoom.name);
    const decided = await postForm(reviewPath, {
      decision: "request_info",
      questions: "Which laboratory tested the swabs?",
      preserveEvidence: "true",
    });
    await expectStatus(decided, 200);

    const [task] = (await caseDetail(kase.id)).tasks;
    expect(task).toMatchObject({ kind: "evidence_preservation", dueOn: day(14), done: false });
    const events = await eventsOf(kase.id);
    expect(events.find((e) => e.type === "decided")?.data).toMatchObject({ preserveEvidence: true });
    expect(events.find((e) => e.type === "task_added")).toMatchObject({
      actor: "reviewer",
      data: expect.objectContaining({ cause: "reviewer", letter: true }),
    });
    expect((await queue("preservation=true")).map((c) => c.id)).toContain(kase.id);
    expect(await printLetter(kase.id)).toContain("7790 Dungan Road");
  });

  it("an expert flags it with their opinion; a second flag adds nothing", async () => {
    const kase = await newCase(withEvidence({ biologicalEvidence: "no" }));
    const expert = `expert-${crypto.randomUUID().slice(0, 6)}@lab.example.org`;
    await expectStatus(
      await postForm(await linkFor(kase.reference, "review"), {
        decision: "consult_expert",
        questions: "Could the swabs be tested again?",
        expertEmail: expert,
        preserveEvidence: "",
      }),
      200,
    );
    expect((await caseDetail(kase.id)).tasks).toEqual([]);
    const consultPath = await waitUntil("the expert's link", async () => {
      try {
        return await linkFor(kase.reference, "consult", expert);
      } catch {
        return null;
      }
    });
    expect(await expectText(await page(consultPath, {}), 200)).toContain('name="preserveEvidence"');
    const missing = await postForm(consultPath, { opinion: "", preserveEvidence: "true" });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/name="preserveEvidence" value="true"[^>]*checked/);
    await expectStatus(
      await postForm(consultPath, { opinion: "Retest the swabs: keep them frozen.", preserveEvidence: "true" }),
      200,
    );
    const [task] = (await caseDetail(kase.id)).tasks;
    expect(task).toMatchObject({ kind: "evidence_preservation", done: false });
    expect((await eventsOf(kase.id)).find((e) => e.type === "task_added")).toMatchObject({ actor: "expert" });
    // No custodian named: no letter, and the task says so.
    expect(task?.title).toContain("Find who keeps the biological evidence");

    // The case goes back to review; the reviewer flags it again: still one task, one event.
    await waitUntil("the next review request", async () =>
      (await mailFor(kase.reference, { path: "review" })).length > 1 ? true : null,
    );
    const again = await linkFor(kase.reference, "review");
    await expectStatus(
      await postForm(again, { decision: "decline", reasonCodes: "capacity", preserveEvidence: "true" }),
      200,
    );
    expect(await countRows("tasks", "case_id = ?", kase.id)).toBe(1);
    expect(await countRows("events", "case_id = ? AND type = 'task_added'", kase.id)).toBe(1);
  });

  it("the letter is in the language of the place of conviction, and the due day follows the organization's setting", async () => {
    const changed = await expectJson(
      await staffJson("/api/v1/organizations/demo-jp", "PATCH", { preservationDueDays: 5 }),
      200,
      shapes.organization,
    );
    expect(changed.preservationDueDays).toBe(5);
    const base = validApplication();
    const kase = await newCase({
      organization: "demo-jp",
      language: "en",
      conviction: { ...base.conviction, jurisdiction: "JP-13", caseNumber: "平成21年(わ)第123号" },
      claim: {
        ...base.claim,
        biologicalEvidence: "yes",
        evidenceCustodian: { kind: "laboratory", postalAddress: "東京都千代田区霞が関2-1-1" },
      },
    });
    const detail = await caseDetail(kase.id);
    // Named by its kind, in Japanese, when the application gives only the address.
    expect(detail.contacts.find((p) => p.role === "evidence_custodian")).toMatchObject({
      name: "鑑定機関 御中",
      language: "ja",
    });
    expect(detail.tasks[0]).toMatchObject({ kind: "evidence_preservation", dueOn: day(5) });
    const letter = await printLetter(kase.id);
    expect(letter).toContain(`生物学的証拠の保存のお願い — ${kase.reference}`);
    expect(letter).toContain("事件番号: 平成21年(わ)第123号");
    expect(letter).toContain("東京都千代田区霞が関2-1-1");
    await staffJson("/api/v1/organizations/demo-jp", "PATCH", { preservationDueDays: 14 });
  });

  it("the custodian's answer is logged as correspondence for the task, and shown with it", async () => {
    const kase = await newCase(withEvidence({ biologicalEvidence: "yes", evidenceCustodian: policeEvidenceRoom }));
    const other = await newCase(withEvidence({ biologicalEvidence: "yes" }));
    const detail = await caseDetail(kase.id);
    const custodian = detail.contacts.find((p) => p.role === "evidence_custodian");
    const taskId = detail.tasks[0]?.id ?? "";
    const elsewhere = (await caseDetail(other.id)).tasks[0]?.id ?? "";

    const wrong = await staffJson(`/api/v1/cases/${kase.id}/correspondence`, "POST", {
      kind: "letter",
      date: day(0),
      summary: "We hold two swabs and will keep them.",
      taskId: elsewhere,
    });
    expect(wrong.status).toBe(400);
    const logged = await staffJson(`/api/v1/cases/${kase.id}/correspondence`, "POST", {
      kind: "letter",
      date: day(0),
      summary: "We hold two swabs and a shirt, and will keep them until told otherwise.",
      contactId: custodian?.id,
      taskId,
    });
    expect(logged.status).toBe(201);
    const after = await caseDetail(kase.id);
    expect(after.correspondence).toEqual([expect.objectContaining({ taskId, contactId: custodian?.id })]);
    expect((await eventsOf(kase.id)).find((e) => e.type === "correspondence_logged")?.data).toMatchObject({ taskId });
    const casePage = await expectText(await page(`/staff/cases/${kase.id}`), 200);
    const section = casePage.slice(casePage.indexOf('id="preservation"'), casePage.indexOf('id="tasks"'));
    expect(section).toContain("We hold two swabs and a shirt");
  });

  it("the form's claim step asks who keeps the evidence; the sent application keeps it, and its case gets the letter", async () => {
    const key = await startForm();
    const custodianFields = {
      "claim.biologicalEvidence": "yes",
      "claim.evidenceCustodian.kind": "court_clerk",
      "claim.evidenceCustodian.name": "Clerk of the Court of Common Pleas",
      "claim.evidenceCustodian.postalAddress": "1301 Filbert Street\nPhiladelphia, PA 19107",
    };
    for (const step of Object.keys(stepAnswers) as StepName[]) {
      const fields = step === "claim" ? { ...stepAnswers.claim, ...custodianFields } : stepAnswers[step];
      const posted = await postStep(key, step, fields);
      expect(posted.status, `${step}: ${await posted.clone().text()}`).toBe(303);
    }
    const claimStep = await expectText(await request(`/apply/${key}/claim?lang=en`), 200);
    expect(claimStep).toContain("Who keeps that evidence?");
    expect(inputValue(claimStep, "claim.evidenceCustodian.name")).toBe("Clerk of the Court of Common Pleas");
    expect(claimStep).toMatch(/name="claim\.evidenceCustodian\.kind" value="court_clerk"[^>]*checked/);
    const check = await expectText(await request(`/apply/${key}/check?lang=en`), 200);
    expect(check).toContain("A court clerk");
    expect(check).toContain("1301 Filbert Street");

    const sent = await sendFromCheck(key);
    expect(sent.status).toBe(303);
    const caseId = await waitUntil(
      "the case",
      async () =>
        (
          await env.DB.prepare("SELECT id FROM cases WHERE idempotency_key = ?")
            .bind(`form:${key}`)
            .first<{ id: string }>()
        )?.id,
    );
    const detail = await waitUntil("its preservation task", async () => {
      const found = await caseDetail(caseId);
      return found.tasks.length > 0 ? found : null;
    });
    expect(detail.application).toMatchObject({
      claim: {
        evidenceCustodian: {
          kind: "court_clerk",
          name: "Clerk of the Court of Common Pleas",
          postalAddress: "1301 Filbert Street\nPhiladelphia, PA 19107",
        },
      },
    });
    expect(detail.contacts.find((p) => p.role === "evidence_custodian")?.name).toBe(
      "Clerk of the Court of Common Pleas",
    );
    expect(detail.tasks[0]?.kind).toBe("evidence_preservation");
    await waitUntil("the letter", async () =>
      (await countRows("notifications", "case_id = ? AND template = 'preservation-request'", caseId)) > 0 ? true : null,
    );
    expect(await printLetter(caseId)).toContain("1301 Filbert Street");
  });

  it("custodian fields all left blank are no custodian, and one without an address gets no letter: the task says what to find", async () => {
    const kase = await newCase(
      withEvidence({ biologicalEvidence: "yes", evidenceCustodian: { kind: "", name: " ", postalAddress: "" } }),
    );
    const detail = await caseDetail(kase.id);
    expect(detail.application).not.toHaveProperty("claim.evidenceCustodian");
    expect(detail.contacts.some((p) => p.role === "evidence_custodian")).toBe(false);
    expect(detail.tasks[0]?.title).toContain("Find who keeps the biological evidence");

    const nameOnly = await newCase(
      withEvidence({ biologicalEvidence: "yes", evidenceCustodian: { kind: "laboratory", name: "County Crime Lab" } }),
    );
    expect((await caseDetail(nameOnly.id)).tasks[0]?.title).toBe(
      "Find the address of County Crime Lab and ask them in writing to preserve the evidence",
    );
    expect(await countRows("notifications", "case_id = ? AND template = 'preservation-request'", nameOnly.id)).toBe(0);
  });
});
