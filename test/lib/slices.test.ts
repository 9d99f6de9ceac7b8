import { describe, expect, it } from "vitest";
import { inSlices } from "../../src/lib/slices";
import { byteStream, bytes } from "../bytes";

/** A byte stream handing over `data` in pieces of `piece` bytes, as a network body does. */
function arriving(data: Uint8Array, piece: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: "bytes",
    pull(controller) {
      if (at >= data.byteLength) return controller.close();
      controller.enqueue(data.slice(at, at + piece));
      at += piece;
    },
  });
}

async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe("a byte stream in slices", () => {
  it("hands over every byte in order, no slice larger than asked", async () => {
    const data = new Uint8Array(10_000).map((_, i) => (i * 13) & 0xff);
    const chunks = await chunksOf(inSlices(arriving(data, 700), 4096));
    expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThanOrEqual(4096);
    expect(bytes(...chunks)).toEqual(data);
  });

  it("reads together what has queued up", async () => {
    const data = new Uint8Array(10_000).fill(7);
    const queued = byteStream(...Array.from({ length: 10 }, (_, i) => data.slice(i * 1000, (i + 1) * 1000)));
    const sizes = (await chunksOf(inSlices(queued, 4096))).map((c) => c.byteLength);
    expect(sizes.length).toBeLessThan(10);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it("waits for whole slices when asked to, the last one shorter", async () => {
    const data = new Uint8Array(10_000).map((_, i) => (i * 13) & 0xff);
    const chunks = await chunksOf(inSlices(arriving(data, 700), 4096, 4096));
    expect(chunks.map((c) => c.byteLength)).toEqual([4096, 4096, 1808]);
    expect(bytes(...chunks)).toEqual(data);
  });

  it("ends at once on an empty stream", async () => {
    expect(await chunksOf(inSlices(arriving(new Uint8Array(0), 10), 64))).toEqual([]);
  });

  it('leaves a stream made without `type: "bytes"` as it is', async () => {
    const plain = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.close();
      },
    });
    expect(inSlices(plain, 64)).toBe(plain);
  });
});
