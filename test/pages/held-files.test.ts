import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import { countRows, files, multipartBody, r2Keys, request, requestWith } from "../helpers";
import { expectStatus, expectText } from "../http";
import { type FormFile, formBody, formFields, heldIdsOfForm, inputValue, startForm, submitForm } from "./forms";

// vitest.config.ts: MAX_FILES=4, MAX_APPLICATION_BYTES=12 MiB, MAX_FILE_BYTES=8 MiB.
const MAX_FILES = 4;
const MiB = 1024 * 1024;

const pdf = (filename: string, content = files.pdf()): FormFile => ({ filename, type: "application/pdf", content });

/** A new form's key: what the whole form is posted with as `submissionId`. */
const freshSubmissionId = () => startForm();

const heldIds = heldIdsOfForm;

/** The same, once the response that held them has been read. */
async function heldIdsAfter(response: Response, key: string): Promise<string[]> {
  await response.arrayBuffer();
  return heldIds(key);
}

type Row = { id: string; r2_key: string; case_id: string | null; draft_id: string | null; size: number };

/** Every attachment row of a form's submission: still held with its draft, or attached to the case it made. */
async function rowsOfForm(submissionId: string): Promise<Row[]> {
  const { results } = await env.DB.prepare(
    `SELECT id, r2_key, case_id, draft_id, size FROM attachments
     WHERE draft_id = (SELECT id FROM drafts WHERE key_hash = ?2)
        OR case_id = (SELECT id FROM cases WHERE idempotency_key = 'form:' || ?1)`,
  )
    .bind(submissionId, await sha256Hex(submissionId))
    .all<Row>();
  return results;
}

/** Files in R2 that no attachment row names. */
async function filesWithoutRow(): Promise<string[]> {
  const { results } = await env.DB.prepare("SELECT r2_key FROM attachments").all<{ r2_key: string }>();
  const named = new Set(results.map((row) => row.r2_key));
  return (await r2Keys()).filter((key) => !named.has(key));
}

function attachmentsError(html: string): string | undefined {
  return html.match(/<p class="error-message" id="f-attachments-error">([^<]*)<\/p>/)?.[1];
}

