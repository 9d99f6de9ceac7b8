import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import { countRows, files, mailbox, r2Keys, request, waitForReviewRequest } from "../helpers";
import { inputValue, postStep, type StepName, sendFromCheck, startForm, stepAnswers } from "./forms";

/**
 * The application form one topic per page, with JavaScript off: each step saved as the person
 * moves on, back without losing what was typed, "check your answers" with a change link per
 * section, and one case however often "Send" is pressed.
 */

const steps = Object.keys(stepAnswers) as StepName[];

function textOf(html: string) {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

async function page(path: string) {
  const response = await request(path);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Fills in every step as a family member, continuing from each; returns the form's key. */
async function fillEveryStep(overrides: Partial<Record<StepName, Record<string, string | string[]>>> = {}) {
  const key = await startForm();
  for (const step of steps) {
    const response = await postStep(key, step, { ...stepAnswers[step], ...overrides[step] });
    expect(response.status, `${step}: ${await response.clone().text()}`).toBe(303);
  }
  return key;
}

async function draftRow(key: string) {
  return env.DB.prepare("SELECT * FROM drafts WHERE key_hash = ?")
    .bind(await sha256Hex(key))
    .first<{ id: string; position: string; sealed: string; saved_at: number; resume_mail: string | null }>();
}

describe("the first step", () => {
  it("is a short page of its own: step 1 of 8, who you are, no script, nothing stored yet", async () => {
    const drafts = await countRows("drafts");
    const { status, html } = await page("/apply?role=family&lang=en");
    expect(status).toBe(200);
    expect(html).toContain("Step 1 of 8");
    expect(html).toContain("<h1>About you</h1>");
    expect(html).toContain('name="submitter.name"');
    expect(html).not.toContain('name="applicant.name"');
    expect(html).not.toContain("<script");
    expect(html).toMatch(/action="\/apply\/[A-Za-z0-9_-]{43}\/you\?lang=en"/);
    expect(html).toContain("Save and continue later");
    expect(await countRows("drafts")).toBe(drafts);
  });
});

describe("moving through the steps", () => {
  it("a step with a missing answer comes back with the error and what was typed; the draft keeps it", async () => {
    const key = await startForm();
    const response = await postStep(key, "you", { ...stepAnswers.you, "submitter.name": "" });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain("Your full name: Fill this in.");
    expect(html).toContain('id="f-submitter-name-error"');
    expect(inputValue(html, "submitter.email")).toBe("maria@example.com");
    // Only this page's problems: the person convicted is asked on the next page.
    expect(html).not.toContain("Their full name");
    expect((await draftRow(key))?.position).toBe("you");
  });

  it("continue saves the page and opens the next; back saves what was typed, unchecked, and opens the one before", async () => {
    const key = await startForm();
    const first = await postStep(key, "you", stepAnswers.you);
    expect(first.status).toBe(303);
    expect(first.headers.get("Location")).toBe(`/apply/${key}/person?lang=en`);
    const second = await page(`/apply/${key}/person?lang=en`);
    expect(second.html).toContain("Step 2 of 8");
    expect(second.html).toContain("About the person convicted");
    expect(second.html).toMatch(/[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}/);
    expect(second.headers.get("Cache-Control")).toBe("no-store");

    // Half of step 2 typed, then back: nothing is lost, and nothing is checked.
    const back = await postStep(key, "person", { "applicant.name": "Daniel Ort" }, { action: "back" });
    expect(back.status).toBe(303);
    expect(back.headers.get("Location")).toBe(`/apply/${key}/you?lang=en`);
    const you = await page(`/apply/${key}/you?lang=en`);
    expect(inputValue(you.html, "submitter.name")).toBe("Maria Ortega");
    const person = await page(`/apply/${key}/person?lang=en`);
    expect(inputValue(person.html, "applicant.name")).toBe("Daniel Ort");
  });

  it("every step, then check your answers with a change link per section, then send: one case, the draft gone", async () => {
    const key = await fillEveryStep({ documents: {} });
    const check = await page(`/apply/${key}/check?lang=en`);
    expect(check.status).toBe(200);
    expect(check.html).toContain("<h1>Check your answers</h1>");
    for (const step of steps) expect(check.html).toContain(`href="/apply/${key}/${step}?from=check&amp;lang=en"`);
    const text = textOf(check.html);
    expect(text).toContain("Their full name Daniel Ortega");
    expect(text).toContain("What kind of evidence was used or could help? Eyewitness identification, An alibi");
    expect(text).toContain("Ann Counsel");

    // Changing a section from the check page comes back to it.
    const changed = await postStep(key, "claim", { ...stepAnswers.claim, returnTo: "check" });
    expect(changed.headers.get("Location")).toBe(`/apply/${key}/check?lang=en`);

    const sent = await sendFromCheck(key);
    expect(sent.status, await sent.clone().text()).toBe(303);
    expect(sent.headers.get("Location")).toMatch(/^\/status\/[A-Za-z0-9_-]{43}\?received=1&lang=en$/);
    const kase = await env.DB.prepare("SELECT id, application FROM cases WHERE idempotency_key = ?")
      .bind(`form:${key}`)
      .first<{ id: string; application: string }>();
    expect(JSON.parse(kase?.application ?? "{}")).toMatchObject({
      submitter: { role: "family", name: "Maria Ortega", email: "maria@example.com" },
      applicant: { name: "Daniel Ortega", dateOfBirth: "1980-02-29", inCustody: true },
      conviction: { jurisdiction: "US-PA", offenses: "Robbery" },
      lawyers: [{ role: "current", name: "Ann Counsel" }],
      consent: { dataProcessing: true },
    });
    expect(await draftRow(key)).toBeNull();
    expect((await page(`/apply/${key}/check`)).status).toBe(404);

    // "Send" pressed again after the case was made: the same receipt, no second case.
    const again = await sendFromCheck(key);
    expect(again.status).toBe(303);
    expect(await countRows("cases", "idempotency_key = ?", `form:${key}`)).toBe(1);
    await waitForReviewRequest(kase?.id ?? "");
  });

  it("a double-clicked send makes one case, and both clicks land on the receipt", async () => {
    const key = await fillEveryStep();
    const [a, b] = await Promise.all([sendFromCheck(key), sendFromCheck(key)]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(await countRows("cases", "idempotency_key = ?", `form:${key}`)).toBe(1);
    const kase = await env.DB.prepare("SELECT id FROM cases WHERE idempotency_key = ?")
      .bind(`form:${key}`)
      .first<{ id: string }>();
    await waitForReviewRequest(kase?.id ?? "");
  });

  it("a send with an answer missing comes back to check your answers, with the problem linking to its step", async () => {
    const key = await fillEveryStep();
    // The person convicted's name is emptied on its page, with back (which does not check it).
    await postStep(key, "person", { ...stepAnswers.person, "applicant.name": "" }, { action: "back" });
    const response = await sendFromCheck(key);
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain("Their full name: Fill this in.");
    expect(html).toContain(`href="/apply/${key}/person?from=check&amp;lang=en#f-applicant-name"`);
    expect(html).toContain('id="f-applicant-name-error"');
    expect(await countRows("cases", "idempotency_key = ?", `form:${key}`)).toBe(0);
    const fix = await page(`/apply/${key}/person?from=check&lang=en`);
    expect(fix.html).toContain('id="f-applicant-name-error"');
  });

  it("documents are held with the draft from their page, and attached when it is sent", async () => {
    const key = await startForm();
    const keysBefore = (await r2Keys()).length;
    for (const step of steps.slice(0, 6)) await postStep(key, step, stepAnswers[step]);
    const withFile = await postStep(
      key,
      "documents",
      {},
      {
        files: [{ filename: "judgment.pdf", type: "application/pdf", content: files.pdf() }],
      },
    );
    expect(withFile.status).toBe(303);
    const documents = await page(`/apply/${key}/documents?lang=en`);
    expect(documents.html).toMatch(/name="heldAttachments" value="[0-9a-f-]{36}" checked/);
    expect(documents.html).toContain("judgment.pdf");
    expect((await r2Keys()).length).toBe(keysBefore + 1);
    // Moving on from a later page keeps the file: only the documents page says which to keep.
    await postStep(key, "permission", stepAnswers.permission);
    expect(textOf((await page(`/apply/${key}/check?lang=en`)).html)).toContain("judgment.pdf");
    const sent = await sendFromCheck(key);
    expect(sent.status).toBe(303);
    const kase = await env.DB.prepare("SELECT id FROM cases WHERE idempotency_key = ?")
      .bind(`form:${key}`)
      .first<{ id: string }>();
    expect(await countRows("attachments", "case_id = ?", kase?.id)).toBe(1);
    await waitForReviewRequest(kase?.id ?? "");
  });

  it("a file sent to a page without a file input is not stored", async () => {
    const key = await startForm();
    const keysBefore = await r2Keys();
    const { formBody } = await import("./forms");
    const { body, contentType } = formBody({ ...stepAnswers.you, "submitter.role": "family", action: "continue" }, [
      { filename: "sneaky.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const response = await request(`/apply/${key}/you?lang=en`, {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(await r2Keys()).toEqual(keysBefore);
  });
});

describe("what a draft keeps", () => {
  it("is sealed: the row holds no word of what was typed", async () => {
    const key = await startForm();
    await postStep(key, "you", stepAnswers.you);
    await postStep(key, "person", { ...stepAnswers.person, "applicant.prisonNumber": "KX-4471" });
    const row = await draftRow(key);
    const raw = JSON.stringify(row);
    expect(row?.sealed).toMatch(/^sealed:v1:/);
    for (const typed of ["Maria", "Daniel", "maria@example.com", "KX-4471", "mother"]) expect(raw).not.toContain(typed);
    expect(raw).not.toContain(key);
  });

  it("a key that names no draft opens nothing", async () => {
    const made = await page(`/apply/${"x".repeat(43)}/person`);
    expect(made.status).toBe(404);
    expect(made.html).toContain("This link does not work");
    expect((await page("/apply/not-a-key/check")).status).toBe(404);
  });

  it("save and continue later pressed twice at once sends the link once", async () => {
    const key = await startForm();
    await postStep(key, "you", { ...stepAnswers.you, "submitter.email": "twice@example.com" });
    const saves = await Promise.all([
      postStep(key, "person", stepAnswers.person, { action: "save" }),
      postStep(key, "person", stepAnswers.person, { action: "save" }),
    ]);
    expect(saves.map((r) => r.status)).toEqual([303, 303]);
    expect((await mailbox()).filter((m) => m.to === "twice@example.com")).toHaveLength(1);
    expect((await draftRow(key))?.resume_mail).toBe("sent");
  });

  it("save and continue later shows the code, emails the link once, and the link opens the draft where it was left", async () => {
    const key = await startForm();
    for (const step of steps.slice(0, 3)) await postStep(key, step, stepAnswers[step]);
    const saved = await postStep(key, "claim", { "claim.innocenceStatement": "Half written" }, { action: "save" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("Location")).toBe(`/apply/${key}/saved?lang=en`);
    const savedPage = await page(`/apply/${key}/saved?lang=en`);
    expect(savedPage.html).toContain("Your application is saved");
    const code = savedPage.html.match(/id="resume-code">([A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5})</)?.[1];
    expect(code).toBeDefined();
    expect(savedPage.html).toContain("We also sent a link to continue to the email address you gave.");

    const mails = (await mailbox()).filter(
      (m) => m.to === "maria@example.com" && m.subject === "Your saved application",
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).not.toContain(code ?? "");
    const link = mails[0]?.text.match(/http:\/\/intake\.test(\/resume\/[A-Za-z0-9_-]{43})/)?.[1] ?? "";
    expect((await draftRow(key))?.resume_mail).toBe("sent");

    // Saved again: the same code, and no second email.
    await postStep(key, "claim", { "claim.innocenceStatement": "Half written, more" }, { action: "save" });
    expect((await page(`/apply/${key}/saved?lang=en`)).html).toContain(code ?? "");
    expect(
      (await mailbox()).filter((m) => m.subject === "Your saved application" && m.to === "maria@example.com"),
    ).toHaveLength(1);

    const followed = await request(link, { redirect: "manual" });
    expect(followed.status).toBe(303);
    expect(followed.headers.get("Location")).toBe(`/apply/${key}/claim?lang=en`);
    expect((await page(`/apply/${key}/claim?lang=en`)).html).toContain("Half written, more</textarea>");
    expect((await request(`/resume/${"y".repeat(43)}`)).status).toBe(404);
  });
});
