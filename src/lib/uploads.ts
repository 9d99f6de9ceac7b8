import { eq } from "drizzle-orm";
import { createDb } from "../db/client";
import { uploadJournal } from "../db/schema";
import { joinedBytes, sendStreamed } from "./bytes";
import { bytesToHex } from "./crypto";
import { detectFileType, FILE_TYPE_SNIFF_BYTES, WholeFileCheck } from "./file-type";
import { newId } from "./ids";

export type UploadLimits = { maxFileBytes: number; maxApplicationBytes: number; maxFiles: number };

export function uploadLimits(env: Pick<Env, "MAX_FILE_BYTES" | "MAX_APPLICATION_BYTES" | "MAX_FILES">): UploadLimits {
  return {
    maxFileBytes: Number(env.MAX_FILE_BYTES),
    maxApplicationBytes: Number(env.MAX_APPLICATION_BYTES),
    maxFiles: Number(env.MAX_FILES),
  };
}

export type StoredUpload = {
  id: string;
  r2Key: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
};

export type UploadRejection = "type_not_allowed" | "file_too_large" | "too_many_files" | "application_too_large";

export class UploadRejected extends Error {
  constructor(
    readonly reason: UploadRejection,
    readonly fileName: string,
  ) {
    super(reason);
    this.name = "UploadRejected";
  }
}

/** Files and bytes counted against an application's limits. */
export type Spent = { files: number; bytes: number };

/**
 * What one application may still store: shared by every file of it, and starting from what it
 * already holds (files kept from an earlier try of the same form), so limits hold across retries.
 */
export class UploadBudget {
  files: number;
  bytes: number;
  constructor(
    readonly limits: UploadLimits,
    already: Spent = { files: 0, bytes: 0 },
  ) {
    this.files = already.files;
    this.bytes = already.bytes;
  }

  /** Why one more file of `size` bytes would break a limit, or null when it fits. */
  refusal(size: number): UploadRejection | null {
    if (this.files >= this.limits.maxFiles) return "too_many_files";
    if (size > this.limits.maxFileBytes) return "file_too_large";
    if (this.bytes + size > this.limits.maxApplicationBytes) return "application_too_large";
    return null;
  }

  add(size: number) {
    this.files += 1;
    this.bytes += size;
  }
}

/**
 * Counts files already stored against the budget, in order: those that fit are counted, the rest
 * are refused (their owner removes them). Used when what an application held was only known after
 * its files had streamed in.
 */
export function admitStored<T extends { fileName: string; size: number }>(
  budget: UploadBudget,
  stored: T[],
): { admitted: T[]; refused: { file: T; rejection: UploadRejected }[] } {
  const admitted: T[] = [];
  const refused: { file: T; rejection: UploadRejected }[] = [];
  for (const file of stored) {
    const reason = budget.refusal(file.size);
    if (reason) refused.push({ file, rejection: new UploadRejected(reason, file.fileName) });
    else {
      budget.add(file.size);
      admitted.push(file);
    }
  }
  return { admitted, refused };
}

/** What storing uploads needs: the bucket, and D1 for the journal of multipart uploads in flight. */
export type UploadBindings = Pick<Env, "ATTACHMENTS" | "DB">;

/**
 * R2 needs a known length for each write, so a file is cut into equal parts (R2 requires every part
 * but the last to be the same size, and at least 5 MiB). Memory held per upload: one part.
 */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Streams one uploaded file to R2 under a server-generated key, checking its type by magic bytes
 * before anything is written and its size while it flows. On rejection, and on any failure of the
 * stream or of R2 (a client that goes away mid-file), nothing is left in R2: a multipart upload is
 * aborted, and one the worker cannot abort (it was stopped) stays in the journal for the daily job.
 */
