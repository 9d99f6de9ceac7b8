import { NonRetryableError } from "cloudflare:workflows";
import { crc32 } from "node:zlib";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { type ExportJob, findExportJob } from "../db/queries/exports";
import { type ExportProgress, exportJobs, type ZipProgress } from "../db/schema";
import { ApiError } from "../errors";
import { assertOrganization, type Staff } from "../lib/staff-auth";
import { centralRecord, dataDescriptor, endOfDirectory, localHeader } from "../lib/zip";
import { exportFilterSchemas } from "../schemas/export";
import { discardExportFiles, startingProgress } from "./export-parts";
import {
  type ArchiveKind,
  archiveCases,
  archiveFiles,
  archiveNames,
  checkArchiveFits,
  DOCUMENT_PARTS_PER_CASE,
  documentName,
  documentPart,
  recordArchiveRead,
  visibleCase,
} from "./subject-rights";

/**
 * A case's ZIP, or its person's, made in the background (`case` and `person` exports): the same
 * archive `GET /cases/{id}/export` streams (src/cases/subject-rights.ts), written a little per
 * step, since a step gets 10 ms of CPU on the Free plan. The first step lists the archive's cases
 * and files; then each step writes the archive's next bytes as a chunk (src/cases/export-parts.ts):
 * the document, each case's record and then its history a step each (`documentPart`), then up to
 * 4 MiB of stored files (copying costs about 1 ms of CPU per MiB), read from R2 by range, each
 * followed by its CRC-32 and size; the last steps write the central directory. Step outputs and
 * the export's row hold ids, sizes, offsets and CRCs: file names, which can be personal, are read
 * from D1 by the step that writes them.
 */

/** Bytes of stored files a step copies at most: about 4 ms, and under a part (5 MiB). */
export const ZIP_PIECE_BYTES = 4 * 1024 * 1024;

export const isArchive = (kind: ExportJob["kind"]): kind is ArchiveKind => kind === "case" || kind === "person";

type Archive = ExportJob & { kind: ArchiveKind };

/** Lists the archive's cases and files: nothing is in the archive yet. */
export async function beginArchive(db: Database, job: Archive, staff: Staff) {
  const { case: caseId } = exportFilterSchemas[job.kind].parse(job.filters);
  await visibleCase(db, staff, caseId);
  const { ids, elsewhere } = await archiveCases(db, staff, caseId, job.kind);
  const files = await archiveFiles(db, job.kind, ids);
  checkArchiveFits(files);
  await recordArchiveRead(db, staff, job.kind, ids, job.id);
  const zip: ZipProgress = {
    cases: ids,
    elsewhere,
    // The document's size is known once its last case is written.
    entries: [{ file: null, bytes: 0 }, ...files.map((file) => ({ file: file.id, bytes: file.bytes }))],
    documentParts: 0,
    entry: 0,
    at: 0,
    crc: 0,
    written: 0,
    starts: [],
    crcs: [],
    directory: 0,
    directoryStart: 0,
  };
  return { total: zip.entries.length, progress: { ...startingProgress(), zip } };
}

/** The archive's bytes being written in a step: `zip` is the progress after them. */
function writer(progress: ZipProgress) {
  const zip = { ...progress, entries: [...progress.entries], starts: [...progress.starts], crcs: [...progress.crcs] };
  const pieces: Uint8Array[] = [];
  const write = (bytes: Uint8Array) => {
    pieces.push(bytes);
    zip.written += bytes.byteLength;
  };
  return {
    zip,
    write,
    /** The current entry's data, its CRC carried on. */
    data(bytes: Uint8Array) {
      zip.crc = crc32(bytes, zip.crc);
      zip.at += bytes.byteLength;
      write(bytes);
    },
    /** Ends the current entry: its size and CRC after its data, and on to the next. */
    endEntry() {
      write(dataDescriptor(zip.crc, zip.at));
      zip.crcs.push(zip.crc);
      zip.entry += 1;
      zip.at = 0;
      zip.crc = 0;
    },
    pieces,
  };
}

/**
 * The archive's next bytes after `progress`: a part of the document, up to `ZIP_PIECE_BYTES` of
 * stored files, or up to NAMES_PER_STEP records of the central directory and, after the last, its end.
 */
export async function nextArchivePiece(
  env: Env,
  db: Database,
  job: Archive,
  staff: Staff,
  progress: ExportProgress,
): Promise<{ pieces: Uint8Array[]; progress: ExportProgress }> {
  if (!progress.zip) throw new Error(`export ${job.id} has no archive progress`);
  const out = writer(progress.zip);
  const { zip } = out;
  let finished = false;
  if (zip.entry === 0) await writeDocumentPart(env, db, job, staff, out);
  else if (zip.entry < zip.entries.length) await writeFiles(env, db, job, staff, out);
  else finished = await writeDirectory(db, job, staff, out);
  return { pieces: out.pieces, progress: { ...progress, rows: zip.entry, done: finished, zip } };
}

type Writer = ReturnType<typeof writer>;

const encode = (text: string) => new TextEncoder().encode(text);

