import { env } from "cloudflare:workers";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { beginExportRun, failExport, finishExport } from "../../src/cases/export-steps";
import { createDb } from "../../src/db/client";
import { findExportJob } from "../../src/db/queries/exports";
import {
  accessRequest,
  addStaffMember,
  countRows,
  files,
  postMultipart,
  r2Keys,
  staffJson,
  staffRequest,
  validApplication,
  waitForReviewRequest,
  waitUntil,
} from "../helpers";
import { expectError, expectJson, expectStatus, shapes } from "../http";
import { zipEntries } from "../security/case-rows";
import { exportFileThroughApi, exportFileThroughPages } from "./exporting";

/**
 * A case's ZIP, and its person's, made in the background (src/cases/export-zip.ts) from the case
 * page or `POST /exports`: at the tests' largest application (12 MiB), across several steps, R2
 * parts and workflow runs, and the same archive `GET /cases/{id}/export` streams.
 */

const MiB = 1024 * 1024;

/** A PDF of `size` bytes whose body is random, so that a byte out of place shows. */
function randomPdf(size: number): Uint8Array {
  const bytes = files.bigPdf(size);
  for (let at = 16; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
  return bytes;
}

type Sent = { filename: string; content: Uint8Array };

/** An application about `name` with `sent` as its files; the case it made, once it sits still in review. */
async function applyWith(name: string, sent: Sent[]) {
  const base = validApplication();
  const application = { ...base, applicant: { ...base.applicant, name, prisonNumber: `P-${name}` } };
  const response = await postMultipart([
    { name: "application", value: JSON.stringify(application) },
    ...sent.map((file) => ({ name: "attachments", type: "application/pdf", ...file })),
  ]);
  const created = await expectJson(response, 201, shapes.createdCase);
  await waitForReviewRequest(created.id);
  return created;
}

/** The tests' largest application: two files, 11.9 MiB, one over a ZIP step's 4 MiB and an R2 part's 5 MiB. */
const largestFiles = (): Sent[] => [
  { filename: "trial-transcript.pdf", content: randomPdf(7 * MiB + 3) },
  { filename: "police-report.pdf", content: randomPdf(4.9 * MiB) },
];

type Archive = { document: Record<string, unknown>; files: Map<string, Uint8Array>; names: string[] };

/** A downloaded ZIP, every entry's CRC checked against its bytes. */
async function readArchive(response: Response, documentName: string): Promise<Archive> {
  await expectStatus(response, 200);
  expect(response.headers.get("Content-Type")).toBe("application/zip");
  const entries = zipEntries(new Uint8Array(await response.arrayBuffer()));
  for (const entry of entries) expect(entry.crc, entry.name).toBe(crc32(entry.data));
  const [first, ...rest] = entries;
  expect(first?.name).toBe(documentName);
  return {
    document: JSON.parse(new TextDecoder().decode(first?.data)),
    files: new Map(rest.map((entry) => [entry.name, entry.data])),
    names: entries.map((entry) => entry.name),
  };
}

/** Each file the archive holds, by its name without the `<id>-` the archive gives it. */
function byFileName(archive: Archive): Map<string, Uint8Array> {
  return new Map(
    [...archive.files].map(([name, data]) => [name.replace(/attachments\/[0-9a-f-]+-/, "attachments/"), data]),
  );
}

const exportKeys = async (exportId: string) => (await r2Keys()).filter((key) => key.startsWith(`exports/${exportId}/`));

describe("a case's ZIP made in the background", () => {
  it("the case page's button makes the largest case's ZIP, byte for byte what the API streams", async () => {
    const sent = largestFiles();
    const kase = await applyWith("Nora Quill", sent);
    const page = await (await staffRequest(`/staff/cases/${kase.id}`)).text();
    expect(page).toContain('<input type="hidden" name="kind" value="case"/>');

    const made = await exportFileThroughPages({ kind: "case", case: kase.id });
    expect(made.download.headers.get("Content-Disposition")).toBe(`attachment; filename*=UTF-8''${kase.reference}.zip`);
    const background = await readArchive(made.download, "case.json");
    expect([...byFileName(background).keys()].sort()).toEqual(sent.map((f) => `attachments/${f.filename}`).sort());
    for (const file of sent)
      expect(byFileName(background).get(`attachments/${file.filename}`), file.filename).toEqual(file.content);
    expect(made.progress.at(-1)).toMatch(/^Ready: 3 files, 11\.9 MiB\.$/);
    for (const line of made.progress.slice(0, -1))
      expect(line).toMatch(/^(Listing the files…|Preparing: [0-3] of 3 files written\.)$/);
    // What the workflow wrote besides the file (its chunks, the document) is gone.
    expect(await exportKeys(made.id)).toEqual([`exports/${made.id}/${kase.reference}.zip`]);

    const streamed = await readArchive(await staffRequest(`/api/v1/cases/${kase.id}/export`), "case.json");
    expect(streamed.names).toEqual(background.names);
    expect(streamed.files).toEqual(background.files);
    expect(streamed.document.case).toEqual(background.document.case);
    expect(streamed.document.notifications).toEqual(background.document.notifications);
    // Each export is in the log the next one holds: the streamed one has one more event.
    const events = (archive: Archive) => archive.document.events as unknown[];
    expect(events(streamed).slice(0, -1)).toEqual(events(background));
    expect(
      await countRows(
        "events",
        "case_id = ? AND type = 'viewed_by_staff' AND json_extract(data, '$.view') = 'export'",
        kase.id,
      ),
    ).toBe(2);
  }, 120_000);

  it("a person's ZIP of three of the largest cases hands over between workflow runs and keeps every byte", async () => {
    const sent = [largestFiles(), largestFiles(), largestFiles()];
    const cases = [];
    for (const one of sent) cases.push(await applyWith("Ezra Pike", one));
    const { job, download } = await exportFileThroughApi("person", { case: cases[0]?.id ?? "" });
    expect(job).toMatchObject({ kind: "person", rowsTotal: 7, rowsDone: 7 });
    // 36 MiB take more steps than a run of the tests' 16 may have: a second run finished it.
    await expect(env.EXPORT_JOB.get(`${job.id}-2`)).resolves.toBeDefined();
    const archive = await readArchive(download, "person.json");
    expect((archive.document.cases as { case: { id: string } }[]).map((c) => c.case.id)).toEqual(
      cases.map((c) => c.id),
    );
    const got = byFileName(archive);
    expect(got.size).toBe(6);
    cases.forEach((kase, i) => {
      for (const file of sent[i] ?? [])
        expect(got.get(`${kase.reference}/attachments/${file.filename}`), file.filename).toEqual(file.content);
    });
    expect(job.bytes).toBeGreaterThan(3 * 11.9 * MiB);
  }, 240_000);

  it("erasing a case takes its ZIPs: a ready one at once, one being made before it is finished", async () => {
    const small = await applyWith("Iris Vale", [{ filename: "letter.pdf", content: files.pdf() }]);
    const { job: ready } = await exportFileThroughApi("case", { case: small.id });
    expect(await exportKeys(ready.id)).toHaveLength(1);
    await expectStatus(await staffJson(`/api/v1/cases/${small.id}/erase`, "POST", { confirm: small.reference }), 200);
    expect(await expectJson(await staffRequest(`/api/v1/exports/${ready.id}`), 200, shapes.export)).toMatchObject({
      status: "expired",
      file: null,
    });
    await expectError(await staffRequest(`/api/v1/exports/${ready.id}/file`), 410, "gone");
    expect(await exportKeys(ready.id)).toEqual([]);

    const large = await applyWith("Otto Brand", largestFiles());
    const asked = await staffJson("/api/v1/exports", "POST", { kind: "person", filters: { case: large.id } });
    const running = await expectJson(asked, 202, shapes.export);
    await expectStatus(await staffJson(`/api/v1/cases/${large.id}/erase`, "POST", { confirm: large.reference }), 200);
    expect(await expectJson(await staffRequest(`/api/v1/exports/${running.id}`), 200, shapes.export)).toMatchObject({
      status: "failed",
    });
    const instance = await env.EXPORT_JOB.get(running.id);
    await waitUntil(
      "the export's run to stop",
      async () => (["errored", "complete"].includes((await instance.status()).status) ? true : null),
      60_000,
    );
    expect(await exportKeys(running.id)).toEqual([]);
    await expectError(await staffRequest(`/api/v1/exports/${running.id}/file`), 409, "conflict");
  }, 120_000);

  it("a run that starts after its ZIP was withdrawn removes what a step still wrote", async () => {
    const kase = await applyWith("Lars Ek", [{ filename: "letter.pdf", content: files.pdf() }]);
    const { job } = await exportFileThroughApi("case", { case: kase.id });
    await expectStatus(await staffJson(`/api/v1/cases/${kase.id}/erase`, "POST", { confirm: kase.reference }), 200);
    expect(await exportKeys(job.id)).toEqual([]);
    // What a step writing at that moment would leave: the next run's first step takes it.
    await env.ATTACHMENTS.put(`exports/${job.id}/chunks/7`, new Uint8Array(16));
    await expect(beginExportRun(env, createDb(env), job.id)).resolves.toBeNull();
    expect(await exportKeys(job.id)).toEqual([]);
  }, 60_000);

  it("a retried finish, or a failure after it, leaves a ready ZIP ready and its file in place", async () => {
    const kase = await applyWith("Ada Lund", [{ filename: "letter.pdf", content: files.pdf() }]);
    const { job } = await exportFileThroughApi("case", { case: kase.id });
    const db = createDb(env);
    const row = await findExportJob(db, job.id);
    if (!row?.progress) throw new Error("the ready export has no progress");
    await expect(finishExport(env, db, job.id, row.progress)).resolves.toEqual({ rows: 2, bytes: job.bytes });
    await failExport(env, db, job.id);
    expect(await expectJson(await staffRequest(`/api/v1/exports/${job.id}`), 200, shapes.export)).toMatchObject({
      status: "ready",
    });
    expect(await exportKeys(job.id)).toEqual([row.r2Key]);
  }, 60_000);

  it("only staff who may see the case get its ZIP; each ask is in the case's log, once", async () => {
    const kase = await applyWith("Hana Roe", [{ filename: "letter.pdf", content: files.pdf() }]);
    await addStaffMember("uk-zip@demo-uk.example.org", "org-demo-uk");
    const other = await accessRequest("uk-zip@demo-uk.example.org", "/api/v1/exports", "POST", {
      kind: "case",
      filters: { case: kase.id },
    });
    await expectError(other, 403, "forbidden");
    const unknown = await staffJson("/api/v1/exports", "POST", { kind: "person", filters: { case: "no-such-case" } });
    await expectError(unknown, 404, "not_found");
    await expectError(
      await staffJson("/api/v1/exports", "POST", { kind: "case", filters: {} }),
      400,
      "invalid_request",
    );
    expect(await countRows("export_jobs", "json_extract(filters, '$.case') = ?", kase.id)).toBe(0);
    expect(await countRows("events", "case_id = ? AND type = 'viewed_by_staff'", kase.id)).toBe(0);

    await addStaffMember("pa-zip@demo-pa.example.org", "org-demo-pa");
    const own = await accessRequest("pa-zip@demo-pa.example.org", "/api/v1/exports", "POST", {
      kind: "person",
      filters: { case: kase.id },
    });
    const job = await expectJson(own, 202, shapes.export);
    // The export's first step writes it into the log of each case it holds, once.
    const logged =
      "case_id = ? AND type = 'viewed_by_staff' AND actor LIKE 'staff:%' AND json_extract(data, '$.view') = 'person-export' AND json_extract(data, '$.export') = ?";
    await waitUntil("the ask in the case's log", async () =>
      (await countRows("events", logged, kase.id, job.id)) > 0 ? true : null,
    );
    await exportFileThroughApi("person", { case: kase.id });
    expect(await countRows("events", logged, kase.id, job.id)).toBe(1);
    // Their organization's staff may download it; another organization's may not see it.
    const uk = await accessRequest("uk-zip@demo-uk.example.org", `/api/v1/exports/${job.id}`);
    await expectError(uk, 403, "forbidden");
  }, 60_000);
});