export async function storeUpload(
  env: UploadBindings,
  body: ReadableStream<Uint8Array>,
  rawFileName: string,
  budget: UploadBudget,
): Promise<StoredUpload> {
  const fileName = displayFileName(rawFileName);
  const full = budget.refusal(0);
  if (full) {
    await body.cancel();
    throw new UploadRejected(full, fileName);
  }

  const id = newId();
  const r2Key = `attachments/${id}`;
  const reader = body.getReader();
  const digest = new crypto.DigestStream("SHA-256");
  const digestWriter = digest.getWriter();
  const pending = new ChunkQueue();
  const whole = new WholeFileCheck();
  let size = 0;
  let contentType: string | null = null;
  const r2: { upload: R2MultipartUpload | null; parts: R2UploadedPart[]; completed: boolean } = {
    upload: null,
    parts: [],
    completed: false,
  };
  const detect = () => {
    const mime = detectFileType(pending.peek(FILE_TYPE_SNIFF_BYTES))?.mime;
    if (!mime) throw new UploadRejected("type_not_allowed", fileName);
    return mime;
  };
  const sendPart = async (length: number) => {
    r2.upload ??= await startJournaledUpload(env, r2Key, contentType);
    const { upload, parts } = r2;
    const partNumber = parts.length + 1;
    parts.push(await sendStreamed(length, pending.takeChunks(length), (body) => upload.uploadPart(partNumber, body)));
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      const over = budget.refusal(size);
      if (over) throw new UploadRejected(over, fileName);
      await digestWriter.write(value);
      pending.push(value);
      whole.see(value);
      if (contentType === null && pending.byteLength >= FILE_TYPE_SNIFF_BYTES) contentType = detect();
      while (pending.byteLength >= PART_BYTES) await sendPart(PART_BYTES);
    }
    contentType ??= detect();
    if (!whole.accepts(contentType)) throw new UploadRejected("type_not_allowed", fileName);
    if (r2.upload) {
      if (pending.byteLength > 0) await sendPart(pending.byteLength);
      await r2.upload.complete(r2.parts);
      r2.completed = true;
      await closeJournal(env, r2Key);
    } else {
      const length = pending.byteLength;
      const httpMetadata = { contentType };
      await sendStreamed(length, pending.takeChunks(length), (body) =>
        env.ATTACHMENTS.put(r2Key, body, { httpMetadata }),
      );
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    if (r2.upload) await cancelJournaledUpload(env, r2.upload, r2.completed);
    throw error;
  }
  await digestWriter.close();
  budget.add(size);
  return { id, r2Key, fileName, contentType, size, sha256: bytesToHex(await digest.digest) };
}

/** Starts a multipart upload and records it in the journal before any part is sent. */
async function startJournaledUpload(
  env: UploadBindings,
  r2Key: string,
  contentType: string | null,
): Promise<R2MultipartUpload> {
  const upload = await env.ATTACHMENTS.createMultipartUpload(r2Key, {
    httpMetadata: { contentType: contentType ?? undefined },
  });
  try {
    await createDb(env).insert(uploadJournal).values({ r2Key, uploadId: upload.uploadId });
  } catch (error) {
    // Unrecorded, it must not stay open: nothing would ever find it again.
    await upload.abort().catch(() => {});
    throw error;
  }
  return upload;
}

async function closeJournal(env: UploadBindings, r2Key: string): Promise<void> {
  await createDb(env).delete(uploadJournal).where(eq(uploadJournal.r2Key, r2Key));
}

/**
 * Undoes a multipart upload that failed part-way (or whose journal could not be closed after it
 * completed). Its journal row goes only once R2 has let go of it, so whatever fails here is left for
 * the daily job; the error that brought us here is the one the caller sees.
 */
async function cancelJournaledUpload(env: UploadBindings, upload: R2MultipartUpload, completed: boolean) {
  try {
    if (completed) await env.ATTACHMENTS.delete(upload.key);
    else await upload.abort();
    await closeJournal(env, upload.key);
  } catch {
    // Left in the journal: `sweepUploadJournal` retries it a day later.
  }
}

/** Incoming chunks held until a whole part can be cut from them, without re-copying on every chunk. */
class ChunkQueue {
  private chunks: Uint8Array[] = [];
  byteLength = 0;

  push(chunk: Uint8Array) {
    this.chunks.push(chunk);
    this.byteLength += chunk.byteLength;
  }

  /** The first `n` bytes (or all there are), left in the queue. */
  peek(n: number): Uint8Array {
    return joinedBytes(this.views(Math.min(n, this.byteLength), false));
  }

  /** Removes the first `n` bytes and returns them as the chunks they came in (the last one cut), uncopied. */
  takeChunks(n: number): Uint8Array[] {
    return this.views(n, true);
  }

  /** The first `n` bytes as views of the queued chunks; `consume` removes them from the queue. */
  private views(n: number, consume: boolean): Uint8Array[] {
    const out: Uint8Array[] = [];
    let left = n;
    let index = 0;
    while (left > 0) {
      const chunk = this.chunks[index] as Uint8Array;
      const used = Math.min(chunk.byteLength, left);
      out.push(chunk.subarray(0, used));
      left -= used;
      if (!consume) index += 1;
      else if (used === chunk.byteLength) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(used);
    }
    if (consume) this.byteLength -= n;
    return out;
  }
}

// Control characters break headers and logs; bidirectional controls (overrides, embeddings,
// isolates and marks) let `invoice\u202Efdp.exe` read as `invoiceexe.pdf`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_FILE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The uploader's file name, for display only: no path, no control or direction characters. */
export function displayFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(UNSAFE_FILE_NAME_CHARS, "").trim().replace(/^\.+/, "");
  // Cut by code point: half a surrogate pair would make the name unencodable in Content-Disposition.
  const short = Array.from(cleaned).slice(0, 200).join("");
  return short === "" ? "file" : short;
}
