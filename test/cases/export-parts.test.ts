import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  chunkKey,
  completeFile,
  PART_BYTES,
  startingProgress,
  writeChunk,
  writePart,
} from "../../src/cases/export-parts";
import { joinedBytes } from "../../src/lib/bytes";

/** `n` bytes that say where they are, so a byte out of place shows. */
function bytes(n: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) % 251);
}

async function startFile(exportId: string) {
  const r2Key = `exports/${exportId}/file`;
  const { uploadId } = await env.ATTACHMENTS.createMultipartUpload(r2Key);
  return { exportId, r2Key, uploadId };
}

describe("an export's parts, streamed to R2 from its chunks", () => {
  it("a part cut across chunks, and the last part, hold every byte in order", async () => {
    const file = await startFile("parts-order");
    const written = [bytes(3 * 1024 * 1024, 1), bytes(3 * 1024 * 1024, 2), bytes(1024, 3)];
    let progress = startingProgress();
    for (const chunk of written) progress = await writeChunk(env.ATTACHMENTS, file.exportId, progress, [chunk]);
    progress = await writePart(env.ATTACHMENTS, file, progress);
    expect(progress.parts).toHaveLength(1);
    expect(progress.offset).toBe(PART_BYTES - 3 * 1024 * 1024);
    const size = await completeFile(env.ATTACHMENTS, file, progress);
    const object = await env.ATTACHMENTS.get(file.r2Key);
    if (!object) throw new Error("the file was not completed");
    const expected = joinedBytes(written);
    expect(size).toBe(expected.byteLength);
    expect(new Uint8Array(await object.arrayBuffer())).toEqual(expected);
  });

  it("a chunk gone from R2 fails the part, naming the chunk", async () => {
    const file = await startFile("parts-missing");
    let progress = startingProgress();
    for (const seed of [1, 2])
      progress = await writeChunk(env.ATTACHMENTS, file.exportId, progress, [bytes(3 * 1024 * 1024, seed)]);
    await env.ATTACHMENTS.delete(chunkKey(file.exportId, 1));
    await expect(writePart(env.ATTACHMENTS, file, progress)).rejects.toThrow("chunk 1 is missing");
  });
});
