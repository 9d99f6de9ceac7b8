import { describe, expect, it } from "vitest";
import { zipStream } from "../../src/lib/zip";
import { byteStream, bytes } from "../bytes";
import { zipEntries } from "../security/case-rows";

/** CRC-32 the textbook way, a bit at a time: a reference apart from the code under test. */
function referenceCrc(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe("a streamed ZIP", () => {
  it("records each entry's CRC-32, across the chunks it came in (known answers)", async () => {
    // Larger than the slices a file is read in, handed over in small uneven chunks.
    const large = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 7 + (i >> 10)) & 0xff);
    const pieces = Array.from({ length: Math.ceil(large.byteLength / 3001) }, (_, i) =>
      large.slice(i * 3001, (i + 1) * 3001),
    );
    const zip = new Uint8Array(
      await new Response(
        zipStream([
          { name: "check.txt", data: bytes("123456789") },
          { name: "chunked.txt", data: byteStream(bytes("12345"), bytes(""), bytes("6789")) },
          { name: "large.bin", data: byteStream(...pieces) },
          { name: "empty.txt", data: bytes("") },
          { name: "fox.txt", data: bytes("The quick brown fox jumps over the lazy dog") },
        ]),
      ).arrayBuffer(),
    );
    const entries = zipEntries(zip);
    expect(Object.fromEntries(entries.map((entry) => [entry.name, entry.crc]))).toEqual({
      "check.txt": 0xcbf43926,
      "chunked.txt": 0xcbf43926,
      "empty.txt": 0,
      "fox.txt": 0x414fa339,
      "large.bin": referenceCrc(large),
    });
    const data = new Map(entries.map((entry) => [entry.name, entry.data]));
    expect(new TextDecoder().decode(data.get("chunked.txt"))).toBe("123456789");
    expect(data.get("large.bin")).toEqual(large);
  });
});
