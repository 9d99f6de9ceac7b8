export type AllowedFileType = { mime: string; extension: string };

/** Bytes needed at the start of a file to decide its type. */
export const FILE_TYPE_SNIFF_BYTES = 4096;

const PDF: AllowedFileType = Object.freeze({ mime: "application/pdf", extension: "pdf" });
const JPEG: AllowedFileType = Object.freeze({ mime: "image/jpeg", extension: "jpg" });
const PNG: AllowedFileType = Object.freeze({ mime: "image/png", extension: "png" });
const HEIC: AllowedFileType = Object.freeze({ mime: "image/heic", extension: "heic" });
const TIFF: AllowedFileType = Object.freeze({ mime: "image/tiff", extension: "tiff" });
const DOCX: AllowedFileType = Object.freeze({
  mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
});
const TEXT: AllowedFileType = Object.freeze({ mime: "text/plain", extension: "txt" });

const PDF_MAGIC = ascii("%PDF-");
const JPEG_MAGIC = new Uint8Array([0xff, 0xd8, 0xff]);
const PNG_MAGIC = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TIFF_LITTLE_ENDIAN = new Uint8Array([0x49, 0x49, 0x2a, 0x00]);
const TIFF_BIG_ENDIAN = new Uint8Array([0x4d, 0x4d, 0x00, 0x2a]);
const ZIP_LOCAL_HEADER = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
const FTYP = ascii("ftyp");
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "mif1", "msf1"]);

// Never text even when their first bytes happen to be printable: executables and images we refuse.
const REFUSED_PREFIXES = [ascii("MZ"), new Uint8Array([0x7f, 0x45, 0x4c, 0x46]), ascii("GIF87a"), ascii("GIF89a")];

/** Detects the type from the first bytes; null when not on the allow-list. */
export function detectFileType(head: Uint8Array): AllowedFileType | null {
  if (head.byteLength === 0 || holdsMarkup(head)) return null;
  if (startsWith(head, PDF_MAGIC)) return PDF;
  if (startsWith(head, JPEG_MAGIC)) return JPEG;
  if (startsWith(head, PNG_MAGIC)) return PNG;
  if (startsWith(head, TIFF_LITTLE_ENDIAN) || startsWith(head, TIFF_BIG_ENDIAN)) return TIFF;
  if (isHeic(head)) return HEIC;
  if (startsWith(head, ZIP_LOCAL_HEADER)) return isDocx(head) ? DOCX : null;
  if (REFUSED_PREFIXES.some((prefix) => startsWith(head, prefix))) return null;
  return isSafePlainText(head) ? TEXT : null;
}

/** How far into a file browsers look when they guess whether it is HTML (WHATWG MIME Sniffing, and older browsers). */
const MARKUP_SNIFF_BYTES = 1024;

// The tags of WHATWG's "HTML" sniffing patterns and the ones that run script or load something in
// any HTML or SVG parser, each followed by what ends a tag name. The one- and two-letter tags of that
// list (`<a `, `<p>`, `<br>`) are left out: compressed image data holds them by chance too often.
const MARKUP =
  /<(?:!--|(?:!doctype|html|head|body|script|iframe|frame|frameset|svg|math|object|embed|style|title|meta|link|base|form|img|div|table|font)[\t\n\f\r />])/;

// A file whose first kilobyte holds HTML or script markup (a PDF/HTML polyglot, an image with
// `<script>` in its metadata) is refused whatever its magic bytes: we serve files as attachments with
// `nosniff` and a sandbox, but a reviewer may open one in a browser or a tool that sniffs, and
// nothing a person sends us needs markup that early.
function holdsMarkup(head: Uint8Array): boolean {
  return MARKUP.test(latin1(head.subarray(0, MARKUP_SNIFF_BYTES)).toLowerCase());
}

function isHeic(head: Uint8Array): boolean {
  if (head.byteLength < 16 || !startsWith(head.subarray(4), FTYP)) return false;
  const boxSize = new DataView(head.buffer, head.byteOffset, 4).getUint32(0);
  return boxSize >= 16 && HEIC_BRANDS.has(latin1(head.subarray(8, 12)));
}

const OOXML_FIRST_ENTRY = /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/.+|word\/.+)$/;
// Excel, PowerPoint and Visio packages share the OOXML layout; vbaProject.bin means macros (.docm).
const NOT_WORD_ENTRY = /^(xl|ppt|visio)\/|vbaProject\.bin$/i;

// A ZIP whose first entry is an OOXML package part, with no entry visible in the head that belongs to
// another Office format. Entries are usually compressed, so the names are all there is to go on.
function isDocx(head: Uint8Array): boolean {
  const names = zipEntryNamesInHead(head);
  const first = names[0];
  return first !== undefined && OOXML_FIRST_ENTRY.test(first) && !names.some((name) => NOT_WORD_ENTRY.test(name));
}

function zipEntryNamesInHead(head: Uint8Array): string[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const names: string[] = [];
  let offset = 0;
  while (offset + 30 <= head.byteLength && startsWith(head.subarray(offset), ZIP_LOCAL_HEADER)) {
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const nameEnd = offset + 30 + nameLength;
    if (nameEnd > head.byteLength) break;
    names.push(latin1(head.subarray(offset + 30, nameEnd)));
    // With a data descriptor (flag bit 3) or ZIP64, the local header does not say where the next entry starts.
    const sizeUnknown = (flags & 0x08) !== 0 || compressedSize === 0xffffffff;
    if (sizeUnknown) break;
    offset = nameEnd + extraLength + compressedSize;
  }
  return names;
}

/** The last bytes of a file, kept while it streams by: a ZIP's directory is at its end. */
const TAIL_BYTES = 256 * 1024;

