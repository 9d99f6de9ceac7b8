import { describe, expect, it } from "vitest";
import {
  countRows,
  files,
  multipartBody,
  postMultipart,
  r2Keys,
  request,
  requestWith,
  validApplication,
} from "../helpers";
import { expectError, expectJson, shapes } from "../http";

const application = { name: "application", value: JSON.stringify(validApplication()) };
const MiB = 1024 * 1024;

describe("attachments are checked before anything is kept", () => {
  it("refuses an executable disguised as a PDF, storing nothing — not even the good file before it", async () => {
    const [keysBefore, casesBefore, attachmentsBefore] = [
      await r2Keys(),
      await countRows("cases"),
      await countRows("attachments"),
    ];
    const response = await postMultipart([
      application,
      { name: "attachments", filename: "letter.pdf", type: "application/pdf", content: files.pdf() },
      { name: "attachments", filename: "judgment.pdf", type: "application/pdf", content: files.exeAsPdf() },
    ]);
    const payload = await expectError(response, 415, "unsupported_media_type");
    expect(payload.error.issues).toEqual([
      { path: "attachments", message: expect.stringContaining("“judgment.pdf” was not added") },
    ]);
    expect(await r2Keys()).toEqual(keysBefore);
    expect(await countRows("cases")).toBe(casesBefore);
    expect(await countRows("attachments")).toBe(attachmentsBefore);
  });

  it("refuses a file over the per-file limit (8 MiB in tests) while streaming it, leaving nothing in R2", async () => {
    const keysBefore = await r2Keys();
    const response = await postMultipart([
      application,
      { name: "attachments", filename: "scan.pdf", type: "application/pdf", content: files.bigPdf(9 * MiB) },
    ]);
    expect((await expectError(response, 413, "payload_too_large")).error.issues?.[0]?.message).toMatch(
      /each file can be up to 8 MB/,
    );
    expect(await r2Keys()).toEqual(keysBefore);
  });

  it("refuses files over the per-application limit (12 MiB in tests) together", async () => {
    const keysBefore = await r2Keys();
    const response = await postMultipart([
      application,
      { name: "attachments", filename: "a.pdf", type: "application/pdf", content: files.bigPdf(7 * MiB) },
      { name: "attachments", filename: "b.pdf", type: "application/pdf", content: files.bigPdf(7 * MiB) },
    ]);
    await expectError(response, 413, "payload_too_large");
    expect(await r2Keys()).toEqual(keysBefore);
  });

  it("refuses more files than allowed (4 in tests)", async () => {
    const keysBefore = await r2Keys();
    const pdf = { name: "attachments", filename: "p.pdf", type: "application/pdf", content: files.pdf() };
    const response = await postMultipart([application, pdf, pdf, pdf, pdf, pdf]);
    await expectError(response, 400, "invalid_request");
    expect(await r2Keys()).toEqual(keysBefore);
  });

  it("refuses more files than allowed, with a missing field too, as a 400 storing nothing", async () => {
    const [keysBefore, attachmentsBefore] = [await r2Keys(), await countRows("attachments")];
    const incomplete = { name: "application", value: JSON.stringify(validApplication({ applicant: {} })) };
    const pdf = { name: "attachments", filename: "p.pdf", type: "application/pdf", content: files.pdf() };
    const response = await postMultipart([incomplete, pdf, pdf, pdf, pdf, pdf, pdf]);
    const payload = await expectError(response, 400, "invalid_request");
    expect(payload.error.issues?.[0]).toEqual({
      path: "attachments",
      message: expect.stringContaining("up to 4 files"),
    });
    expect(await r2Keys()).toEqual(keysBefore);
    expect(await countRows("attachments")).toBe(attachmentsBefore);
  });

  it("with production's MAX_FILES (20), takes twelve files, and refuses them with a missing field storing nothing", async () => {
    const twelve = Array.from({ length: 12 }, (_, n) => ({
      name: "attachments",
      filename: `scan-${n}.pdf`,
      type: "application/pdf",
      content: files.pdf(),
    }));
    const send = (application: unknown) => {
      const { body, contentType } = multipartBody([
        { name: "application", value: JSON.stringify(application) },
        ...twelve,
      ]);
      return requestWith({ MAX_FILES: "20" }, "/api/v1/applications", {
        method: "POST",
        headers: { "Content-Type": contentType },
        body,
      });
    };
    const keysBefore = await r2Keys();
    const refused = await send(validApplication({ applicant: {} }));
    const payload = await expectError(refused, 400, "invalid_request");
    expect(payload.error.issues?.map((issue) => issue.path)).toContain("applicant.name");
    expect(await r2Keys()).toEqual(keysBefore);

    const { id } = await expectJson(await send(validApplication()), 201, shapes.createdCase);
    expect(await countRows("attachments", "case_id = ?", id)).toBe(12);
    expect((await r2Keys()).length).toBe(keysBefore.length + 12);
  });

  it("stores a multi-part upload (over the 5 MiB R2 part size) intact", async () => {
    const content = files.bigPdf(6 * MiB + 123);
    content[6 * MiB] = 0x42;
    const response = await postMultipart([
      application,
      { name: "attachments", filename: "trial-transcript.pdf", type: "application/pdf", content },
    ]);
    const created = await expectJson(response, 201, shapes.createdCase);
    const row = await countRows("attachments", "case_id = ? AND size = ?", created.id, content.byteLength);
    expect(row).toBe(1);
    const { env } = await import("cloudflare:workers");
    const key = await env.DB.prepare("SELECT r2_key FROM attachments WHERE case_id = ?")
      .bind(created.id)
      .first<{ r2_key: string }>();
    const stored = await env.ATTACHMENTS.get(key?.r2_key ?? "");
    const bytes = new Uint8Array((await stored?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect(bytes.byteLength).toBe(content.byteLength);
    expect(bytes[6 * MiB]).toBe(0x42);
  });

  it("keeps hostile file names for display only: no path, no direction overrides", async () => {
    const response = await postMultipart([
      application,
      {
        name: "attachments",
        filename: "../../etc/invoice\u202Efdp.exe.txt",
        type: "text/plain",
        content: new TextEncoder().encode("notes"),
      },
    ]);
    const created = await expectJson(response, 201, shapes.createdCase);
    const { env } = await import("cloudflare:workers");
    const row = await env.DB.prepare("SELECT file_name, r2_key, content_type FROM attachments WHERE case_id = ?")
      .bind(created.id)
      .first<{ file_name: string; r2_key: string; content_type: string }>();
    expect(row?.file_name).toBe("invoicefdp.exe.txt");
    expect(row?.r2_key).toMatch(/^attachments\/[0-9a-f-]{36}$/);
    expect(row?.content_type).toBe("text/plain");
  });

  it("refuses a malformed multipart body with 400", async () => {
    const response = await request("/api/v1/applications", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=abc" },
      body: '--abc\r\nContent-Disposition: form-data; name="application"\r\n\r\n{}',
    });
    await expectError(response, 400, "invalid_request");
  });
});
