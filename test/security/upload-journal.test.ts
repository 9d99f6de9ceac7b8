import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import { countRows, files, r2Keys, request, runDailyJob, submitWithFile, validApplication } from "../helpers";
import { formFields, heldIdsOfForm, startForm, submitForm } from "../pages/forms";

const MiB = 1024 * 1024;

type Journaled = { r2_key: string; upload_id: string };

async function journal(): Promise<Journaled[]> {
  const { results } = await env.DB.prepare("SELECT r2_key, upload_id FROM upload_journal").all<Journaled>();
  return results;
}

/** Whether R2 still holds the multipart upload open (only an open one takes another part). */
async function isOpen(upload: Journaled): Promise<boolean> {
  try {
    await env.ATTACHMENTS.resumeMultipartUpload(upload.r2_key, upload.upload_id).uploadPart(9, new Uint8Array(16));
    return true;
  } catch (error) {
    expect(String(error)).toMatch(/multipart upload does not exist/);
    return false;
  }
}

/**
 * A multipart body sent as a slow client sends it: text fields, then one PDF of `bytes` in 1 MiB
 * chunks. Once `pauseAfter` bytes of the file are out (past R2's 5 MiB part size), it waits until the
 * worker has journaled the file's multipart upload and notes it; then it cuts the stream (a client
 * that goes away: closed tab, lost signal) or sends the rest.
 */
function slowUpload(
  fields: { name: string; value: string }[],
  file: { bytes: number; pauseAfter: number; ending: "cut" | "finish" },
) {
  const boundary = `----slow${crypto.randomUUID()}`;
  const encoder = new TextEncoder();
  const head = fields
    .map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"\r\n\r\n${f.value}\r\n`)
    .join("");
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="transcript.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const seen = { journaled: undefined as Journaled | undefined };
  async function* chunks() {
    const before = new Set((await journal()).map((row) => row.r2_key));
    yield encoder.encode(head + fileHead);
    for (let sent = 0; sent < file.bytes; sent += MiB) {
      if (sent >= file.pauseAfter && !seen.journaled) {
        for (let tries = 0; tries < 250 && !seen.journaled; tries++) {
          seen.journaled = (await journal()).find((row) => !before.has(row.r2_key));
          if (!seen.journaled) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        if (file.ending === "cut") throw new Error("client went away");
      }
      const size = Math.min(MiB, file.bytes - sent);
      yield sent === 0 ? files.bigPdf(size) : new Uint8Array(size).fill(0x20);
    }
    yield encoder.encode(`\r\n--${boundary}--\r\n`);
  }
  const source = chunks();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, seen };
}

