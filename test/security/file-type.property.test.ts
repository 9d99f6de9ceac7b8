import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import {
  detectFileType,
  FILE_TYPE_SNIFF_BYTES,
  MAX_DOCX_INFLATED_BYTES,
  WholeFileCheck,
} from "../../src/lib/file-type";
import { bytes } from "../bytes";
import { postMultipart, staffRequest, validApplication } from "../helpers";
import { expectStatus, expectText } from "../http";
import { caseAwaitingReview, expectRefusedOrOneCase, stored } from "./hostile";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ALLOWED = ["application/pdf", "image/jpeg", "image/png", "image/heic", "image/tiff", DOCX, "text/plain"];

const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24];

type ZipEntry = { name: string; data?: Uint8Array; uncompressedSize?: number; flags?: number; method?: number };

function localHeader({ name, data = new Uint8Array(0), uncompressedSize, flags = 0, method = 0 }: ZipEntry) {
  const nameBytes = new TextEncoder().encode(name);
  return bytes(
    [0x50, 0x4b, 0x03, 0x04],
    u16(20),
    u16(flags),
    u16(method),
    u16(0),
    u16(0),
    u32(0x1234abcd),
    u32(data.byteLength),
    u32(uncompressedSize ?? data.byteLength),
    u16(nameBytes.byteLength),
    u16(0),
    nameBytes,
    data,
  );
}

function directoryEntry(
  { name, data = new Uint8Array(0), uncompressedSize, flags = 0, method = 0 }: ZipEntry,
  offset: number,
) {
  const nameBytes = new TextEncoder().encode(name);
  return bytes(
    [0x50, 0x4b, 0x01, 0x02],
    u16(20),
    u16(20),
    u16(flags),
    u16(method),
    u16(0),
    u16(0),
    u32(0x1234abcd),
    u32(data.byteLength),
    u32(uncompressedSize ?? data.byteLength),
    u16(nameBytes.byteLength),
    u16(0),
    u16(0),
    u16(0),
    u16(0),
    u32(0),
    u32(offset),
    nameBytes,
  );
}

type ZipOptions = {
  /** Leave the central directory out, as a truncated or hand-made file would. */
  noDirectory?: boolean;
  /** The entry count the end-of-directory record claims. */
  claimedEntries?: number;
  /** The archive's comment, at the very end. */
  comment?: Uint8Array;
};

/** A ZIP as archivers write it: local headers and data, the central directory, the end record. */
function zip(
  entries: ZipEntry[],
  { noDirectory = false, claimedEntries, comment = new Uint8Array(0) }: ZipOptions = {},
) {
  const locals = entries.map(localHeader);
  let offset = 0;
  const directory = noDirectory
    ? new Uint8Array(0)
    : bytes(
        ...entries.map((entry, index) => {
          const record = directoryEntry(entry, offset);
          offset += locals[index]?.byteLength ?? 0;
          return record;
        }),
      );
  const directoryOffset = noDirectory ? 0 : locals.reduce((sum, local) => sum + local.byteLength, 0);
  const count = claimedEntries ?? entries.length;
  const end = bytes(
    [0x50, 0x4b, 0x05, 0x06],
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(directory.byteLength),
    u32(directoryOffset),
    u16(comment.byteLength),
    comment,
  );
  return bytes(...locals, directory, end);
}

const CONTENT_TYPES = new TextEncoder().encode(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);
const PDF = bytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48]);
const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  "IHDR",
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
);
const EXE = bytes("MZ", [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], "This program cannot be run in DOS mode.");
const HTML = "<!doctype html><html><body><script>alert(document.domain)</script></body></html>";
const INNER_ZIP = zip([{ name: "evil.exe", data: EXE }]);

