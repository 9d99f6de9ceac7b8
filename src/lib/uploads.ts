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

/** What one request may still store: shared by every file of an application. */
export class UploadBudget {
  files = 0;
  bytes = 0;
  constructor(readonly limits: UploadLimits) {}
}

/**
 * R2 needs a known length for each write, so a file is cut into equal parts (R2 requires every part
 * but the last to be the same size, and at least 5 MiB). Memory held per upload: one part.
 */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Streams one uploaded file to R2 under a server-generated key, checking its type by magic bytes
 * before anything is written and its size while it flows. On rejection nothing is left in R2.
 */
export async function storeUpload(
  bucket: R2Bucket,
  body: ReadableStream<Uint8Array>,
  rawFileName: string,
  budget: UploadBudget,
): Promise<StoredUpload> {
  const fileName = displayFileName(rawFileName);
  const { limits } = budget;
  if (budget.files >= limits.maxFiles) {
    await body.cancel();
    throw new UploadRejected("too_many_files", fileName);
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
  const r2: { upload: R2MultipartUpload | null; parts: R2UploadedPart[] } = { upload: null, parts: [] };

  const reject = async (reason: UploadRejection): Promise<never> => {
    await reader.cancel().catch(() => {});
    await r2.upload?.abort().catch(() => {});
    throw new UploadRejected(reason, fileName);
  };
  const detect = async () => detectFileType(pending.peek(FILE_TYPE_SNIFF_BYTES))?.mime ?? reject("type_not_allowed");
  const flushPart = async (part: Uint8Array) => {
    r2.upload ??= await bucket.createMultipartUpload(r2Key, {
      httpMetadata: { contentType: contentType ?? undefined },
    });
    r2.parts.push(await r2.upload.uploadPart(r2.parts.length + 1, part));
  };

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxFileBytes) await reject("file_too_large");
    if (budget.bytes + size > limits.maxApplicationBytes) await reject("application_too_large");
    await digestWriter.write(value);
    pending.push(value);
    whole.see(value);
    if (contentType === null && pending.byteLength >= FILE_TYPE_SNIFF_BYTES) contentType = await detect();
    while (pending.byteLength >= PART_BYTES) await flushPart(pending.take(PART_BYTES));
  }
  contentType ??= await detect();
  if (!whole.accepts(contentType)) await reject("type_not_allowed");

  if (r2.upload) {
    if (pending.byteLength > 0) await flushPart(pending.take(pending.byteLength));
    await r2.upload.complete(r2.parts);
  } else {
    await bucket.put(r2Key, pending.take(pending.byteLength), { httpMetadata: { contentType } });
  }
  await digestWriter.close();
  budget.files += 1;
  budget.bytes += size;
  return { id, r2Key, fileName, contentType, size, sha256: bytesToHex(await digest.digest) };
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
    return this.copy(Math.min(n, this.byteLength), false);
  }

  /** Removes and returns the first `n` bytes. */
  take(n: number): Uint8Array {
    return this.copy(n, true);
  }

  private copy(n: number, consume: boolean): Uint8Array {
    const out = new Uint8Array(n);
    let offset = 0;
    let index = 0;
    while (offset < n) {
      const chunk = this.chunks[index] as Uint8Array;
      const used = Math.min(chunk.byteLength, n - offset);
      out.set(chunk.subarray(0, used), offset);
      offset += used;
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
