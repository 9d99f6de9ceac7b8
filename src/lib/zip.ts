/**
 * A ZIP archive written as a stream: entries are stored (not compressed; scans and PDFs are
 * compressed already) and their CRC and sizes follow each entry's data, so no file is ever held in
 * memory whole. Plain ZIP, no ZIP64: each entry and the archive stay under 4 GiB. The CRC-32 is
 * node:zlib's, native in workerd (in JavaScript it cost tens of ms of CPU per MiB).
 */

import { crc32 } from "node:zlib";
import { inSlices } from "./slices";

/** An entry: its bytes, or a byte stream of them (such as an R2 object's body). */
export type ZipEntry = { name: string; data: Uint8Array | ReadableStream<Uint8Array> };

/** A stored file is read a MiB at a time (R2 keeps sending, so waiting for a whole one costs nothing). */
const SLICE_BYTES = 1024 * 1024;

/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;

function header(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/** What goes before an entry's bytes: its name, with the CRC and sizes left to its descriptor. */
export function localHeader(name: Uint8Array): Uint8Array {
  const bytes = header(30 + name.byteLength, (v) => {
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, FLAGS, true);
    v.setUint16(26, name.byteLength, true);
  });
  bytes.set(name, 30);
  return bytes;
}

/** What follows an entry's bytes: their CRC-32 and size. */
export function dataDescriptor(crc: number, size: number): Uint8Array {
  return header(16, (v) => {
    v.setUint32(0, 0x08074b50, true);
    v.setUint32(4, crc, true);
    v.setUint32(8, size, true);
    v.setUint32(12, size, true);
  });
}

/** An entry's record in the central directory; `start` is where its local header is. */
export function centralRecord(name: Uint8Array, crc: number, size: number, start: number): Uint8Array {
  const record = header(46 + name.byteLength, (v) => {
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(8, FLAGS, true);
    v.setUint32(16, crc, true);
    v.setUint32(20, size, true);
    v.setUint32(24, size, true);
    v.setUint16(28, name.byteLength, true);
    v.setUint32(42, start, true);
  });
  record.set(name, 46);
  return record;
}

/** The archive's last bytes: how many entries, and where the central directory is and how long. */
export function endOfDirectory(entries: number, directoryBytes: number, directoryStart: number): Uint8Array {
  return header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries, true);
    v.setUint16(10, entries, true);
    v.setUint32(12, directoryBytes, true);
    v.setUint32(16, directoryStart, true);
  });
}

export function zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  (async () => {
    const central: Uint8Array[] = [];
    let offset = 0;
    const write = async (bytes: Uint8Array) => {
      await writer.write(bytes);
      offset += bytes.byteLength;
    };
    for await (const entry of entries) {
      const name = new TextEncoder().encode(entry.name);
      const start = offset;
      await write(localHeader(name));
      let crc = 0;
      let size = 0;
      const chunks = entry.data instanceof Uint8Array ? [entry.data] : inSlices(entry.data, SLICE_BYTES, SLICE_BYTES);
      for await (const chunk of chunks) {
        crc = crc32(chunk, crc);
        size += chunk.byteLength;
        await write(chunk);
      }
      await write(dataDescriptor(crc, size));
      central.push(centralRecord(name, crc, size, start));
    }
    const directoryStart = offset;
    for (const record of central) await write(record);
    await write(endOfDirectory(central.length, offset - directoryStart, directoryStart));
    await writer.close();
  })().catch((error: unknown) => writer.abort(error));
  return readable;
}
