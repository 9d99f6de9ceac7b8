import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import {
  MultipartError,
  type MultipartLimits,
  multipartBoundary,
  parseMultipart,
  readPartText,
} from "../../src/lib/multipart";
import { displayFileName } from "../../src/lib/uploads";
import { bytes, readAll } from "../bytes";
import { request, staffRequest, validApplication } from "../helpers";
import { expectStatus, expectText } from "../http";
import { formFields } from "../pages/forms";
import { expectRefusedOrOneCase, stored } from "./hostile";

const LIMITS: MultipartLimits = { maxParts: 12, maxHeaderBytes: 512 };

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let at = 0; at + needle.byteLength <= haystack.byteLength; at += 1) {
    for (let i = 0; i < needle.byteLength; i += 1) if (haystack[at + i] !== needle[i]) continue outer;
    return at;
  }
  return -1;
}

/** A stream handing out `data` in chunks of the given sizes, cycling through them. */
function chunked(data: Uint8Array, sizes: number[] = [data.byteLength || 1]): ReadableStream<Uint8Array> {
  let offset = 0;
  let turn = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= data.byteLength) return controller.close();
      const size = Math.max(1, sizes[turn++ % sizes.length] ?? 1);
      controller.enqueue(data.slice(offset, offset + size));
      offset += size;
    },
  });
}

type Part = { name: string; filename?: string; contentType?: string; content: Uint8Array };

async function parseAll(stream: ReadableStream<Uint8Array>, boundary: string, limits = LIMITS): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const { body, ...headers } of parseMultipart(stream, boundary, limits)) {
    parts.push({ ...headers, content: await readAll(body) });
  }
  return parts;
}

/** Parts, or the error the parse ended with, which must be the parser's own. */
async function outcome(run: () => Promise<Part[]>): Promise<Part[] | MultipartError> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof MultipartError) return error;
    throw error;
  }
}

function quoted(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

function headerLines(part: Omit<Part, "content">): string[] {
  const disposition = `Content-Disposition: form-data; name=${quoted(part.name)}${
    part.filename === undefined ? "" : `; filename=${quoted(part.filename)}`
  }`;
  return part.contentType === undefined ? [disposition] : [disposition, `Content-Type: ${part.contentType}`];
}

type Body = { bytes: Uint8Array; parts: Part[]; boundary: string; closeEnd: number };

function encodeBody(boundary: string, parts: Part[], preamble = "", padding = "", epilogue = ""): Body {
  const pieces = [bytes(preamble)];
  for (const part of parts) {
    pieces.push(bytes(`--${boundary}${padding}\r\n${headerLines(part).join("\r\n")}\r\n\r\n`), part.content);
    pieces.push(bytes("\r\n"));
  }
  pieces.push(bytes(`--${boundary}--`));
  const closeEnd = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
  pieces.push(bytes(epilogue));
  return { bytes: bytes(...pieces), parts, boundary, closeEnd };
}

const boundaryArb = fc.oneof(
  fc.stringMatching(/^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/),
  fc.constantFrom("x", "-", "----WebKitFormBoundary7MA4YWxkTrZu0gW", "a b", "=?:", "-".repeat(70)),
);

// Names and file names as a browser would quote them: any text but CR and LF.
const headerText = fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ""));

/** Content full of near-misses of the delimiter, but never the delimiter itself. */
function contentArb(boundary: string): fc.Arbitrary<Uint8Array> {
  const delimiter = bytes(`\r\n--${boundary}`);
  const nearMisses = [
    "\r\n",
    "\r\n\r\n",
    "--",
    `--${boundary}`,
    `--${boundary}--`,
    `\n--${boundary}`,
    `\r--${boundary}`,
    `\r\n-${boundary}`,
    `\r\n--${boundary.slice(0, -1)}`,
    `\r\n--${boundary.slice(0, Math.ceil(boundary.length / 2))}`,
    "\r\n-",
    "\r",
  ].map((text) => bytes(text));
  return fc
    .array(fc.oneof(fc.uint8Array({ maxLength: 48 }), fc.constantFrom(...nearMisses)), { maxLength: 8 })
    .map((pieces) => bytes(...pieces))
    .filter((content) => indexOf(bytes(content, bytes(`\r\n--${boundary}`)), delimiter) === content.byteLength);
}

