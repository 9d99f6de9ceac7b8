import { env } from "cloudflare:workers";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { beginArchive, nextArchivePiece } from "../../src/cases/export-zip";
import { ARCHIVE_MAX_BYTES, recordArchiveRead } from "../../src/cases/subject-rights";
import { createDb } from "../../src/db/client";
import type { ExportJob } from "../../src/db/queries/exports";
import type { ExportProgress } from "../../src/db/schema";
import { joinedBytes } from "../../src/lib/bytes";
import type { Staff } from "../../src/lib/staff-auth";
import {
  files,
  postMultipart,
  requestWith,
  STAFF_TOKEN,
  staffJson,
  staffRequest,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { expectError, expectJson, expectStatus, shapes } from "../http";
import { zipEntries } from "../security/case-rows";
import { exportFileThroughApi } from "./exporting";

/**
 * The background ZIP at the edges of what one holds and of D1's limits: hundreds of files (more
 * than a step reads the names of), empty ones and ones that cross a step's 4 MiB; a person with
 * 60 cases; files past what plain ZIP can address; text with Unicode line separators.
 */

/** An application about `name` (its own person), one small PDF; the case, once it sits still in review. */
async function applyAs(name: string, claim: Record<string, unknown> = {}) {
  const base = validApplication();
  const application = {
    ...base,
    applicant: { ...base.applicant, name, prisonNumber: `P-${name}` },
    claim: { ...base.claim, ...claim },
  };
  const response = await postMultipart([
    { name: "application", value: JSON.stringify(application) },
    { name: "attachments", type: "application/pdf", filename: "letter.pdf", content: files.pdf() },
  ]);
  const created = await expectJson(response, 201, shapes.createdCase);
  await waitForReviewRequest(created.id);
  return created;
}

/** A D1 binding that counts the statements prepared through it: each is a query toward the Free plan's 50 per invocation. */
function countingDb(db: D1Database) {
  const count = { statements: 0 };
  const counted = new Proxy(db, {
    get(target, property) {
      if (property === "prepare")
        return (query: string) => {
          count.statements++;
          return target.prepare(query);
        };
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: counted, count };
}

/** Network staff through the API token, as the API's requests in these tests are. */
const apiStaff: Staff = { actor: "staff:api-token", id: null, organizationId: null };

/** A case's ZIP export as the staff page asks for it, for driving its steps one by one. */
function caseArchiveJob(caseId: string) {
  const exportId = crypto.randomUUID();
  return {
    id: exportId,
    kind: "case" as const,
    filters: { case: caseId },
    r2Key: `exports/${exportId}/x.zip`,
    requestedBy: apiStaff.actor,
    staffId: null,
    organizationId: null,
    status: "running" as const,
    rowsTotal: null,
    rowsDone: 0,
    bytes: null,
    uploadId: null,
    progress: null,
    createdAt: new Date(),
    finishedAt: null,
  } satisfies ExportJob;
}

describe("the background ZIP at the limits", () => {
  it("hundreds of files, empty and step-crossing ones among them: each step retried gives the same bytes, the whole the API's ZIP", async () => {
    const kase = await applyAs("Mara Lind");
    const MiB = 1024 * 1024;
    const sizes = Array.from({ length: 200 }, (_, i) =>
      i % 7 === 0 ? 0 : i % 50 === 3 ? 1.5 * MiB + i : 1 + ((i * 97) % 5000),
    );
    // More files than an application brings (4 in the tests), so written as a case's scans would be.
    const rows = [];
    for (const [i, size] of sizes.entries()) {
      const id = crypto.randomUUID();
      const bytes = new Uint8Array(size);
      for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
      await env.ATTACHMENTS.put(`attachments/${id}`, bytes);
      rows.push(
        env.DB.prepare(
          "INSERT INTO attachments (id, case_id, r2_key, file_name, content_type, size, sha256, uploaded_by, created_at) VALUES (?, ?, ?, ?, 'application/pdf', ?, 'x', 'staff', ?)",
        ).bind(id, kase.id, `attachments/${id}`, `scan ${i}.pdf`, size, Date.now() + i),
      );
    }
    await env.DB.batch(rows);

    const db = createDb(env);
    const job = caseArchiveJob(kase.id);
    let progress: ExportProgress = (await beginArchive(db, job, apiStaff)).progress;
    const pieces: Uint8Array[] = [];
    let steps = 0;
    while (!progress.done) {
      const next = await nextArchivePiece(env, db, job, apiStaff, progress);
      const again = await nextArchivePiece(env, db, job, apiStaff, progress);
      expect(again).toEqual(next);
      pieces.push(...next.pieces);
      progress = next.progress;
      steps++;
    }
    // The document, the files (the 1.5 MiB ones crossing 4 MiB steps), and the directory in three steps of 90.
    expect(steps).toBeGreaterThan(4);
    const background = zipEntries(joinedBytes(pieces));
    for (const entry of background) expect(entry.crc, entry.name).toBe(crc32(entry.data));
    expect(background).toHaveLength(1 + 1 + sizes.length);
    const streamed = zipEntries(
      new Uint8Array(await (await staffRequest(`/api/v1/cases/${kase.id}/export`)).arrayBuffer()),
    );
    expect(background.map((e) => e.name)).toEqual(streamed.map((e) => e.name));
    expect(background.slice(1).map((e) => e.data)).toEqual(streamed.slice(1).map((e) => e.data));
  }, 180_000);

  it("a stored file changed or gone from R2 breaks its ZIP, streamed or made in the background, rather than being left out", async () => {
    const kase = await applyAs("Ines Varga");
    const [file] = await env.DB.prepare("SELECT r2_key AS key, size FROM attachments WHERE case_id = ?")
      .bind(kase.id)
      .all<{ key: string; size: number }>()
      .then((result) => result.results);
    if (!file) throw new Error("the application brought no file");
    const breaks = async () => {
      const streamed = await staffRequest(`/api/v1/cases/${kase.id}/export`);
      expect(streamed.status).toBe(200);
      await expect(streamed.arrayBuffer()).rejects.toThrow();
    };
    await env.ATTACHMENTS.put(file.key, new Uint8Array(file.size + 1));
    await breaks();
    await env.ATTACHMENTS.delete(file.key);
    await breaks();

    const db = createDb(env);
    const job = caseArchiveJob(kase.id);
    let progress: ExportProgress = (await beginArchive(db, job, apiStaff)).progress;
    while (progress.zip?.entry === 0) progress = (await nextArchivePiece(env, db, job, apiStaff, progress)).progress;
    await expect(nextArchivePiece(env, db, job, apiStaff, progress)).rejects.toThrow(
      "an entry's file is gone or changed",
    );
  });

  it("asking for a person's ZIP of 60 cases stays within the Free plan's 50 queries, and each case's log has it once", async () => {
    let first = "";
    for (let i = 0; i < 60; i++) {
      const base = validApplication();
      const application = { ...base, applicant: { ...base.applicant, name: "Lena Marsh", prisonNumber: "LM-60" } };
      const created = await expectJson(
        await postMultipart([{ name: "application", value: JSON.stringify(application) }]),
        201,
        shapes.createdCase,
      );
      first ||= created.id;
    }
    const { db, count } = countingDb(env.DB);
    const asked = await requestWith({ DB: db }, "/api/v1/exports", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${STAFF_TOKEN}` },
      body: JSON.stringify({ kind: "person", filters: { case: first } }),
    });
    const job = await expectJson(asked, 202, shapes.export);
    expect(count.statements).toBeLessThanOrEqual(50);
    const { job: ready } = await exportFileThroughApi("person", { case: first });
    expect(ready.rowsTotal).toBe(1);
    const logged = await env.DB.prepare(
      "SELECT count(*) AS n, count(DISTINCT case_id) AS cases FROM events WHERE type = 'viewed_by_staff' AND json_extract(data, '$.export') = ?",
    )
      .bind(job.id)
      .first<{ n: number; cases: number }>();
    expect(logged).toEqual({ n: 60, cases: 60 });
    // Once per export however often its first step runs, and a case erased meanwhile is left out.
    await recordArchiveRead(createDb(env), apiStaff, "person", [first, "erased-case"], job.id);
    expect(
      await env.DB.prepare(
        "SELECT count(*) AS n FROM events WHERE type = 'viewed_by_staff' AND json_extract(data, '$.export') = ?",
      )
        .bind(job.id)
        .first("n"),
    ).toBe(60);
  }, 300_000);

  it("files past what one ZIP can address are refused when asked for, streamed or in the background", async () => {
    const kase = await applyAs("Tove Berg");
    await env.DB.prepare("UPDATE attachments SET size = ? WHERE case_id = ?")
      .bind(ARCHIVE_MAX_BYTES + 1, kase.id)
      .run();
    const asked = await staffJson("/api/v1/exports", "POST", { kind: "case", filters: { case: kase.id } });
    await expectError(asked, 413, "payload_too_large");
    await expectError(await staffRequest(`/api/v1/cases/${kase.id}/export`), 413, "payload_too_large");
  }, 60_000);

  it("text with Unicode line separators comes out as it was sent, in a person's document as in a case's", async () => {
    const statement = "He was at work.\u2028The eyewitness was wrong.\u2029Ask the foreman.";
    const kase = await applyAs("Ines Holm", { innocenceStatement: statement });
    type Document = { case: { application: { claim: { innocenceStatement: string } } } };
    const documentOf = async (response: Response) => {
      await expectStatus(response, 200);
      const [first] = zipEntries(new Uint8Array(await response.arrayBuffer()));
      return JSON.parse(new TextDecoder().decode(first?.data));
    };
    const one: Document = await documentOf(await staffRequest(`/api/v1/cases/${kase.id}/export`));
    expect(one.case.application.claim.innocenceStatement).toBe(statement);
    const streamed: { cases: Document[] } = await documentOf(
      await staffRequest(`/api/v1/cases/${kase.id}/person/export`),
    );
    expect(streamed.cases[0]?.case.application.claim.innocenceStatement).toBe(statement);
    const { download } = await exportFileThroughApi("person", { case: kase.id });
    const background: { cases: Document[] } = await documentOf(download);
    expect(background.cases[0]?.case.application.claim.innocenceStatement).toBe(statement);
  }, 60_000);
});
