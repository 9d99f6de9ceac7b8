import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import {
  countRows,
  files,
  mailbox,
  multipartBody,
  ORIGIN,
  request,
  staffJson,
  staffRequest,
  validApplication,
  waitUntil,
} from "../helpers";
import { introspectWorkflow, linkFor, postForm, stepResult } from "../workflows/driver";

const PRISON = "SCI Example\n1 Prison Road\nExampletown, PA 19000";
const QUESTIONS = "1. Who was your lawyer at trial?\n2. Do you have the police report?";

/** A mailed application typed in by staff: the applicant writes from prison, by post only. */
async function typeIn(name: string) {
  const response = await staffJson(
    "/api/v1/cases",
    "POST",
    validApplication({
      submitter: { role: "self", name, postalAddress: PRISON },
      applicant: { name, prisonNumber: `KX-${crypto.randomUUID().slice(0, 4)}` },
      lawyers: [],
      contacts: [],
    }),
  );
  const created = await response.json<{ id: string; reference: string }>();
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

/** The reviewer's link, once the workflow has asked them. */
const reviewLink = (reference: string) =>
  waitUntil("the review request", async () => {
    try {
      return await linkFor(reference, "review");
    } catch {
      return undefined;
    }
  });

const respondRequest = (caseId: string) =>
  env.DB.prepare("SELECT id, status, due_at FROM assignments WHERE case_id = ? AND kind = 'respond'")
    .bind(caseId)
    .first<{ id: string; status: string; due_at: number }>();

/** Prints a case's waiting letter of `template` as staff do, and returns its text. */
async function printLetter(caseId: string, template: string) {
  const letter = await env.DB.prepare(
    "SELECT id FROM notifications WHERE case_id = ? AND template = ? AND channel = 'post' AND status = 'pending'",
  )
    .bind(caseId, template)
    .first<{ id: string }>();
  expect(letter, `a ${template} letter waits`).toBeTruthy();
  const response = await staffRequest("/staff/letters/print", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: new URLSearchParams({ ids: letter?.id ?? "" }),
  });
  const html = /<article[\s\S]*?<\/article>/.exec(await response.text())?.[0] ?? "";
  return html.replace(/<br\s*\/?>/g, "\n").replace(/<[^>]+>/g, "");
}

/** Review requests sent because the applicant side answered. */
const askedAgain = (caseId: string) =>
  countRows(
    "notifications",
    "case_id = ? AND template = 'review-request' AND status = 'sent' AND json_extract(context, '$.reason') = 'answer_received'",
    caseId,
  );