function partArb(boundary: string): fc.Arbitrary<Part> {
  return fc
    .record(
      {
        name: headerText.filter((name) => name !== ""),
        filename: headerText,
        contentType: fc.constantFrom("application/pdf", "text/plain", "application/octet-stream"),
        content: contentArb(boundary),
      },
      { requiredKeys: ["name", "content"] },
    )
    .filter((part) => bytes(headerLines(part).join("\r\n")).byteLength <= LIMITS.maxHeaderBytes);
}

/** A well-formed body: parts, an optional preamble and epilogue, optional transport padding. */
const bodyArb: fc.Arbitrary<Body> = boundaryArb.chain((boundary) =>
  fc
    .record({
      parts: fc.array(partArb(boundary), { maxLength: 5 }),
      preamble: fc.constantFrom("", "This is a preamble.\r\n", `x\r\n--${boundary.slice(0, -1)}\r\n`),
      padding: fc.constantFrom("", " ", "\t \t"),
      epilogue: fc.constantFrom(
        "",
        "\r\n",
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="ghost"\r\n\r\n`,
      ),
    })
    .map(({ parts, preamble, padding, epilogue }) => encodeBody(boundary, parts, preamble, padding, epilogue)),
);

const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 });

describe("parseMultipart on random input", () => {
  it("yields exactly the parts of a well-formed body, however it is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, chunkSizes, async (body, sizes) => {
        expect(await parseAll(chunked(body.bytes, sizes), body.boundary)).toEqual(body.parts);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the parts of a small body split at every pair of positions", async () => {
    const body = encodeBody("b0und", [
      { name: "a", content: bytes("x\r\n--b0un") },
      { name: "f", filename: "f", content: bytes("--b0und\r") },
    ]);
    const length = body.bytes.byteLength;
    for (let first = 1; first < length; first += 1) {
      for (let second = 1; first + second < length; second += 1) {
        const sizes = [first, second, length];
        expect(await parseAll(chunked(body.bytes, sizes), body.boundary), `${sizes}`).toEqual(body.parts);
      }
    }
  });

  it("rejects a body truncated anywhere before the closing delimiter with its own error", async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.nat(), chunkSizes, async (body, cut, sizes) => {
        const at = cut % (body.bytes.byteLength + 1);
        const result = await outcome(() => parseAll(chunked(body.bytes.slice(0, at), sizes), body.boundary));
        if (at < body.closeEnd) expect(result).toBeInstanceOf(MultipartError);
        else expect(result).toEqual(body.parts);
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a body without its closing delimiter", async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom("", "\r\n", "\r\n--"), chunkSizes, async (body, tail, sizes) => {
        const open = bytes(body.bytes.slice(0, body.closeEnd - body.boundary.length - 4), bytes(tail));
        expect(await outcome(() => parseAll(chunked(open, sizes), body.boundary))).toBeInstanceOf(MultipartError);
      }),
      { numRuns: 150 },
    );
  });

  it("rejects content holding the delimiter followed by anything but a proper boundary line", async () => {
    await fc.assert(
      fc.asyncProperty(
        boundaryArb,
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^[ \t]*(\r\n|--)/.test(s)),
        chunkSizes,
        async (boundary, junk, sizes) => {
          const body = encodeBody(boundary, [
            { name: "file", filename: "a.bin", content: bytes(`before\r\n--${boundary}${junk}after`) },
          ]);
          expect(await outcome(() => parseAll(chunked(body.bytes, sizes), boundary))).toBeInstanceOf(MultipartError);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("either parses or rejects with its own error when bytes of a valid body are flipped, dropped or added", async () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("flip", "drop", "add"),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(
        bodyArb,
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        chunkSizes,
        async (body, edits, sizes) => {
          const mutated = Array.from(body.bytes);
          for (const { at, kind, byte } of edits) {
            const index = at % (mutated.length + 1);
            if (kind === "flip") mutated[index] = byte;
            else if (kind === "drop") mutated.splice(index, 1);
            else mutated.splice(index, 0, byte);
          }
          await outcome(() => parseAll(chunked(new Uint8Array(mutated), sizes), body.boundary));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("either parses or rejects with its own error on random bytes, bare or after a boundary line", async () => {
    await fc.assert(
      fc.asyncProperty(
        boundaryArb,
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("", "--", "\r\n\r\n"),
        chunkSizes,
        async (boundary, noise, prefix, sizes) => {
          const head = prefix === "" ? new Uint8Array(0) : bytes(`--${boundary}\r\n${prefix === "--" ? "" : prefix}`);
          await outcome(() => parseAll(chunked(bytes(head, noise), sizes), boundary));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("either parses or rejects with its own error on random header lines", async () => {
    const line = fc.oneof(
      fc.string({ unit: "binary-ascii", maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            "Content-Disposition",
            ":",
            " form-data",
            ";",
            "name",
            "=",
            '"',
            "\\",
            "filename*",
            "UTF-8''",
            "%",
            "%E2%80%AE",
            " ",
            "\t",
            "x",
          ),
          { maxLength: 14 },
        )
        .map((pieces) => pieces.join("")),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 4 }), chunkSizes, async (lines, sizes) => {
        const text = `--b\r\n${lines.map((l) => l.replace(/\r\n/g, "")).join("\r\n")}\r\n\r\nvalue\r\n--b--`;
        const result = await outcome(() => parseAll(chunked(bytes(text), sizes), "b"));
        if (!(result instanceof MultipartError)) for (const part of result) expect(part.name).not.toBe("");
      }),
      { numRuns: 400 },
    );
  });

  it("accepts a header block up to maxHeaderBytes and rejects a longer one", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -40, max: 40 }), chunkSizes, async (delta, sizes) => {
        const prefix = 'Content-Disposition: form-data; name="a"; filename="';
        const filename = "x".repeat(LIMITS.maxHeaderBytes - prefix.length - 1 + delta);
        const body = encodeBody("b", [{ name: "a", filename, content: bytes("v") }]);
        const result = await outcome(() => parseAll(chunked(body.bytes, sizes), "b"));
        if (delta <= 0) expect(result).toEqual(body.parts);
        else expect(result).toBeInstanceOf(MultipartError);
      }),
      { numRuns: 100 },
    );
  });

  it("accepts up to maxParts parts and rejects one more", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: LIMITS.maxParts * 2 }), chunkSizes, async (count, sizes) => {
        const parts = Array.from({ length: count }, (_, i) => ({ name: `p${i}`, content: bytes(String(i)) }));
        const body = encodeBody("b", parts);
        const result = await outcome(() => parseAll(chunked(body.bytes, sizes), "b"));
        if (count <= LIMITS.maxParts) expect(result).toEqual(parts);
        else expect(result).toBeInstanceOf(MultipartError);
      }),
      { numRuns: 60 },
    );
  });

  it("moves on whether the caller reads, cancels or ignores each part", async () => {
    await fc.assert(
      fc.asyncProperty(
        bodyArb,
        fc.array(fc.constantFrom("read", "cancel", "ignore"), { minLength: 6, maxLength: 6 }),
        chunkSizes,
        async (body, choices, sizes) => {
          const read: Part[] = [];
          let index = 0;
          for await (const { body: stream, ...headers } of parseMultipart(
            chunked(body.bytes, sizes),
            body.boundary,
            LIMITS,
          )) {
            const choice = choices[index++];
            if (choice === "read") read.push({ ...headers, content: await readAll(stream) });
            else if (choice === "cancel") await stream.cancel();
          }
          expect(index).toBe(body.parts.length);
          expect(read).toEqual(body.parts.filter((_, i) => choices[i] === "read"));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a boundary that RFC 2046 does not allow, before reading anything", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 80 }), async (boundary) => {
        fc.pre(!/^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary));
        const result = await outcome(() => parseAll(chunked(bytes(`--${boundary}--`)), boundary));
        expect(result).toBeInstanceOf(MultipartError);
      }),
      { numRuns: 100 },
    );
  });

  it("multipartBoundary never throws, and returns null or a boundary the parser accepts", () => {
    const contentType = fc.oneof(
      fc.string({ unit: "binary", maxLength: 100 }),
      fc
        .tuple(
          fc.constantFrom("multipart/form-data", "Multipart/Form-Data", "multipart/mixed", ""),
          fc.array(
            fc.tuple(fc.constantFrom("boundary", "BOUNDARY", "charset", "", " "), fc.string({ maxLength: 20 })),
            {
              maxLength: 3,
            },
          ),
          fc.constantFrom(";", "; ", " ;"),
        )
        .map(([type, params, separator]) => [type, ...params.map(([key, value]) => `${key}=${value}`)].join(separator)),
    );
    fc.assert(
      fc.property(contentType, (value) => {
        const boundary = multipartBoundary(value);
        if (boundary !== null) expect(boundary).toMatch(/^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/);
      }),
      { numRuns: 1000 },
    );
  });

  it("readPartText decodes valid UTF-8 exactly and rejects the rest with its own error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: "grapheme", maxLength: 30 }).map(bytes)),
        fc.integer({ min: 0, max: 80 }),
        chunkSizes,
        async (input, maxBytes, sizes) => {
          let expected: string | null;
          try {
            expected = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(input);
          } catch {
            expected = null;
          }
          const result = await readPartText(chunked(input, sizes), maxBytes).catch((error: unknown) => {
            if (error instanceof MultipartError) return error;
            throw error;
          });
          if (input.byteLength > maxBytes) expect(result).toBeInstanceOf(MultipartError);
          else if (expected === null) expect(result).toBeInstanceOf(MultipartError);
          else expect(result).toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ————— through HTTP —————

type Endpoint = "api" | "form";
const ENDPOINTS: Endpoint[] = ["api", "form"];
const PATHS: Record<Endpoint, string> = { api: "/api/v1/applications", form: "/apply?lang=en" };
// The form answers a good submission with a redirect to the receipt.
const SUCCESS: Record<Endpoint, number[]> = { api: [201], form: [303] };

type RawPart = { headers: string[]; content: Uint8Array | string };

function rawBody(boundary: string, parts: RawPart[], { close = true } = {}): Uint8Array {
  const pieces: Uint8Array[] = [];
  for (const part of parts) {
    pieces.push(bytes(`--${boundary}\r\n${part.headers.map((h) => `${h}\r\n`).join("")}\r\n`));
    pieces.push(typeof part.content === "string" ? bytes(part.content) : part.content);
    pieces.push(bytes("\r\n"));
  }
  if (close) pieces.push(bytes(`--${boundary}--\r\n`));
  return bytes(...pieces);
}

function field(name: string, value: string | Uint8Array): RawPart {
  return { headers: [`Content-Disposition: form-data; name="${name}"`], content: value };
}

function filePart(filename: string, content: Uint8Array, disposition?: string): RawPart {
  return {
    headers: [
      disposition ?? `Content-Disposition: form-data; name="attachments"; filename="${filename}"`,
      "Content-Type: application/pdf",
    ],
    content,
  };
}

/** A PDF unique to the call, so its row can be found by hash. */
function uniquePdf(): Uint8Array {
  return bytes(`%PDF-1.7\n% ${crypto.randomUUID()}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n`);
}

/** The fields of a valid submission for the endpoint. */
function validFields(endpoint: Endpoint): RawPart[] {
  if (endpoint === "api") return [field("application", JSON.stringify(validApplication()))];
  const parts: RawPart[] = [];
  for (const [name, value] of Object.entries(formFields())) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) parts.push(field(name, v));
  }
  return parts;
}

function post(endpoint: Endpoint, body: BodyInit, headers: Record<string, string>) {
  return request(PATHS[endpoint], { method: "POST", headers, body, redirect: "manual" });
}

const B = "----hostile7MA4YWxkTrZu0gW";
const MULTIPART = `multipart/form-data; boundary=${B}`;

async function gzip(data: Uint8Array): Promise<Uint8Array> {
  const compressed = new Blob([data]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

type Malformed = { contentType: string | null; body: Uint8Array; headers?: Record<string, string> };

/** Each body starts with a good submission and a good PDF, so a late refusal must clean up after them. */
const MALFORMED: Record<string, (endpoint: Endpoint) => Malformed | Promise<Malformed>> = {
  "no boundary parameter": (e) => ({
    contentType: "multipart/form-data",
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "an empty boundary parameter": (e) => ({
    contentType: "multipart/form-data; boundary=",
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "a boundary of 71 characters": (e) => ({
    contentType: `multipart/form-data; boundary=${"b".repeat(71)}`,
    body: rawBody("b".repeat(71), [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "two boundary parameters": (e) => ({
    contentType: `${MULTIPART}; boundary=other`,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "a boundary other than the body's": (e) => ({
    contentType: "multipart/form-data; boundary=not-the-one",
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "an unterminated file part": (e) => ({
    contentType: MULTIPART,
    body: bytes(
      rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())], { close: false }),
      rawBody(B, [filePart("b.pdf", uniquePdf())], { close: false }).slice(0, -20),
    ),
  }),
  "no closing delimiter": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())], { close: false }),
  }),
  "headers that never end": (e) => ({
    contentType: MULTIPART,
    body: bytes(
      rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())], { close: false }),
      bytes(`--${B}\r\nContent-Disposition: form-data; name="x"\r\n`),
    ),
  }),
  "a part with no name": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      ...validFields(e),
      filePart("a.pdf", uniquePdf()),
      filePart("b.pdf", uniquePdf(), 'Content-Disposition: form-data; filename="b.pdf"'),
    ]),
  }),
  "a part with an empty name": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf()), field("", "x")]),
  }),
  "a part with no Content-Disposition": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      ...validFields(e),
      filePart("a.pdf", uniquePdf()),
      { headers: ["Content-Type: text/plain"], content: "x" },
    ]),
  }),
  "a part with two Content-Disposition headers": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      filePart("a.pdf", uniquePdf()),
      ...validFields(e),
      {
        headers: ['Content-Disposition: form-data; name="a"', 'Content-Disposition: form-data; name="b"'],
        content: "x",
      },
    ]),
  }),
  "a 10,000-character field name": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf()), field("n".repeat(10_000), "x")]),
  }),
  "a 10,000-character file name": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      ...validFields(e),
      filePart("a.pdf", uniquePdf()),
      filePart(`${"f".repeat(10_000)}.pdf`, uniquePdf()),
    ]),
  }),
  "a malformed filename*": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      ...validFields(e),
      filePart("a.pdf", uniquePdf()),
      filePart("", uniquePdf(), `Content-Disposition: form-data; name="attachments"; filename*=UTF-8''%E2%80`),
    ]),
  }),
  "a field that is not UTF-8": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      filePart("a.pdf", uniquePdf()),
      ...validFields(e),
      field(e === "api" ? "application" : "applicant.name", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
    ]),
  }),
  "a 200 KB text field": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      filePart("a.pdf", uniquePdf()),
      ...validFields(e),
      field("claim.newEvidence", "x".repeat(200_000)),
    ]),
  }),
  "201 parts": (e) => ({
    contentType: MULTIPART,
    body: rawBody(B, [
      filePart("a.pdf", uniquePdf()),
      ...validFields(e),
      ...Array.from({ length: 201 }, (_, i) => field(`extra${i}`, "x")),
    ]),
  }),
  "a 9 KB preamble": (e) => ({
    contentType: MULTIPART,
    body: bytes(
      bytes("p".repeat(9 * 1024)),
      bytes("\r\n"),
      rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
    ),
  }),
  "text after the boundary on its line": (e) => ({
    contentType: MULTIPART,
    body: bytes(
      rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())], { close: false }),
      bytes(`--${B}junk\r\n\r\n\r\n--${B}--`),
    ),
  }),
  "multipart/form-data with a JSON body": () => ({
    contentType: MULTIPART,
    body: bytes(JSON.stringify(validApplication())),
  }),
  "application/json with a multipart body": (e) => ({
    contentType: "application/json",
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "text/plain with a multipart body": (e) => ({
    contentType: "text/plain",
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "multipart/mixed": (e) => ({
    contentType: `multipart/mixed; boundary=${B}`,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "no Content-Type": (e) => ({
    contentType: null,
    body: rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())]),
  }),
  "a gzip-compressed body with Content-Encoding: gzip": async (e) => ({
    contentType: MULTIPART,
    headers: { "Content-Encoding": "gzip" },
    body: await gzip(rawBody(B, [...validFields(e), filePart("a.pdf", uniquePdf())])),
  }),
};

function headersOf(malformed: Malformed): Record<string, string> {
  return { ...(malformed.contentType === null ? {} : { "Content-Type": malformed.contentType }), ...malformed.headers };
}

describe("malformed multipart bodies through HTTP", () => {
  const cases = ENDPOINTS.flatMap((endpoint) => Object.keys(MALFORMED).map((name) => [endpoint, name] as const));

  it.each(cases)("%s: %s is a 4xx that leaves nothing in D1 or R2", async (endpoint, name) => {
    const malformed = await (MALFORMED[name] as (e: Endpoint) => Malformed | Promise<Malformed>)(endpoint);
    const before = await stored();
    const response = await post(endpoint, malformed.body, headersOf(malformed));
    await response.arrayBuffer();
    expect([400, 413, 415], `${endpoint} ${name}: ${response.status}`).toContain(response.status);
    await expectRefusedOrOneCase(before, response, `${endpoint} ${name}`, []);
  });

  it.each(ENDPOINTS)(
    "%s: a body labelled Content-Encoding: gzip that is not gzip is refused, not read as plain",
    async (endpoint) => {
      const before = await stored();
      const body = rawBody(B, [...validFields(endpoint), filePart("a.pdf", uniquePdf())]);
      const response = await post(endpoint, body, { "Content-Type": MULTIPART, "Content-Encoding": "gzip" });
      await response.arrayBuffer();
      expect([400, 415]).toContain(response.status);
      await expectRefusedOrOneCase(before, response, endpoint, []);
    },
  );

  it("api: two `application` parts are refused rather than one of them picked", async () => {
    const other = validApplication({ applicant: { name: "Someone Else", inCustody: false } });
    const before = await stored();
    const response = await post(
      "api",
      rawBody(B, [...validFields("api"), field("application", JSON.stringify(other)), filePart("a.pdf", uniquePdf())]),
      { "Content-Type": MULTIPART },
    );
    await expectText(response, 400);
    await expectRefusedOrOneCase(before, response, "two application parts", []);
  });
});

const UNSAFE_IN_NAME = /[/\\\p{Cc}\p{Bidi_Control}]/u;

const HOSTILE_FILE_NAMES: [label: string, disposition: string][] = [
  ["a Unix path traversal", 'filename="../../etc/passwd"'],
  ["a Windows path traversal", 'filename="..\\..\\win.ini"'],
  ["an absolute Unix path", 'filename="/etc/passwd"'],
  ["an absolute Windows path", 'filename="C:\\Windows\\System32\\drivers\\etc\\hosts"'],
  ["a UNC path", 'filename="\\\\server\\share\\evil.pdf"'],
  ["a right-to-left override", 'filename="invoice\u202efdp.exe"'],
  ["embedding and isolate controls", 'filename="\u202bright\u202c \u2067isolate\u2069.pdf"'],
  ["an Arabic letter mark", 'filename="\u061cinvoice.pdf"'],
  ["direction marks", 'filename="\u200ea\u200f.pdf"'],
  ["a NUL", 'filename="invoice.pdf\u0000.exe"'],
  ["C0 and C1 controls", 'filename="tab\there\u0007\u001b[31m\u0085\u009b.pdf"'],
  ["a dot file", 'filename=".htaccess"'],
  ["only dots", 'filename="...."'],
  ["only spaces", 'filename="   "'],
  ["percent-encoded traversal, taken literally", 'filename="%2e%2e%2fpasswd"'],
  ["an RFC 8187 traversal", "filename*=UTF-8''..%2F..%2Fetc%2Fpasswd"],
  ["an RFC 8187 right-to-left override", "filename*=UTF-8''invoice%E2%80%AEfdp.exe"],
  ["a 199-character name whose 200th character is an emoji", `filename="${"a".repeat(199)}\u{1f600}.pdf"`],
];

describe("hostile file names through HTTP", () => {
  const cases = ENDPOINTS.flatMap((endpoint) => HOSTILE_FILE_NAMES.map(([label, d]) => [endpoint, label, d] as const));

  it.each(cases)("%s: %s is stored and served under a safe display name", async (endpoint, label, disposition) => {
    const pdf = uniquePdf();
    const before = await stored();
    const response = await post(
      endpoint,
      rawBody(B, [
        ...validFields(endpoint),
        filePart("", pdf, `Content-Disposition: form-data; name="attachments"; ${disposition}`),
      ]),
      { "Content-Type": MULTIPART },
    );
    await response.arrayBuffer();
    expect(SUCCESS[endpoint], `${label}: ${response.status}`).toContain(response.status);
    await expectRefusedOrOneCase(before, response, label, SUCCESS[endpoint]);

    const row = await env.DB.prepare("SELECT id, case_id, file_name FROM attachments WHERE sha256 = ?")
      .bind(await sha256Hex(pdf))
      .first<{ id: string; case_id: string; file_name: string }>();
    const name = row?.file_name ?? "";
    expect(name, label).not.toBe("");
    expect(name, label).not.toMatch(UNSAFE_IN_NAME);
    expect(name.startsWith("."), label).toBe(false);
    expect(name.isWellFormed(), `${label}: ${JSON.stringify(name)}`).toBe(true);
    expect([...name].length).toBeLessThanOrEqual(200);

    const download = await staffRequest(`/api/v1/cases/${row?.case_id}/attachments/${row?.id}`);
    await expectStatus(download, 200, label);
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    // The sandbox CSP of downloads is checked in file-type.property.test.ts.
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });
});

describe("displayFileName", () => {
  it("turns any file name into a short, plain display name", () => {
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom(
        "/",
        "\\",
        "..",
        ".",
        " ",
        "\u0000",
        "\u202e",
        "\u061c",
        "\u2066",
        "\u0085",
        "\u{1f600}",
        "a".repeat(199),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join("")),
        (raw) => {
          fc.pre(raw.isWellFormed());
          const name = displayFileName(raw);
          expect(name).not.toBe("");
          expect(name).not.toMatch(UNSAFE_IN_NAME);
          expect(name.startsWith(".")).toBe(false);
          expect(name.isWellFormed()).toBe(true);
          expect([...name].length).toBeLessThanOrEqual(200);
          expect(() => encodeURIComponent(name)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
