import { describe, expect, it } from "vitest";
import { zipStream } from "../../src/lib/zip";
import { unzip } from "../security/case-rows";

const text = (value: string) => new TextEncoder().encode(value);

/** A byte stream, as an R2 object's body is, handing over `chunks` one by one. */
function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    type: "bytes",
    start(controller) {
      for (const chunk of chunks) if (chunk.byteLength > 0) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** CRC-32 the textbook way, a bit at a time: a reference apart from the code under test. */
function referenceCrc(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Each entry's CRC-32 as the central directory records it, by name. */
function recordedCrcs(bytes: Uint8Array): Record<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  let at = view.getUint32(end + 16, true);
  const crcs: Record<string, number> = {};
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    crcs[new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))] = view.getUint32(at + 16, true);
    at += 46 + nameLength;
  }
  return crcs;
}

describe("a streamed ZIP", () => {
  it("records each entry's CRC-32, across the chunks it came in (known answers)", async () => {
    // Larger than the slices a file is read in, handed over in small uneven chunks.
    const large = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 7 + (i >> 10)) & 0xff);
    const pieces = Array.from({ length: Math.ceil(large.byteLength / 3001) }, (_, i) =>
      large.slice(i * 3001, (i + 1) * 3001),
    );
    const bytes = new Uint8Array(
      await new Response(
        zipStream([
          { name: "check.txt", data: text("123456789") },
          { name: "chunked.txt", data: streamOf(text("12345"), text(""), text("6789")) },
          { name: "large.bin", data: streamOf(...pieces) },
          { name: "empty.txt", data: text("") },
          { name: "fox.txt", data: text("The quick brown fox jumps over the lazy dog") },
        ]),
      ).arrayBuffer(),
    );
    expect(recordedCrcs(bytes)).toEqual({
      "check.txt": 0xcbf43926,
      "chunked.txt": 0xcbf43926,
      "empty.txt": 0,
      "fox.txt": 0x414fa339,
      "large.bin": referenceCrc(large),
    });
    const entries = unzip(bytes);
    expect(new TextDecoder().decode(entries.get("chunked.txt"))).toBe("123456789");
    expect(entries.get("large.bin")).toEqual(large);
  });
});