/**
 * What the first bytes cannot tell: a DOCX's central directory, at the end of the file. Sees every
 * chunk of an upload and keeps only the last `TAIL_BYTES`; `accepts` then judges the whole file.
 */
export class WholeFileCheck {
  private chunks: Uint8Array[] = [];
  private kept = 0;
  private size = 0;

  see(chunk: Uint8Array) {
    this.chunks.push(chunk);
    this.kept += chunk.byteLength;
    this.size += chunk.byteLength;
    for (let first = this.chunks[0]; first && this.kept - first.byteLength >= TAIL_BYTES; first = this.chunks[0]) {
      this.chunks.shift();
      this.kept -= first.byteLength;
    }
  }

  /** Whether the file, detected as `mime` from its head, may be stored. */
  accepts(mime: string): boolean {
    return mime !== DOCX.mime || isSafeDocxDirectory(this.tail(), this.size);
  }

  private tail(): Uint8Array {
    const tail = new Uint8Array(Math.min(this.kept, TAIL_BYTES));
    let end = tail.byteLength;
    for (let index = this.chunks.length - 1; index >= 0 && end > 0; index -= 1) {
      const chunk = this.chunks[index] ?? new Uint8Array(0);
      const used = Math.min(chunk.byteLength, end);
      tail.set(chunk.subarray(chunk.byteLength - used), end - used);
      end -= used;
    }
    return tail;
  }
}

/**
 * The most a DOCX may say its parts inflate to. Word holds at most 32 MB of text in a document, and
 * its pictures are JPEG or PNG, which the ZIP cannot shrink further: a real DOCX within the upload
 * limit (64 MiB by default) inflates to its pictures plus its XML — tens of megabytes, rarely a
 * hundred. A zip bomb's point is to inflate to gigabytes. We never inflate a file, but the reviewer's
 * word processor, a virus scanner or an indexer will, so such a file is refused before it is stored.
 */
export const MAX_DOCX_INFLATED_BYTES = 256 * 1024 * 1024;

const ZIP_END_OF_DIRECTORY = new Uint8Array([0x50, 0x4b, 0x05, 0x06]);
const ZIP_DIRECTORY_ENTRY = new Uint8Array([0x50, 0x4b, 0x01, 0x02]);
const ZIP64_MARK = 0xffffffff;

// The central directory is what every ZIP reader goes by: it must be there, end where the
// end-of-directory record starts (so no reader finds another), lie within the tail we kept, list no
// Excel, PowerPoint or macro part, hold [Content_Types].xml, and declare at most
// MAX_DOCX_INFLATED_BYTES in all. ZIP64 is refused: no DOCX within our limits needs it.
function isSafeDocxDirectory(tail: Uint8Array, fileSize: number): boolean {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  // The record is 22 bytes and a comment of up to 65,535; the comment's length must reach the file's end.
  for (let offset = tail.byteLength - 22; offset >= Math.max(0, tail.byteLength - 22 - 0xffff); offset -= 1) {
    const found = ZIP_END_OF_DIRECTORY.every((byte, i) => tail[offset + i] === byte);
    if (found && view.getUint16(offset + 20, true) === tail.byteLength - offset - 22) {
      end = offset;
      break;
    }
  }
  if (end === -1) return false;
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const tailStart = fileSize - tail.byteLength;
  const start = directoryOffset - tailStart;
  const oneDisk = view.getUint16(end + 4, true) === 0 && view.getUint16(end + 6, true) === 0;
  if (!oneDisk || view.getUint16(end + 8, true) !== entries) return false;
  if (entries === 0xffff || directoryOffset === ZIP64_MARK || start < 0 || start + directorySize !== end) return false;

  let inflated = 0;
  let contentTypes = false;
  let offset = start;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > end || !startsWith(tail.subarray(offset), ZIP_DIRECTORY_ENTRY)) return false;
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameEnd = offset + 46 + view.getUint16(offset + 28, true);
    if (uncompressedSize === ZIP64_MARK || nameEnd > end) return false;
    const name = latin1(tail.subarray(offset + 46, nameEnd));
    if (NOT_WORD_ENTRY.test(name)) return false;
    contentTypes ||= name === "[Content_Types].xml";
    inflated += uncompressedSize;
    offset = nameEnd + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return offset === end && contentTypes && inflated <= MAX_DOCX_INFLATED_BYTES;
}

const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const LESS_THAN = 0x3c;

// UTF-8 text without NUL or other control characters (tab, LF, FF and CR allowed). Anything whose first
// non-whitespace character is `<` is refused so that HTML, SVG or XML can never be served back as a page.
function isSafePlainText(head: Uint8Array): boolean {
  let start = startsWith(head, UTF8_BOM) ? UTF8_BOM.byteLength : 0;
  while (start < head.byteLength && WHITESPACE.has(head[start] ?? 0)) start += 1;
  if (head[start] === LESS_THAN) return false;
  return isCleanUtf8(head);
}

// Valid UTF-8 with no disallowed C0 controls; a sequence cut off by the end of the head is accepted.
function isCleanUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.byteLength) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      if (lead < 0x20 && !WHITESPACE.has(lead)) return false;
      index += 1;
      continue;
    }
    const length = utf8SequenceLength(lead);
    if (length === 0) return false;
    for (let offset = 1; offset < length; offset += 1) {
      const continuation = bytes[index + offset];
      if (continuation === undefined) return true;
      const [min, max] = offset === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (continuation < min || continuation > max) return false;
    }
    index += length;
  }
  return true;
}

function utf8SequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Narrower ranges after some lead bytes rule out overlong forms, surrogates and code points past U+10FFFF.
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.byteLength < prefix.byteLength) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