function postAnswer(caseId: string, answer: string, scans = 1) {
  const { body, contentType } = multipartBody([
    { name: "answer", value: answer },
    ...Array.from({ length: scans }, (_, n) => ({
      name: "attachments",
      filename: `answer-page-${n + 1}.pdf`,
      type: "application/pdf",
      content: files.pdf(),
    })),
  ]);
  return staffRequest(`/api/v1/cases/${caseId}/answers`, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
}

describe("questions by post, answered by post", () => {
  it("go out as a letter whose deadline starts when it is printed, and the typed-in answer resumes the workflow", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    // The first wait for the answer runs out before anyone printed the letter.
    await workflows.modifyAll(async (m) => {
      await m.forceEventTimeout({ name: "wait for answer round 1" });
    });
    const kase = await typeIn("Walter Answers");
    const instance = (await workflows.get()).at(-1);
    if (!instance) throw new Error("no workflow instance");
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    expect(
      (await postForm(await reviewLink(kase.reference), { decision: "request_info", questions: QUESTIONS })).status,
    ).toBe(200);

    // The request did not lapse: the letter was not printed, so its time had not started.
    const left = await stepResult<{ seconds: number }>(instance, { name: "time to answer round 1" });
    expect(left.seconds).toBeGreaterThan(29.9 * 86_400);
    expect(left.seconds).toBeLessThanOrEqual(30 * 86_400);
    expect((await respondRequest(kase.id))?.status).toBe("open");
    const { status } =
      (await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(kase.id).first<{ status: string }>()) ?? {};
    expect(status).toBe("awaiting_info");
    expect(
      (await mailbox()).filter((m) => m.subject.includes(kase.reference) && m.subject.startsWith("Questions")),
    ).toEqual([]);

    // The letter waited ten days to be printed; the 30 days to answer start now.
    await env.DB.prepare(
      "UPDATE assignments SET created_at = created_at - ?1, due_at = due_at - ?1 WHERE case_id = ?2 AND kind = 'respond'",
    )
      .bind(10 * DAY_MS, kase.id)
      .run();
    const letter = await printLetter(kase.id, "info-request");
    const due = new Date(Date.now() + 30 * DAY_MS);
    expect(Math.abs(((await respondRequest(kase.id))?.due_at ?? 0) - due.getTime())).toBeLessThan(60_000);
    expect(letter).toContain(QUESTIONS);
    expect(letter).toContain("Please write your answers on paper and post them to us.");
    expect(letter).toContain(
      `Please answer by ${new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(due)}.`,
    );
    expect(letter).not.toMatch(/https?:|\/respond\//);

    // The answer comes by post; staff type it in with its scan.
    const typed = await postAnswer(kase.id, "My lawyer was J. Smith.\nI have no police report.");
    const recorded = await typed.json<{ responseId: string; round: number; attachments: number }>();
    expect(typed.status, JSON.stringify(recorded)).toBe(201);
    expect(recorded).toMatchObject({ round: 1, attachments: 1 });

    expect(await stepResult(instance, { name: "close respond round 1" })).toEqual({ answered: true });
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    expect(await askedAgain(kase.id), "the reviewer is asked again, as after an answer online").toBe(1);
    const page = await (
      await request(await linkFor(kase.reference, "review"), { headers: { "Accept-Language": "en" } })
    ).text();
    expect(page).toContain("I have no police report.");

    const answered = await env.DB.prepare("SELECT actor, data FROM events WHERE case_id = ? AND type = 'answered'")
      .bind(kase.id)
      .first<{ actor: string; data: string }>();
    expect(answered?.actor).toBe("staff:api-token");
    expect(JSON.parse(answered?.data ?? "{}")).toMatchObject({ round: 1, attachments: 1 });
    expect(
      await countRows(
        "attachments",
        "case_id = ? AND uploaded_by = 'applicant' AND file_name = 'answer-page-1.pdf'",
        kase.id,
      ),
    ).toBe(1);

    // Answered once: another letter's answer finds nothing open.
    expect((await postAnswer(kase.id, "Another answer.")).status).toBe(409);
    expect(await countRows("responses", "case_id = ?", kase.id)).toBe(1);
    await instance.waitForStepResult({ name: "tally round 2" });
  });

  it("the case page takes the answer with its scans; an empty one or a case not waiting for answers is refused", async () => {
    const kase = await typeIn("Paula Page");
    const review = await reviewLink(kase.reference);
    expect((await postAnswer(kase.id, "Too early.")).status).toBe(409);
    expect((await postForm(review, { decision: "request_info", questions: QUESTIONS })).status).toBe(200);
    await waitUntil("the question letter", async () =>
      (await respondRequest(kase.id))?.status === "open" ? true : undefined,
    );

    const casePage = await (await staffRequest(`/staff/cases/${kase.id}`)).text();
    expect(casePage).toContain("Type in the answer that came by post");
    expect(casePage).toContain("Do you have the police report?");

    const send = (parts: Parameters<typeof multipartBody>[0]) => {
      const { body, contentType } = multipartBody(parts);
      return staffRequest(`/staff/cases/${kase.id}/answers`, {
        method: "POST",
        headers: { "Content-Type": contentType, Origin: ORIGIN },
        body,
        redirect: "manual",
      });
    };
    const empty = await send([{ name: "answer", value: "  " }]);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Type the answer in, or add the scans of it.");

    const sent = await send([
      { name: "answer", value: "The lawyer was J. Smith." },
      { name: "attachments", filename: "reply.png", type: "image/png", content: files.png() },
    ]);
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/staff/cases/${kase.id}?done=answered`);
    await waitUntil("the reviewer to be asked again", async () =>
      (await askedAgain(kase.id)) === 1 ? true : undefined,
    );
  });
});