describe("detectFileType on random bytes", () => {
  const anyHead = fc.uint8Array({ maxLength: FILE_TYPE_SNIFF_BYTES + 16 });
  const magic = fc.constantFrom(
    bytes("%PDF-"),
    bytes([0xff, 0xd8, 0xff]),
    bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    bytes([0x49, 0x49, 0x2a, 0x00]),
    bytes([0x4d, 0x4d, 0x00, 0x2a]),
    bytes([0x50, 0x4b, 0x03, 0x04]),
    bytes([0x00, 0x00, 0x00, 0x18], "ftypheic"),
    bytes([0xff, 0xff, 0xff, 0xff], "ftypmif1"),
    bytes([0xef, 0xbb, 0xbf]),
    bytes("MZ"),
  );

  it("never throws, and answers null or an allowed type", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyHead,
          fc.tuple(magic, anyHead).map(([m, rest]) => bytes(m, rest)),
        ),
        (head) => {
          const type = detectFileType(head);
          if (type !== null) expect(ALLOWED).toContain(type.mime);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("never throws on any prefix of a head, down to nothing", () => {
    fc.assert(
      fc.property(fc.tuple(magic, fc.uint8Array({ maxLength: 64 })), ([m, rest]) => {
        const head = bytes(m, rest);
        for (let length = 0; length <= head.byteLength; length += 1) detectFileType(head.subarray(length));
        for (let length = 0; length <= head.byteLength; length += 1) detectFileType(head.slice(0, length));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses anything starting like an executable or a GIF, whatever follows", () => {
    const prefix = fc.constantFrom(bytes("MZ"), bytes([0x7f, 0x45, 0x4c, 0x46]), bytes("GIF89a"), bytes("GIF87a"));
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 200 }), (p, rest) => {
        expect(detectFileType(bytes(p, rest))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("refuses anything whose first character after a BOM and whitespace is `<`, so markup is never text", () => {
    const whitespace = fc.array(fc.constantFrom(" ", "\t", "\r", "\n", "\f"), { maxLength: 20 }).map((w) => w.join(""));
    fc.assert(
      fc.property(fc.boolean(), whitespace, fc.string({ unit: "grapheme", maxLength: 200 }), (bom, ws, rest) => {
        expect(detectFileType(bytes(bom ? [0xef, 0xbb, 0xbf] : [], ws, "<", rest))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("refuses anything whose first kilobyte holds an HTML or SVG tag, in any case, whatever its magic bytes", () => {
    const tag = fc
      .tuple(
        fc.constantFrom("html", "head", "body", "script", "iframe", "svg", "img", "object", "embed", "!doctype"),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(" ", ">", "/", "\t", "\n"),
      )
      .map(([name, upper, end]) => `<${Array.from(name, (c, i) => (upper[i] ? c.toUpperCase() : c)).join("")}${end}`);
    fc.assert(
      fc.property(
        magic,
        fc.uint8Array({ maxLength: 900 }),
        tag,
        fc.uint8Array({ maxLength: 100 }),
        (m, filler, t, rest) => {
          expect(detectFileType(bytes(m, filler, t, rest))).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("calls text only what is valid UTF-8 without NUL or control characters", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyHead,
          fc.string({ unit: "binary", maxLength: 300 }).map((s) => bytes(s)),
        ),
        (head) => {
          if (detectFileType(head)?.mime !== "text/plain") return;
          // A sequence cut off by the end of the sniffed head is allowed, so decode without the tail.
          const text = new TextDecoder().decode(head.subarray(0, Math.max(0, head.byteLength - 3)));
          // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
          expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/);
          // The same whitespace as the HTML sniffing algorithm skips.
          expect(
            text
              .replace(/^\ufeff/, "")
              .replace(/^[\t\n\f\r ]*/, "")
              .startsWith("<"),
          ).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("walks any run of ZIP local headers without throwing or looping", () => {
    const entry = fc.record({
      name: fc.oneof(
        fc.constantFrom(
          "[Content_Types].xml",
          "_rels/.rels",
          "word/document.xml",
          "xl/workbook.xml",
          "vbaProject.bin",
          "evil.exe",
        ),
        fc.string({ maxLength: 30 }),
      ),
      data: fc.uint8Array({ maxLength: 40 }),
      uncompressedSize: fc.oneof(fc.nat(), fc.constant(0xffffffff)),
      flags: fc.constantFrom(0, 0x08, 0x06),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.nat({ max: 0xffffffff }), fc.nat(), (entries, size, cut) => {
        const archive = zip(entries);
        // A lying compressed size must not send the walk anywhere but forward.
        if (archive.byteLength >= 22) archive.set(u32(size), 18);
        const head = archive.subarray(0, Math.min(archive.byteLength, cut % (archive.byteLength + 1)));
        const type = detectFileType(head);
        if (type !== null) expect([DOCX, "text/plain"]).toContain(type.mime);
      }),
      { numRuns: 1500 },
    );
  });

  it("refuses a ZIP whose first entry is not part of an OOXML package, or that shows Excel/PowerPoint/macro parts", () => {
    const name = fc.constantFrom("evil.exe", "payload.js", "a.txt", "xl/workbook.xml", "ppt/presentation.xml");
    fc.assert(
      fc.property(name, fc.boolean(), (other, otherFirst) => {
        const entries = [{ name: "[Content_Types].xml", data: CONTENT_TYPES }, { name: other }];
        const archive = zip(otherFirst ? entries.reverse() : entries);
        if (otherFirst || /^(xl|ppt)\//.test(other)) expect(detectFileType(archive)).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});

type Polyglot = {
  label: string;
  /** The file; `unique` must end up in it, so that each run's upload has its own hash. */
  content: (unique: Uint8Array) => Uint8Array | Promise<Uint8Array>;
  /** What the detector makes of its first bytes: null for refused. */
  detected: string | null;
  /** What the upload keeps it as, when the whole file says more than its head: null for refused. */
  stored?: string | null;
};

const DOCX_PARTS: ZipEntry[] = [
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "_rels/.rels", data: CONTENT_TYPES },
  { name: "word/document.xml", data: bytes("<w:document><w:body><w:p/></w:body></w:document>") },
];
/** Filler that keeps what follows out of the first 4 KiB the detector reads. */
const PAST_THE_HEAD: ZipEntry = { name: "word/media/image1.png", data: new Uint8Array(5000) };

const POLYGLOTS: Polyglot[] = [
  { label: "a PDF header followed by a ZIP", content: (u) => bytes(PDF, INNER_ZIP, u), detected: "application/pdf" },
  { label: "a PDF header followed by HTML", content: (u) => bytes("%PDF-1.7\n", HTML, u), detected: null },
  {
    label: "a PDF whose first kilobyte hides <ScRiPt> in a comment",
    content: (u) => bytes(PDF, "% <ScRiPt src=//evil.example/x.js></sCrIpT>\n", u),
    detected: null,
  },
  {
    label: "a PDF with <!DOCTYPE HTML> in capitals",
    content: (u) => bytes("%PDF-1.4\n<!DOCTYPE HTML>\n", u),
    detected: null,
  },
  {
    label: "a PDF whose HTML starts only after the first kilobyte",
    content: (u) => bytes(PDF, `%${" ".repeat(1024)}\n`, HTML, u),
    detected: "application/pdf",
  },
  {
    label: "a JPEG with <script> in a comment segment",
    content: (u) => bytes(JPEG, [0xff, 0xfe, 0x00, 0x20], "<script>alert(1)</script>", u),
    detected: null,
  },
  {
    label: "a PNG with an <svg onload> text chunk",
    content: (u) => bytes(PNG, [0, 0, 0, 40], "tEXt", "Comment\u0000<svg/onload=alert(1)>", u),
    detected: null,
  },
  {
    label: "a JPEG whose tail is a ZIP",
    content: (u) => bytes(JPEG, new Uint8Array(100), INNER_ZIP, u),
    detected: "image/jpeg",
  },
  { label: "a PNG with an EXE appended", content: (u) => bytes(PNG, EXE, u), detected: "image/png" },
  { label: "HTML starting with a UTF-8 BOM", content: (u) => bytes([0xef, 0xbb, 0xbf], HTML, u), detected: null },
  {
    label: "HTML after a BOM and blank lines",
    content: (u) => bytes([0xef, 0xbb, 0xbf], "\r\n\t \n", HTML, u),
    detected: null,
  },
  {
    label: "UTF-16 HTML with its BOM",
    content: (u) =>
      bytes(
        [0xff, 0xfe],
        Array.from(HTML).flatMap((c) => [c.charCodeAt(0), 0]),
        u,
      ),
    detected: null,
  },
  {
    label: "SVG with a script",
    content: (u) => bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', u),
    detected: null,
  },
  {
    label: "SVG with an XML prolog",
    content: (u) => bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', u),
    detected: null,
  },
  {
    label: "a GIF that is also JavaScript",
    content: (u) => bytes("GIF89a/*", [0, 0, 0], "*/=alert(1)//", u),
    detected: null,
  },
  {
    label: "a ZIP whose first entry is an executable",
    content: (u) => zip([{ name: "evil.exe", data: EXE }], { comment: u }),
    detected: null,
  },
  { label: "a DOCX", content: (u) => zip(DOCX_PARTS, { comment: u }), detected: DOCX },
  {
    label: "a DOCX-looking ZIP without word/document.xml",
    content: (u) =>
      zip(
        [
          { name: "[Content_Types].xml", data: CONTENT_TYPES },
          { name: "_rels/.rels", data: CONTENT_TYPES },
        ],
        { comment: u },
      ),
    detected: DOCX,
  },
  {
    label: "a ZIP with [Content_Types].xml but an executable inside",
    content: (u) =>
      zip(
        [
          { name: "[Content_Types].xml", data: CONTENT_TYPES },
          { name: "evil.exe", data: EXE },
        ],
        { comment: u },
      ),
    detected: DOCX,
  },
  {
    label: "a DOCX whose stored document part is HTML",
    content: (u) =>
      zip(
        [
          { name: "[Content_Types].xml", data: CONTENT_TYPES },
          { name: "word/document.xml", data: bytes(HTML) },
        ],
        {
          comment: u,
        },
      ),
    detected: null,
  },
  {
    label: "a DOCX without its central directory",
    content: (u) => bytes(zip(DOCX_PARTS, { noDirectory: true }), u),
    detected: DOCX,
    stored: null,
  },
  {
    label: "a DOCX with something appended after its end record",
    content: (u) => bytes(zip(DOCX_PARTS), u, EXE),
    detected: DOCX,
    stored: null,
  },
  {
    label: "a DOCX whose directory, past the head, lists a macro part",
    content: (u) => zip([...DOCX_PARTS, PAST_THE_HEAD, { name: "word/vbaProject.bin", data: EXE }], { comment: u }),
    detected: DOCX,
    stored: null,
  },
  {
    label: "a DOCX whose directory, past the head, lists an Excel workbook",
    content: (u) => zip([...DOCX_PARTS, PAST_THE_HEAD, { name: "xl/workbook.xml" }], { comment: u }),
    detected: DOCX,
    stored: null,
  },
  {
    label: "a DOCX whose directory lacks [Content_Types].xml",
    content: (u) => {
      const archive = zip(DOCX_PARTS, { comment: u });
      // Renames the directory's copy only: the local header, which the head shows, keeps its name.
      const at = archive.lastIndexOf(0x5b);
      return at > 0 ? bytes(archive.subarray(0, at), "(", archive.subarray(at + 1)) : archive;
    },
    detected: DOCX,
    stored: null,
  },
  {
    label: "text that turns into HTML after the first line",
    content: (u) => bytes("Dear reviewer,\n", HTML, u),
    detected: null,
  },
  {
    label: "text that mentions a tag only after its first kilobyte",
    content: (u) => bytes(`Dear reviewer,\n${"I was not there. ".repeat(70)}\nThe page said <script>.\n`, u),
    detected: "text/plain",
  },
];

function postWithFile(content: Uint8Array, filename: string, type = "text/html") {
  return postMultipart([
    { name: "application", value: JSON.stringify(validApplication()) },
    { name: "attachments", filename, type, content },
  ]);
}

async function attachmentOf(content: Uint8Array) {
  return env.DB.prepare("SELECT id, case_id, content_type, size FROM attachments WHERE sha256 = ?")
    .bind(await sha256Hex(content))
    .first<{ id: string; case_id: string; content_type: string; size: number }>();
}

describe("polyglot files", () => {
  it.each(POLYGLOTS)("$label: refused, or kept only as the type its bytes prove", async (polyglot) => {
    // A unique piece keeps each upload's hash apart from earlier runs.
    const content = await polyglot.content(bytes(`\n${crypto.randomUUID()}\n`));
    expect(detectFileType(content.subarray(0, FILE_TYPE_SNIFF_BYTES))?.mime ?? null).toBe(polyglot.detected);
    const kept = polyglot.stored === undefined ? polyglot.detected : polyglot.stored;

    const before = await stored();
    const response = await postWithFile(content, "file.pdf");
    await response.arrayBuffer();
    await expectRefusedOrOneCase(before, response, polyglot.label);
    if (kept === null) {
      await expectStatus(response, 415);
      return;
    }
    await expectStatus(response, 201);
    const row = await attachmentOf(content);
    // The type comes from the bytes, never from what the client declared (text/html here).
    expect(row?.content_type).toBe(kept);

    const download = await staffRequest(`/api/v1/cases/${row?.case_id}/attachments/${row?.id}`);
    await expectStatus(download, 200);
    expect(download.headers.get("Content-Type")).toBe(kept);
    expect(download.headers.get("Content-Disposition")).toMatch(/^attachment; /);
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(content);
  });

  it("every download, by staff or by a reviewer's link, carries the sandbox CSP of attachmentResponse", async () => {
    // HTML after the first kilobyte is stored: the download headers are what keep it from running.
    const content = bytes("%PDF-1.7\n", `%${" ".repeat(1024)}\n`, HTML, `\n${crypto.randomUUID()}`);
    const kase = await caseAwaitingReview({ filename: "polyglot.pdf", content });
    const row = await attachmentOf(content);
    const token = kase.reviewPath.split("/").pop();
    const policies: Record<string, string | null> = {};
    for (const path of [`/api/v1/cases/${kase.id}/attachments/${row?.id}`, `/files/${token}/${row?.id}`]) {
      const download = await staffRequest(path);
      await expectStatus(download, 200, path);
      expect(download.headers.get("Content-Disposition"), path).toMatch(/^attachment; /);
      expect(download.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      policies[path.split("/")[1] === "api" ? "staff" : "files"] = download.headers.get("Content-Security-Policy");
      await download.arrayBuffer();
    }
    // attachmentResponse sets this policy; nothing later may replace it with the pages' own.
    const sandbox = "default-src 'none'; sandbox";
    expect(policies).toEqual({ staff: sandbox, files: sandbox });
  });
});

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const compressed = new Blob([data]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

describe("zip bombs shaped like DOCX", () => {
  it("a DOCX whose directory declares gigabytes is refused with 415 and nothing stored, in R2 or D1", async () => {
    const inflated = 32 * 1024 * 1024;
    const bomb = await deflateRaw(new Uint8Array(inflated));
    const entries: ZipEntry[] = [{ name: "[Content_Types].xml", data: CONTENT_TYPES }];
    for (let i = 0; i < 200; i += 1)
      entries.push({ name: `word/media/image${i}.png`, data: bomb, uncompressedSize: inflated, method: 8 });
    // Declared: 200 × 32 MiB. Over 5 MiB sent, so its first part was already on its way to R2.
    const archive = zip(entries, { comment: bytes(crypto.randomUUID()) });
    expect(archive.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    expect(archive.byteLength).toBeLessThan(8 * 1024 * 1024);
    expect(detectFileType(archive.subarray(0, FILE_TYPE_SNIFF_BYTES))?.mime).toBe(DOCX);

    const before = await stored();
    const response = await postWithFile(archive, "bomb.docx", DOCX);
    await expectText(response, 415);
    expect(await stored()).toEqual(before);
  });

  it(`a DOCX declaring ${MAX_DOCX_INFLATED_BYTES} bytes in all is stored; one byte more is refused`, async () => {
    const declaring = (total: number) =>
      zip(
        [
          { name: "[Content_Types].xml", data: CONTENT_TYPES },
          { name: "word/document.xml", data: bytes("x"), uncompressedSize: total - CONTENT_TYPES.byteLength },
        ],
        { comment: bytes(crypto.randomUUID()) },
      );
    const atTheBound = declaring(MAX_DOCX_INFLATED_BYTES);
    const response = await postWithFile(atTheBound, "big.docx", DOCX);
    await expectText(response, 201);
    expect((await attachmentOf(atTheBound))?.content_type).toBe(DOCX);

    const before = await stored();
    const over = await postWithFile(declaring(MAX_DOCX_INFLATED_BYTES + 1), "bigger.docx", DOCX);
    await expectText(over, 415);
    expect(await stored()).toEqual(before);
  });

  it("a DOCX of 30,000 entries, whose directory is larger than any Word document's, is refused without walking it", async () => {
    const entries: ZipEntry[] = [{ name: "[Content_Types].xml", data: CONTENT_TYPES }];
    for (let i = 0; i < 30_000; i += 1) entries.push({ name: `word/x${i}.xml` });
    const archive = zip(entries, { comment: bytes(crypto.randomUUID()) });

    const before = await stored();
    const started = Date.now();
    const response = await postWithFile(archive, "many.docx", DOCX);
    await expectText(response, 415);
    expect(await stored()).toEqual(before);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("WholeFileCheck", () => {
  const entry = fc.record({
    name: fc.oneof(
      fc.constantFrom("[Content_Types].xml", "_rels/.rels", "word/document.xml", "xl/workbook.xml", "vbaProject.bin"),
      fc.string({ maxLength: 20 }),
    ),
    data: fc.uint8Array({ maxLength: 40 }),
    uncompressedSize: fc.oneof(fc.nat({ max: 0xffffffff }), fc.constant(0xffffffff)),
  });
  const archive = fc.oneof(
    fc
      .tuple(fc.array(entry, { maxLength: 8 }), fc.boolean(), fc.uint8Array({ maxLength: 30 }))
      .map(([entries, noDirectory, comment]) => zip(entries, { noDirectory, comment })),
    fc.uint8Array({ maxLength: 300 }),
  );

  /** The verdict on `file` when it arrives in pieces cut at `cuts`. */
  function verdict(file: Uint8Array, cuts: number[]) {
    const check = new WholeFileCheck();
    const points = [...new Set(cuts.map((cut) => cut % (file.byteLength + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const point of [...points, file.byteLength]) {
      check.see(file.subarray(from, point));
      from = point;
    }
    return check.accepts(DOCX);
  }

  it("never throws on any bytes, and judges a file the same however it is cut into chunks", () => {
    fc.assert(
      fc.property(archive, fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), (file, cuts, trim) => {
        // Any prefix too: an upload can end anywhere.
        const head = file.subarray(0, file.byteLength - (trim % (file.byteLength + 1)));
        expect(verdict(head, cuts)).toBe(verdict(head, []));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts only what declares [Content_Types].xml, no Excel, PowerPoint or macro part, and at most the bound", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        const declared = entries.reduce((sum, e) => sum + (e.uncompressedSize ?? e.data.byteLength), 0);
        const accepted = verdict(zip(entries), []);
        const expected =
          entries.some((e) => e.name === "[Content_Types].xml") &&
          !entries.some(
            (e) => /^(xl|ppt|visio)\/|vbaProject\.bin$/i.test(e.name) || e.uncompressedSize === 0xffffffff,
          ) &&
          declared <= MAX_DOCX_INFLATED_BYTES &&
          entries.every((e) => new TextEncoder().encode(e.name).byteLength < 0x10000);
        expect(accepted).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