async function send(path: string, upload: ReturnType<typeof slowUpload>): Promise<number> {
  try {
    const response = await request(path, {
      method: "POST",
      headers: { "Content-Type": upload.contentType },
      body: upload.body,
      redirect: "manual",
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // the client is gone: nobody reads the answer
  }
}

const applicationPart = () => ({ name: "application", value: JSON.stringify(validApplication()) });

describe("an upload cut off mid-file", () => {
  it("by the client, through the API: its multipart upload is aborted, its journal row closed, nothing stored", async () => {
    const [keysBefore, casesBefore] = [await r2Keys(), await countRows("cases")];
    const upload = slowUpload([applicationPart()], { bytes: 7 * MiB, pauseAfter: 6 * MiB, ending: "cut" });
    const status = await send("/api/v1/applications", upload);
    expect(status).toBeLessThan(500);

    const cut = upload.seen.journaled;
    expect(cut, "the upload was journaled before its first part was sent").toBeDefined();
    if (!cut) return;
    expect(await journal()).toEqual([]);
    expect(await isOpen(cut)).toBe(false);
    expect(await env.ATTACHMENTS.head(cut.r2_key)).toBeNull();
    expect(await r2Keys()).toEqual(keysBefore);
    expect(await countRows("cases")).toBe(casesBefore);
  });

  it("by the client, retrying the form: the same, and the files held from the earlier try stay held", async () => {
    const submissionId = await startForm();
    const first = await submitForm(formFields({ submissionId, "applicant.name": "" }), [
      { filename: "letter.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    await first.arrayBuffer();
    const held = await heldIdsOfForm(submissionId);
    expect(held).toHaveLength(1);
    const keysBefore = await r2Keys();

    const fields = Object.entries(formFields({ submissionId, heldAttachments: held })).flatMap(([name, value]) =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
    );
    const upload = slowUpload(fields, { bytes: 7 * MiB, pauseAfter: 6 * MiB, ending: "cut" });
    expect(await send("/apply?lang=en", upload)).toBeLessThan(500);

    const cut = upload.seen.journaled;
    expect(cut).toBeDefined();
    if (!cut) return;
    expect(await journal()).toEqual([]);
    expect(await isOpen(cut)).toBe(false);
    expect(await r2Keys()).toEqual(keysBefore);
    expect(await heldIdsOfForm(submissionId)).toEqual(held);
    expect(await countRows("attachments", "id = ? AND case_id IS NULL", held[0])).toBe(1);
  });

  it("by the server, at the per-file limit (8 MiB) after the first part went out: aborted and closed too", async () => {
    const keysBefore = await r2Keys();
    const upload = slowUpload([applicationPart()], { bytes: 9 * MiB, pauseAfter: 6 * MiB, ending: "finish" });
    expect(await send("/api/v1/applications", upload)).toBe(413);

    const refused = upload.seen.journaled;
    expect(refused).toBeDefined();
    if (!refused) return;
    expect(await journal()).toEqual([]);
    expect(await isOpen(refused)).toBe(false);
    expect(await r2Keys()).toEqual(keysBefore);
  });

  it("one that completes leaves no journal row behind", async () => {
    const upload = slowUpload([applicationPart()], { bytes: 6 * MiB, pauseAfter: 5 * MiB, ending: "finish" });
    expect(await send("/api/v1/applications", upload)).toBe(201);
    const done = upload.seen.journaled;
    expect(done).toBeDefined();
    expect(await journal()).toEqual([]);
    expect(await countRows("attachments", "r2_key = ? AND case_id IS NOT NULL", done?.r2_key)).toBe(1);
  });
});

/** A case made through the API with one small file; returns that file's R2 key. */
async function caseFileKey(): Promise<string> {
  const { id } = await submitWithFile();
  const row = await env.DB.prepare("SELECT r2_key FROM attachments WHERE case_id = ?")
    .bind(id)
    .first<{ r2_key: string }>();
  return row?.r2_key ?? "";
}

/** A form that failed validation, holding one file; returns that file's R2 key. */
async function heldFileKey(): Promise<string> {
  const submissionId = await startForm();
  const response = await submitForm(formFields({ submissionId, "applicant.name": "" }), [
    { filename: "held.pdf", type: "application/pdf", content: files.pdf() },
  ]);
  await response.arrayBuffer();
  const [id] = await heldIdsOfForm(submissionId);
  const row = await env.DB.prepare("SELECT r2_key FROM attachments WHERE id = ?").bind(id).first<{ r2_key: string }>();
  return row?.r2_key ?? "";
}

/**
 * What a request stopped mid-upload (a crash, a redeploy) leaves, which no request through fetch
 * can stage: a multipart upload with a part sent, journaled `ageMs` ago, never completed or aborted.
 */
async function abandonedUpload(ageMs: number): Promise<Journaled> {
  const r2Key = `attachments/${crypto.randomUUID()}`;
  const upload = await env.ATTACHMENTS.createMultipartUpload(r2Key);
  await upload.uploadPart(1, files.bigPdf(1024));
  await env.DB.prepare("INSERT INTO upload_journal (r2_key, upload_id, started_at) VALUES (?, ?, ?)")
    .bind(r2Key, upload.uploadId, Date.now() - ageMs)
    .run();
  return { r2_key: r2Key, upload_id: upload.uploadId };
}

/** What a request stopped between storing a file and writing its row leaves: a file nothing names. */
async function unreferencedFile(): Promise<string> {
  const r2Key = `attachments/${crypto.randomUUID()}`;
  await env.ATTACHMENTS.put(r2Key, files.pdf());
  return r2Key;
}

async function everyKey(): Promise<Set<string>> {
  const keys = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await env.ATTACHMENTS.list({ cursor });
    for (const object of page.objects) keys.add(object.key);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

describe("the daily job", () => {
  it("aborts uploads and removes files left unaccounted for a day; leaves fresh ones, held files and cases' files", async () => {
    const caseKey = await caseFileKey();
    const heldKey = await heldFileKey();
    const crashed = await abandonedUpload(2 * DAY_MS);
    const inFlight = await abandonedUpload(60 * 60 * 1000);
    const orphan = await unreferencedFile();
    // An upload that completed into a case's file, whose journal row was not closed.
    await env.DB.prepare("INSERT INTO upload_journal (r2_key, upload_id, started_at) VALUES (?, ?, ?)")
      .bind(caseKey, "completed-upload", Date.now() - 2 * DAY_MS)
      .run();

    await runDailyJob(Date.now());
    expect(await isOpen(crashed)).toBe(false);
    expect(await env.ATTACHMENTS.head(crashed.r2_key)).toBeNull();
    expect(await isOpen(inFlight)).toBe(true);
    expect((await journal()).map((row) => row.r2_key)).toEqual([inFlight.r2_key]);
    // Written just now, it may belong to a request still writing its row.
    expect(await env.ATTACHMENTS.head(orphan)).not.toBeNull();
    expect(await env.ATTACHMENTS.head(caseKey)).not.toBeNull();

    await runDailyJob(Date.now() + 2 * DAY_MS);
    expect(await env.ATTACHMENTS.head(orphan)).toBeNull();
    expect(await isOpen(inFlight)).toBe(false);
    expect(await journal()).toEqual([]);
    expect(await env.ATTACHMENTS.head(caseKey)).not.toBeNull();
    expect(await env.ATTACHMENTS.head(heldKey)).not.toBeNull();
    expect(await countRows("attachments", "r2_key IN (?, ?)", caseKey, heldKey)).toBe(2);
  });

  it("goes through the bucket page by page (1,000 keys a page), removing only files no row names", async () => {
    const named = [await caseFileKey(), await heldFileKey(), await caseFileKey()];
    const orphans: string[] = [];
    for (let batch = 0; batch < 21; batch++)
      orphans.push(...(await Promise.all(Array.from({ length: 50 }, () => unreferencedFile()))));
    expect((await everyKey()).size).toBeGreaterThan(1000);

    await runDailyJob(Date.now() + 2 * DAY_MS);
    const left = await everyKey();
    expect(orphans.filter((key) => left.has(key))).toEqual([]);
    expect(named.filter((key) => !left.has(key))).toEqual([]);
  });
});