/** The document's next part (after its header, on the first); the document ends with its last. */
async function writeDocumentPart(env: Env, db: Database, job: Archive, staff: Staff, out: Writer) {
  const { zip } = out;
  if (zip.starts.length === 0) {
    zip.starts.push(zip.written);
    out.write(localHeader(encode(documentName(job.kind))));
  }
  const subject = { kind: job.kind, exportedAt: job.createdAt, caseIds: zip.cases, elsewhere: zip.elsewhere };
  out.data(encode(await documentPart(env, db, staff, subject, zip.documentParts)));
  zip.documentParts += 1;
  if (zip.documentParts === zip.cases.length * DOCUMENT_PARTS_PER_CASE) {
    zip.entries[0] = { file: null, bytes: zip.at };
    out.endEntry();
  }
}

/** The stored files `entries` name, where R2 has them and as the archive names them, still the staff member's to take. */
async function filesOf(db: Database, job: Archive, staff: Staff, entries: ZipProgress["entries"]) {
  const ids = entries.flatMap((entry) => (entry.file === null ? [] : [entry.file]));
  const names = await archiveNames(db, job.kind, ids);
  return (entry: ZipProgress["entries"][number]) => {
    if (entry.file === null) return { r2Key: "", name: documentName(job.kind) };
    const file = names.get(entry.file);
    // A file erased since the archive began: the export fails rather than hold a nameless entry.
    if (!file) throw new Error(`export ${job.id}: an entry's file is gone`);
    assertOrganization(staff, file.organizationId);
    return file;
  };
}

/** Stored files from where the last step stopped, up to `ZIP_PIECE_BYTES`, each followed by its CRC and size. */
async function writeFiles(env: Env, db: Database, job: Archive, staff: Staff, out: Writer) {
  const { zip } = out;
  const reachable = zip.entries.slice(zip.entry, zip.entry + NAMES_PER_STEP);
  const fileOf = await filesOf(db, job, staff, reachable);
  const limit = zip.written + ZIP_PIECE_BYTES;
  for (const entry of reachable) {
    if (zip.written >= limit) break;
    const file = fileOf(entry);
    if (zip.starts.length === zip.entry) {
      zip.starts.push(zip.written);
      out.write(localHeader(encode(file.name)));
    }
    const length = Math.min(entry.bytes - zip.at, Math.max(limit - zip.written, 0));
    if (length > 0) {
      const object = await env.ATTACHMENTS.get(file.r2Key, { range: { offset: zip.at, length } });
      const data = object?.size === entry.bytes ? new Uint8Array(await object.arrayBuffer()) : null;
      if (data?.byteLength !== length) throw new Error(`export ${job.id}: an entry's file is gone or changed`);
      out.data(data);
    }
    if (zip.at < entry.bytes) break;
    out.endEntry();
  }
}

/** The central directory's next records; true once its end is written too. */
async function writeDirectory(db: Database, job: Archive, staff: Staff, out: Writer): Promise<boolean> {
  const { zip } = out;
  if (zip.directory === 0) zip.directoryStart = zip.written;
  const records = zip.entries.slice(zip.directory, zip.directory + NAMES_PER_STEP);
  const fileOf = await filesOf(db, job, staff, records);
  for (const entry of records) {
    const i = zip.directory;
    out.write(centralRecord(encode(fileOf(entry).name), zip.crcs[i] ?? 0, entry.bytes, zip.starts[i] ?? 0));
    zip.directory += 1;
  }
  if (zip.directory < zip.entries.length) return false;
  out.write(endOfDirectory(zip.entries.length, zip.written - zip.directoryStart, zip.directoryStart));
  return true;
}

/**
 * A refusal (the case is no longer the staff member's to take, or the files no longer fit one ZIP)
 * will not change on a retry: the export fails at once.
 */
export async function refusedForGood<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof ApiError ? new NonRetryableError(error.message) : error;
  }
}

/** Entries a step starts, or writes directory records of, at most: their names are read in one statement (D1 binds at most 100 parameters). */
const NAMES_PER_STEP = 90;

/**
 * Erasure of a case takes every ZIP that holds it, ready or being made: the export is `expired`
 * (ready) or `failed` (being made) and what it wrote goes now. A step still running finds it so
 * and its workflow removes anything written since; a run that completes the file meanwhile removes
 * it (src/cases/export-steps.ts).
 */
export async function withdrawArchivesOf(env: Env, db: Database, caseId: string): Promise<void> {
  const open = await db
    .select({ id: exportJobs.id, filters: exportJobs.filters, progress: exportJobs.progress })
    .from(exportJobs)
    .where(and(inArray(exportJobs.status, ["running", "ready"]), inArray(exportJobs.kind, ["case", "person"])));
  for (const job of open)
    if (job.filters.case === caseId || job.progress?.zip?.cases.includes(caseId)) await withdrawExport(env, db, job.id);
}

/** One export withdrawn: compare-and-set on the status it has now, read again if it changed meanwhile. */
async function withdrawExport(env: Env, db: Database, exportId: string) {
  for (;;) {
    const job = await findExportJob(db, exportId);
    if (job?.status !== "running" && job?.status !== "ready") return;
    const [withdrawn] = await db
      .update(exportJobs)
      .set(
        job.status === "ready"
          ? { status: "expired", progress: null }
          : { status: "failed", finishedAt: new Date(), progress: null },
      )
      .where(and(eq(exportJobs.id, job.id), eq(exportJobs.status, job.status)))
      .returning({ id: exportJobs.id });
    if (withdrawn) return discardExportFiles(env.ATTACHMENTS, job);
  }
}
