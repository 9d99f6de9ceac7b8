import type { ExportProgress } from "../db/schema";
import { sendStreamed } from "../lib/bytes";

/**
 * An export's file is written to R2 as a multipart upload across workflow steps, each small.
 * R2 wants every part but the last to be the same size, at least 5 MiB, and the last no larger,
 * while a step writes a page of rows (about 90 KB). So each page is stored as a chunk object of
 * its own, and once the chunks not yet sent hold a part's worth, a step reads exactly that many
 * bytes of them (the last one in part, by range) and uploads them as the next part; the rest of
 * that chunk goes into the part after. The last step sends what is left as the last part and
 * completes the upload. Every step is idempotent: a retry writes the same chunk key, uploads the
 * same part number again, or finds the file complete. Nothing here knows what the bytes are.
 */

/** The size of every part but the last: R2's minimum, which keeps a part step small. */
export const PART_BYTES = 5 * 1024 * 1024;

export const chunkKey = (exportId: string, n: number) => `exports/${exportId}/chunks/${n}`;

export function startingProgress(): ExportProgress {
  return { rows: 0, cursor: null, done: false, chunks: 0, pending: [], offset: 0, parts: [] };
}

/** Bytes written as chunks and not yet sent in a part. */
export function pendingBytes(progress: ExportProgress): number {
  return progress.pending.reduce((sum, chunk) => sum + chunk.bytes, 0) - progress.offset;
}

/** Stores `pieces`, in order, as the next chunk. */
export async function writeChunk(
  bucket: R2Bucket,
  exportId: string,
  progress: ExportProgress,
  pieces: Uint8Array[],
): Promise<ExportProgress> {
  const bytes = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
  if (bytes === 0) return progress;
  const n = progress.chunks;
  await sendStreamed(bytes, pieces, (body) => bucket.put(chunkKey(exportId, n), body));
  return { ...progress, chunks: n + 1, pending: [...progress.pending, { n, bytes }] };
}

/**
 * Uploads the next part: the first `size` pending bytes, in order, piped chunk by chunk from R2 to
 * R2 (`sendStreamed`), so that they never pass through JavaScript.
 */
export async function writePart(
  bucket: R2Bucket,
  file: { exportId: string; r2Key: string; uploadId: string },
  progress: ExportProgress,
  size = PART_BYTES,
): Promise<ExportProgress> {
  const pending = [...progress.pending];
  let offset = progress.offset;
  const ranges: { n: number; offset: number; length: number }[] = [];
  for (let planned = 0; planned < size; ) {
    const chunk = pending[0];
    if (!chunk) throw new Error(`export ${file.exportId}: fewer pending bytes than a part`);
    const length = Math.min(chunk.bytes - offset, size - planned);
    ranges.push({ n: chunk.n, offset, length });
    planned += length;
    offset += length;
    if (offset === chunk.bytes) {
      pending.shift();
      offset = 0;
    }
  }
  async function* chunkBodies() {
    for (const range of ranges) {
      const object = await bucket.get(chunkKey(file.exportId, range.n), { range });
      if (!object) throw new Error(`export ${file.exportId}: chunk ${range.n} is missing`);
      yield object.body;
    }
  }
  const partNumber = progress.parts.length + 1;
  const upload = bucket.resumeMultipartUpload(file.r2Key, file.uploadId);
  const part = await sendStreamed(size, chunkBodies(), (body) => upload.uploadPart(partNumber, body));
  return { ...progress, pending, offset, parts: [...progress.parts, { partNumber, etag: part.etag }] };
}

/** Sends what is pending as the last part and completes the file; returns its size in bytes. */
export async function completeFile(
  bucket: R2Bucket,
  file: { exportId: string; r2Key: string; uploadId: string },
  progress: ExportProgress,
): Promise<number> {
  // A retry of a step that completed the upload finds the file there.
  const done = await bucket.head(file.r2Key);
  if (done) return done.size;
  const rest = pendingBytes(progress);
  const last = rest > 0 ? await writePart(bucket, file, progress, rest) : progress;
  const object = await bucket.resumeMultipartUpload(file.r2Key, file.uploadId).complete(last.parts);
  return object.size;
}

/**
 * Removes an export's chunk objects: all of them, listed, so that a chunk a failed step wrote
 * before it could record it goes too.
 */
export async function removeChunks(bucket: R2Bucket, exportId: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const listed = await bucket.list({ prefix: `exports/${exportId}/chunks/`, cursor });
    if (listed.objects.length > 0) await bucket.delete(listed.objects.map((object) => object.key));
    cursor = listed.truncated ? listed.cursor : undefined;
  } while (cursor);
}

/**
 * Everything an export wrote to R2: its upload (aborted if still open), its file and its chunks.
 * For an export that failed, expired or was withdrawn; each part is idempotent.
 */
export async function discardExportFiles(
  bucket: R2Bucket,
  job: { id: string; r2Key: string; uploadId: string | null },
): Promise<void> {
  // R2 refuses to abort an upload that is complete or gone; the bucket's lifecycle rule is the backstop.
  if (job.uploadId)
    await bucket
      .resumeMultipartUpload(job.r2Key, job.uploadId)
      .abort()
      .catch(() => undefined);
  await bucket.delete(job.r2Key);
  await removeChunks(bucket, job.id);
}
