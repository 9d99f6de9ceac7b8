import { crc32 } from "node:zlib";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { type ExportJob, findExportJob } from "../db/queries/exports";
import { type ExportProgress, exportJobs, type ZipProgress } from "../db/schema";
import { joinedBytes } from "../lib/bytes";
import type { Staff } from "../lib/staff-auth";
import { centralRecord, dataDescriptor, endOfDirectory, localHeader } from "../lib/zip";
import { exportFilterSchemas } from "../schemas/export";
import { discardExportFiles, startingProgress } from "./export-parts";
import {
  type ArchiveKind,
  archiveCases,
  archiveFiles,
  archiveNames,
  checkArchiveFits,
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
 * the document, one case at a time (loading and presenting a case is a few ms), then up to 4 MiB
 * of stored files (copying costs about 1 ms of CPU per MiB), read from R2 by range, each followed
 * by its CRC-32 and size; the last writes the central directory. Step outputs and the export's row
 * hold ids, sizes, offsets and CRCs: file names, which can be personal, are read from D1 by the
 * step that writes them.
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
    documentCases: 0,
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
    bytes: () => joinedBytes(pieces),
  };
}

/**
 * The archive's next bytes after `progress`: a case of the document, up to `ZIP_PIECE_BYTES` of
 * stored files, or, once every entry is written, the central directory.
 */
export async function nextArchivePiece(
  env: Env,
  db: Database,
  job: Archive,
  staff: Staff,
  progress: ExportProgress,
): Promise<{ bytes: Uint8Array; progress: ExportProgress }> {
  if (!progress.zip) throw new Error(`export ${job.id} has no archive progress`);
  const out = writer(progress.zip);
  const { zip } = out;
  const done = (finished = false) => ({
    bytes: out.bytes(),
    progress: { ...progress, rows: zip.entry, done: finished, zip },
  });
  const encode = (text: string) => new TextEncoder().encode(text);

  if (zip.entry === 0) {
    if (zip.starts.length === 0) {
      zip.starts.push(zip.written);
      out.write(localHeader(encode(documentName(job.kind))));
    }
    const subject = { kind: job.kind, exportedAt: job.createdAt, caseIds: zip.cases, elsewhere: zip.elsewhere };
    out.data(encode(await documentPart(env, db, staff, subject, zip.documentCases)));
    zip.documentCases += 1;
    if (zip.documentCases === zip.cases.length) {
      zip.entries[0] = { file: null, bytes: zip.at };
      out.endEntry();
    }
    return done();
  }

  if (zip.entry === zip.entries.length) {
    if (zip.directory === 0) zip.directoryStart = zip.written;
    const records = zip.entries.slice(zip.directory, zip.directory + NAMES_PER_STEP);
    const names = await archiveNames(
      db,
      job.kind,
      records.flatMap((entry) => (entry.file === null ? [] : [entry.file])),
    );
    for (const entry of records) {
      const name = entry.file === null ? documentName(job.kind) : names.get(entry.file)?.name;
      // A file erased since the archive began: the export fails rather than hold a nameless entry.
      if (name === undefined) throw new Error(`export ${job.id}: an entry's file is gone`);
      const i = zip.directory;
      out.write(centralRecord(encode(name), zip.crcs[i] ?? 0, entry.bytes, zip.starts[i] ?? 0));
      zip.directory += 1;
    }
    if (zip.directory < zip.entries.length) return done();
    out.write(endOfDirectory(zip.entries.length, zip.written - zip.directoryStart, zip.directoryStart));
    return done(true);
  }

  // The files this step may reach: at most as many as one statement reads the names of.
  const reachable = zip.entries.slice(zip.entry, zip.entry + NAMES_PER_STEP);
  const names = await archiveNames(
    db,
    job.kind,
    reachable.map((entry) => entry.file ?? ""),
  );
  const limit = zip.written + ZIP_PIECE_BYTES;
  for (const entry of reachable) {
    if (zip.written >= limit) break;
    const file = names.get(entry.file ?? "");
    if (!file) throw new Error(`export ${job.id}: an entry's file is gone`);
    if (zip.starts.length === zip.entry) {
      zip.starts.push(zip.written);
      out.write(localHeader(encode(file.name)));
    }
    const length = Math.min(entry.bytes - zip.at, Math.max(limit - zip.written, 0));
    if (length > 0) {
      const object = await env.ATTACHMENTS.get(file.r2Key, { range: { offset: zip.at, length } });
      const data = object ? new Uint8Array(await object.arrayBuffer()) : null;
      if (data?.byteLength !== length) throw new Error(`export ${job.id}: an entry's file is gone or shorter`);
      out.data(data);
    }
    if (zip.at < entry.bytes) break;
    out.endEntry();
  }
  return done();
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
      .set({ status: job.status === "ready" ? "expired" : "failed", finishedAt: new Date(), progress: null })
      .where(and(eq(exportJobs.id, job.id), eq(exportJobs.status, job.status)))
      .returning({ id: exportJobs.id });
    if (withdrawn) return discardExportFiles(env.ATTACHMENTS, job);
  }
}