describe("files held across tries of the form count toward the limits", () => {
  it("a form sent again and again with a missing field and new files never holds or attaches more than MAX_FILES", async () => {
    const submissionId = await freshSubmissionId();
    let held: string[] = [];
    const seen: { status: number; held: number; rows: number; error?: string }[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await submitForm(
        formFields({ submissionId, "applicant.name": "", heldAttachments: held }),
        [1, 2, 3].map((n) => pdf(`try${attempt}-${n}.pdf`)),
      );
      const html = await response.text();
      held = await heldIds(submissionId);
      seen.push({
        status: response.status,
        held: held.length,
        rows: (await rowsOfForm(submissionId)).length,
        error: attachmentsError(html),
      });
      expect(inputValue(html, "submissionId")).toBe(submissionId);
      expect(html).toContain('id="f-applicant-name-error"');
    }
    expect(seen).toEqual([
      { status: 400, held: 3, rows: 3, error: undefined },
      {
        status: 400,
        held: 4,
        rows: 4,
        error:
          "“try2-2.pdf” was not added: up to 4 files can be sent. “try2-3.pdf” was not added: up to 4 files can be sent.",
      },
      { status: 400, held: 4, rows: 4, error: expect.stringContaining("“try3-1.pdf” was not added") },
    ]);
    expect(await filesWithoutRow()).toEqual([]);

    // Corrected, with one more file: that file is refused like the others, and nothing is sent yet.
    const oneMore = await submitForm(formFields({ submissionId, heldAttachments: held }), [pdf("late.pdf")]);
    const oneMoreHtml = await expectText(oneMore, 400);
    expect(attachmentsError(oneMoreHtml)).toBe("“late.pdf” was not added: up to 4 files can be sent.");
    expect((await heldIds(submissionId)).sort()).toEqual([...held].sort());

    // Corrected, with the held files only: one case with exactly those four.
    const done = await submitForm(formFields({ submissionId, heldAttachments: held }));
    await expectStatus(done, 303);
    const rows = await rowsOfForm(submissionId);
    expect(rows).toHaveLength(MAX_FILES);
    expect(rows.every((row) => row.case_id !== null && row.draft_id === null)).toBe(true);
    expect(rows.map((row) => row.id).sort()).toEqual([...held].sort());
    expect(await filesWithoutRow()).toEqual([]);
  });

  it("nor more than MAX_APPLICATION_BYTES (12 MiB) together", async () => {
    const submissionId = await freshSubmissionId();
    const first = await submitForm(formFields({ submissionId, "applicant.name": "" }), [
      pdf("a.pdf", files.bigPdf(4 * MiB)),
      pdf("b.pdf", files.bigPdf(4 * MiB)),
      pdf("c.pdf", files.bigPdf(4 * MiB)),
    ]);
    const held = await heldIdsAfter(first, submissionId);
    expect(held).toHaveLength(3);

    // Three files of 4 MiB are the whole 12 MiB: even a tiny fourth file is over.
    const second = await submitForm(formFields({ submissionId, "applicant.name": "", heldAttachments: held }), [
      pdf("tiny.pdf"),
    ]);
    const html = await expectText(second, 400);
    expect(attachmentsError(html)).toBe("“tiny.pdf” was not added: all files together can be up to 12 MB.");
    expect(await heldIds(submissionId)).toHaveLength(3);

    // Unticking one frees its share: a 5 MiB file now fits (8 + 5 > 12 does not, 4 + 4 + 3 does).
    const third = await submitForm(
      formFields({ submissionId, "applicant.name": "", heldAttachments: held.slice(0, 2) }),
      [pdf("five.pdf", files.bigPdf(5 * MiB)), pdf("three.pdf", files.bigPdf(3 * MiB))],
    );
    const thirdHtml = await third.text();
    expect(attachmentsError(thirdHtml)).toBe("“five.pdf” was not added: all files together can be up to 12 MB.");
    const nowHeld = await heldIds(submissionId);
    expect(nowHeld).toHaveLength(3);

    const done = await submitForm(formFields({ submissionId, heldAttachments: nowHeld }));
    await expectStatus(done, 303);
    const rows = await rowsOfForm(submissionId);
    expect(rows.reduce((sum, row) => sum + row.size, 0)).toBe(11 * MiB);
    expect(rows.every((row) => row.case_id !== null)).toBe(true);
    expect(await filesWithoutRow()).toEqual([]);
  });

  it("a form with more files than allowed and a missing field gets the error page, each stored file held", async () => {
    const submissionId = await freshSubmissionId();
    const response = await submitForm(
      formFields({ submissionId, "applicant.name": "" }),
      [1, 2, 3, 4, 5, 6].map((n) => pdf(`page-${n}.pdf`)),
    );
    const html = await expectText(response, 400);
    expect(html).toContain('id="f-applicant-name-error"');
    expect(attachmentsError(html)).toBe(
      "“page-5.pdf” was not added: up to 4 files can be sent. “page-6.pdf” was not added: up to 4 files can be sent.",
    );
    expect(await heldIds(submissionId)).toHaveLength(MAX_FILES);
    expect(await rowsOfForm(submissionId)).toHaveLength(MAX_FILES);
    expect(await filesWithoutRow()).toEqual([]);
  });

  it("with production's MAX_FILES (20), twelve files and a missing field are held (once a 500 that left them in R2)", async () => {
    // Twelve held rows of nine values each once went to D1 as one INSERT of 108 parameters.
    const limits = { MAX_FILES: "20" };
    const submissionId = await freshSubmissionId();
    const twelve = Array.from({ length: 12 }, (_, n) => pdf(`scan-${n}.pdf`));
    const { body, contentType } = formBody(formFields({ submissionId, "applicant.name": "" }), twelve);
    const response = await requestWith(limits, "/apply?lang=en", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    const html = await expectText(response, 400);
    expect(html).toContain('id="f-applicant-name-error"');
    const held = await heldIds(submissionId);
    expect(held).toHaveLength(12);
    expect(await filesWithoutRow()).toEqual([]);

    const retry = formBody(formFields({ submissionId, heldAttachments: held }));
    const done = await requestWith(limits, "/apply?lang=en", {
      method: "POST",
      headers: { "Content-Type": retry.contentType },
      body: retry.body,
      redirect: "manual",
    });
    await expectStatus(done, 303);
    const rows = await rowsOfForm(submissionId);
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.case_id !== null)).toBe(true);
  });

  it("counts held files even when the form's fields come after its files", async () => {
    const submissionId = await freshSubmissionId();
    const first = await submitForm(
      formFields({ submissionId, "applicant.name": "" }),
      [1, 2, 3, 4].map((n) => pdf(`held-${n}.pdf`)),
    );
    const held = await heldIdsAfter(first, submissionId);
    expect(held).toHaveLength(MAX_FILES);

    // Files first, then the submission id and the held files: the files stream in before the
    // worker knows what the form holds, and are refused once it does.
    const fieldParts = Object.entries(formFields({ submissionId, heldAttachments: held })).flatMap(([name, value]) =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
    );
    const { body, contentType } = multipartBody([
      { name: "attachments", ...pdf("first.pdf") },
      { name: "attachments", ...pdf("second.pdf") },
      ...fieldParts,
    ]);
    const response = await request("/apply?lang=en", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
      redirect: "manual",
    });
    const html = await expectText(response, 400);
    expect(attachmentsError(html)).toBe(
      "“first.pdf” was not added: up to 4 files can be sent. “second.pdf” was not added: up to 4 files can be sent.",
    );
    expect(await rowsOfForm(submissionId)).toHaveLength(MAX_FILES);
    expect(await filesWithoutRow()).toEqual([]);
  });

  it("two tries of one form sent at once hold no more than MAX_FILES between them", async () => {
    const submissionId = await freshSubmissionId();
    const send = (tag: string) =>
      submitForm(
        formFields({ submissionId, "applicant.name": "" }),
        [1, 2, 3].map((n) => pdf(`${tag}-${n}.pdf`)),
      );
    const responses = await Promise.all([send("left"), send("right")]);
    for (const response of responses) await expectStatus(response, 400);
    expect((await rowsOfForm(submissionId)).length).toBeLessThanOrEqual(MAX_FILES);
    expect(await filesWithoutRow()).toEqual([]);
  });

  it("a form held over the limits before they counted across tries is brought back within them", async () => {
    const submissionId = await freshSubmissionId();
    const six = [1, 2, 3, 4, 5, 6].map((n) => pdf(`old-${n}.pdf`));
    const { body, contentType } = formBody(formFields({ submissionId, "applicant.name": "" }), six);
    const before = await requestWith({ MAX_FILES: "20" }, "/apply?lang=en", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    const held = await heldIdsAfter(before, submissionId);
    expect(held).toHaveLength(6);

    const corrected = await submitForm(formFields({ submissionId, heldAttachments: held }));
    const html = await expectText(corrected, 400);
    expect(attachmentsError(html)).toBe(
      "“old-5.pdf” was not added: up to 4 files can be sent. “old-6.pdf” was not added: up to 4 files can be sent.",
    );
    const kept = await heldIds(submissionId);
    const draftId = (await rowsOfForm(submissionId))[0]?.draft_id;
    expect(kept).toEqual(held.slice(0, MAX_FILES));
    expect(await filesWithoutRow()).toEqual([]);

    const done = await submitForm(formFields({ submissionId, heldAttachments: kept }));
    await expectStatus(done, 303);
    expect(await rowsOfForm(submissionId)).toHaveLength(MAX_FILES);
    expect(await countRows("attachments", "draft_id = ?", draftId)).toBe(0);
  });
});
