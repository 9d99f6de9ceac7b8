import { describe, expect, it } from "vitest";
import {
  MultipartError,
  type MultipartLimits,
  multipartBoundary,
  parseMultipart,
  readPartText,
} from "../../src/lib/multipart";
import { bytes, readAll } from "../bytes";

const BOUNDARY = "----IntakeBoundary7MA4YWxkTrZu0gW";
const LIMITS: MultipartLimits = { maxParts: 10, maxHeaderBytes: 1024 };

type RawPart = { headers: string[]; body: Uint8Array | string };
type ParsedPart = { name: string; filename?: string; contentType?: string; content: Uint8Array };

function multipartBody(parts: RawPart[], { preamble = "", epilogue = "", boundary = BOUNDARY } = {}): Uint8Array {
  const pieces: Uint8Array[] = [bytes(preamble)];
  for (const part of parts) {
    pieces.push(bytes(`--${boundary}\r\n${part.headers.map((header) => `${header}\r\n`).join("")}\r\n`));
    pieces.push(typeof part.body === "string" ? bytes(part.body) : part.body);
    pieces.push(bytes("\r\n"));
  }
  pieces.push(bytes(`--${boundary}--\r\n${epilogue}`));
  return bytes(...pieces);
}

function field(name: string, value: string): RawPart {
  return { headers: [`Content-Disposition: form-data; name="${name}"`], body: value };
}

// A stream handing out `data` in chunks whose sizes come from `nextSize`.
function chunkedStream(data: Uint8Array, nextSize: () => number = () => data.byteLength): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= data.byteLength) {
        controller.close();
        return;
      }
      const size = Math.max(1, nextSize());
      controller.enqueue(data.slice(offset, offset + size));
      offset += size;
    },
  });
}

// Deterministic pseudo-random numbers (mulberry32), so a failing chunking can be reproduced.
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function parseAll(stream: ReadableStream<Uint8Array>, limits = LIMITS): Promise<ParsedPart[]> {
  const parts: ParsedPart[] = [];
  for await (const { body, ...headers } of parseMultipart(stream, BOUNDARY, limits)) {
    parts.push({ ...headers, content: await readAll(body) });
  }
  return parts;
}

async function parseError(stream: ReadableStream<Uint8Array>, limits = LIMITS): Promise<unknown> {
  try {
    await parseAll(stream, limits);
  } catch (error) {
    return error;
  }
  throw new Error("expected parsing to fail");
}

// Binary file content full of near-misses: CRLF, dashes and boundary prefixes that are not delimiters.
const TRICKY_FILE = bytes(
  new Uint8Array([0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a, 0x2d, 0x2d]),
  bytes(`\r\n--${BOUNDARY.slice(0, -1)}`),
  bytes(`\r\n--${BOUNDARY.slice(0, 10)}X`),
  bytes(`--${BOUNDARY}`),
  bytes(`\n--${BOUNDARY}`),
  bytes(`\r--${BOUNDARY}`),
  new Uint8Array(Array.from({ length: 300 }, (_, index) => (index * 7) % 256)),
  bytes("\r\n-"),
);

const SAMPLE_PARTS: RawPart[] = [
  field("fullName", "Ada Lovelace"),
  field("story", "Line one\r\nLine two — ünïcödé"),
  {
    headers: ['Content-Disposition: form-data; name="evidence"; filename="scan.pdf"', "Content-Type: application/pdf"],
    body: TRICKY_FILE,
  },
  field("empty", ""),
];

const EXPECTED_SAMPLE: ParsedPart[] = [
  { name: "fullName", content: bytes("Ada Lovelace") },
  { name: "story", content: bytes("Line one\r\nLine two — ünïcödé") },
  { name: "evidence", filename: "scan.pdf", contentType: "application/pdf", content: TRICKY_FILE },
  { name: "empty", content: new Uint8Array(0) },
];

describe("multipartBoundary", () => {
  it("reads unquoted and quoted boundaries", () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; BOUNDARY="a b:c"')).toBe("a b:c");
  });

  it("returns null for other types and missing or invalid boundaries", () => {
    expect(multipartBoundary(null)).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
    expect(multipartBoundary("")).toBeNull();
    expect(multipartBoundary("application/json")).toBeNull();
    expect(multipartBoundary("multipart/mixed; boundary=abc")).toBeNull();
    expect(multipartBoundary("multipart/form-data")).toBeNull();
    expect(multipartBoundary("multipart/form-data; boundary=")).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${"a".repeat(71)}`)).toBeNull();
    expect(multipartBoundary('multipart/form-data; boundary="ends with space "')).toBeNull();
    expect(multipartBoundary("multipart/form-data; boundary=bad\u00e9")).toBeNull();
  });
});

describe("parseMultipart", () => {
  it("parses text fields and a binary file delivered in one chunk", async () => {
    expect(await parseAll(chunkedStream(multipartBody(SAMPLE_PARTS)))).toEqual(EXPECTED_SAMPLE);
  });

  it("parses the same body fed one byte at a time", async () => {
    expect(await parseAll(chunkedStream(multipartBody(SAMPLE_PARTS), () => 1))).toEqual(EXPECTED_SAMPLE);
  });

  it("parses the same body split at random chunk sizes", async () => {
    const body = multipartBody(SAMPLE_PARTS);
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seededRandom(seed);
      const maxChunk = [2, 7, 40, 100, 700][seed % 5] ?? 1;
      const parts = await parseAll(chunkedStream(body, () => 1 + Math.floor(random() * maxChunk)));
      expect(parts, `seed ${seed}`).toEqual(EXPECTED_SAMPLE);
    }
  });

  it("finds a delimiter cut at every possible chunk edge", async () => {
    const body = multipartBody([field("a", "x"), field("b", "y")]);
    for (let cut = 1; cut < body.byteLength; cut += 1) {
      let first = true;
      const stream = chunkedStream(body, () => {
        const size = first ? cut : body.byteLength;
        first = false;
        return size;
      });
      expect(await parseAll(stream)).toEqual([
        { name: "a", content: bytes("x") },
        { name: "b", content: bytes("y") },
      ]);
    }
  });

  it("ignores the preamble and the epilogue", async () => {
    const body = multipartBody([field("a", "1")], {
      preamble: `This is a preamble mentioning --${BOUNDARY.slice(0, 8)}\r\n`,
      epilogue: `trailing junk --${BOUNDARY}\r\nContent-Disposition: form-data; name="ghost"\r\n\r\nboo`,
    });
    expect(await parseAll(chunkedStream(body, () => 3))).toEqual([{ name: "a", content: bytes("1") }]);
  });

  it("accepts a body with no parts and transport padding after a boundary", async () => {
    expect(await parseAll(chunkedStream(bytes(`--${BOUNDARY}--`)))).toEqual([]);
    const padded = bytes(`--${BOUNDARY} \t\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--${BOUNDARY}--`);
    expect(await parseAll(chunkedStream(padded))).toEqual([{ name: "a", content: bytes("v") }]);
  });

  it("reads quoted, unquoted, escaped and extended parameters", async () => {
    const body = multipartBody([
      { headers: ["content-disposition: form-data; name=plain"], body: "1" },
      { headers: ['Content-Disposition: form-data; name="semi;colon"; filename="a \\"quoted\\" name.pdf"'], body: "2" },
      { headers: ['Content-Disposition: form-data; name="path"; filename="C:\\Users\\me\\x.pdf"'], body: "3" },
      {
        headers: [
          `Content-Disposition: form-data; name="intl"; filename="fallback.pdf"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.pdf`,
        ],
        body: "4",
      },
      {
        headers: [
          'Content-Disposition: form-data; name="nofile"; filename=""',
          "Content-Type: application/octet-stream",
        ],
        body: "",
      },
      { headers: ['Content-Disposition: FORM-DATA ;  name = "spaced" ; filename = evil.exe ;'], body: "6" },
    ]);
    const parts = await parseAll(chunkedStream(body, () => 5));
    expect(parts.map(({ content, ...headers }) => ({ ...headers, text: new TextDecoder().decode(content) }))).toEqual([
      { name: "plain", text: "1" },
      { name: "semi;colon", filename: 'a "quoted" name.pdf', text: "2" },
      { name: "path", filename: "C:\\Users\\me\\x.pdf", text: "3" },
      { name: "intl", filename: "naïve résumé.pdf", text: "4" },
      { name: "nofile", filename: "", contentType: "application/octet-stream", text: "" },
      { name: "spaced", filename: "evil.exe", text: "6" },
    ]);
  });

  it("passes a 20 MB part through without holding it in memory", async () => {
    const sourceChunkBytes = 64 * 1024;
    const fileBytes = 20 * 1024 * 1024;
    const head = bytes(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="big"; filename="big.bin"\r\n\r\n`);
    const tail = bytes(`\r\n--${BOUNDARY}--\r\n`);
    let produced = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (produced === 0) controller.enqueue(head);
        if (produced >= fileBytes) {
          controller.enqueue(tail);
          controller.close();
          return;
        }
        // Byte i of the file is i % 251, so the content can be checked without keeping it.
        const chunk = new Uint8Array(Math.min(sourceChunkBytes, fileBytes - produced));
        for (let i = 0; i < chunk.byteLength; i += 1) chunk[i] = (produced + i) % 251;
        produced += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });

    const names: string[] = [];
    let received = 0;
    let largestChunk = 0;
    let largestLead = 0;
    let contentMatches = true;
    for await (const part of parseMultipart(source, BOUNDARY, LIMITS)) {
      names.push(part.name);
      const reader = part.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        largestChunk = Math.max(largestChunk, value.byteLength);
        if (value[0] !== received % 251 || value[value.byteLength - 1] !== (received + value.byteLength - 1) % 251) {
          contentMatches = false;
        }
        received += value.byteLength;
        // Let any read-ahead happen before measuring how far the source got past what was consumed.
        await new Promise((resolve) => setTimeout(resolve, 0));
        largestLead = Math.max(largestLead, produced - received);
      }
    }

    expect(names).toEqual(["big"]);
    expect(received).toBe(fileBytes);
    expect(contentMatches).toBe(true);
    expect(largestChunk).toBeLessThanOrEqual(sourceChunkBytes + BOUNDARY.length + 4);
    // Nothing is read ahead beyond the source's own one-chunk queue and a held-back delimiter prefix.
    expect(largestLead).toBeLessThanOrEqual(sourceChunkBytes + BOUNDARY.length + 4);
  });

  it("skips a part whose body was cancelled", async () => {
    const body = multipartBody([
      { headers: ['Content-Disposition: form-data; name="file"; filename="a.bin"'], body: TRICKY_FILE },
      field("after", "still here"),
    ]);
    const seen: string[] = [];
    for await (const part of parseMultipart(
      chunkedStream(body, () => 9),
      BOUNDARY,
      LIMITS,
    )) {
      if (part.name === "file") await part.body.cancel();
      else seen.push(`${part.name}=${await readPartText(part.body, 100)}`);
    }
    expect(seen).toEqual(["after=still here"]);
  });

  it("skips an unread part and errors its stream rather than truncating it silently", async () => {
    const body = multipartBody([field("first", "unread"), field("second", "read")]);
    const generator = parseMultipart(
      chunkedStream(body, () => 4),
      BOUNDARY,
      LIMITS,
    );
    const first = await generator.next();
    const second = await generator.next();
    expect(second.done).toBe(false);
    if (first.done || second.done) return;
    expect(await readPartText(second.value.body, 100)).toBe("read");
    await expect(readAll(first.value.body)).rejects.toBeInstanceOf(MultipartError);
    expect((await generator.next()).done).toBe(true);
  });

  it("cancels the request body when the caller stops early", async () => {
    const body = multipartBody([field("a", "1"), field("b", "2"), field("c", "3")]);
    let cancelled = false;
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = body.slice(offset, offset + 8);
        offset += chunk.byteLength;
        if (chunk.byteLength > 0) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const part of parseMultipart(stream, BOUNDARY, LIMITS)) {
      expect(await readPartText(part.body, 10)).toBe("1");
      break;
    }
    expect(cancelled).toBe(true);
    expect(offset).toBeLessThan(body.byteLength);
  });

  describe("rejects malformed bodies", () => {
    it("without a name", async () => {
      const body = multipartBody([{ headers: ['Content-Disposition: form-data; filename="a.pdf"'], body: "x" }]);
      expect(await parseError(chunkedStream(body))).toBeInstanceOf(MultipartError);
    });

    it("with an empty name, no Content-Disposition or a non form-data disposition", async () => {
      for (const headers of [
        ['Content-Disposition: form-data; name=""'],
        ["Content-Type: text/plain"],
        [],
        ['Content-Disposition: attachment; name="a"'],
        ['Content-Disposition: form-data; name="a"; name="b"'],
        ['Content-Disposition: form-data; name="a', "X: y"],
        ["Content-Disposition: form-data; name=a", "Content-Disposition: form-data; name=b"],
        ["not a header line"],
        ["Content-Disposition: form-data; name=a; filename*=UTF-8''%E0%A4"],
      ]) {
        const error = await parseError(chunkedStream(multipartBody([{ headers, body: "x" }])));
        expect(error, headers.join(" | ")).toBeInstanceOf(MultipartError);
      }
    });

    it("that end inside a part body, erroring the part's stream", async () => {
      const body = bytes(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nsome data\r\n--${BOUNDARY.slice(0, 5)}`,
      );
      const generator = parseMultipart(
        chunkedStream(body, () => 7),
        BOUNDARY,
        LIMITS,
      );
      const first = await generator.next();
      if (first.done) throw new Error("expected a part");
      await expect(readAll(first.value.body)).rejects.toBeInstanceOf(MultipartError);
      await expect(generator.next()).rejects.toBeInstanceOf(MultipartError);
    });

    it("that end inside headers, after a boundary or before any boundary", async () => {
      const truncatedBodies = [
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n`,
        `--${BOUNDARY}`,
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue`,
        "no boundary anywhere",
        "",
      ];
      for (const text of truncatedBodies) {
        expect(await parseError(chunkedStream(bytes(text), () => 3)), JSON.stringify(text)).toBeInstanceOf(
          MultipartError,
        );
      }
    });

    it("with text after the boundary on its line", async () => {
      const body = bytes(`--${BOUNDARY}junk\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--${BOUNDARY}--`);
      expect(await parseError(chunkedStream(body))).toBeInstanceOf(MultipartError);
    });

    it("with a header block over maxHeaderBytes, even when it never ends", async () => {
      const limits = { maxParts: 10, maxHeaderBytes: 200 };
      const longHeader = `Content-Disposition: form-data; name="a"; filename="${"x".repeat(200)}"`;
      expect(
        await parseError(chunkedStream(multipartBody([{ headers: [longHeader], body: "v" }])), limits),
      ).toBeInstanceOf(MultipartError);

      let pulls = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls += 1;
          controller.enqueue(bytes(pulls === 1 ? `--${BOUNDARY}\r\nX-Filler: ` : "y".repeat(64)));
        },
      });
      expect(await parseError(endless, limits)).toBeInstanceOf(MultipartError);
      expect(pulls).toBeLessThan(10);
    });

    it("with a header block exactly at maxHeaderBytes accepted", async () => {
      const header = 'Content-Disposition: form-data; name="a"';
      const limits = { maxParts: 10, maxHeaderBytes: header.length };
      expect(
        await parseAll(
          chunkedStream(multipartBody([{ headers: [header], body: "v" }]), () => 1),
          limits,
        ),
      ).toEqual([{ name: "a", content: bytes("v") }]);
      const tooSmall = { maxParts: 10, maxHeaderBytes: header.length - 1 };
      expect(
        await parseError(
          chunkedStream(multipartBody([{ headers: [header], body: "v" }]), () => 1),
          tooSmall,
        ),
      ).toBeInstanceOf(MultipartError);
    });

    it("with more than maxParts parts", async () => {
      const limits = { maxParts: 3, maxHeaderBytes: 1024 };
      const threeParts = multipartBody([field("a", "1"), field("b", "2"), field("c", "3")]);
      expect(await parseAll(chunkedStream(threeParts), limits)).toHaveLength(3);
      const fourParts = multipartBody([field("a", "1"), field("b", "2"), field("c", "3"), field("d", "4")]);
      expect(await parseError(chunkedStream(fourParts), limits)).toBeInstanceOf(MultipartError);
    });

    it("with an invalid boundary argument", async () => {
      const generator = parseMultipart(chunkedStream(bytes("--\r\n")), "", LIMITS);
      await expect(generator.next()).rejects.toBeInstanceOf(MultipartError);
    });
  });
});

describe("readPartText", () => {
  it("decodes UTF-8 split across chunks", async () => {
    const text = "Grüße — 日本語 🎉";
    expect(
      await readPartText(
        chunkedStream(bytes(text), () => 1),
        100,
      ),
    ).toBe(text);
  });

  it("accepts exactly maxBytes and rejects one more, cancelling the stream", async () => {
    expect(
      await readPartText(
        chunkedStream(bytes("abcde"), () => 2),
        5,
      ),
    ).toBe("abcde");
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(bytes("abc"));
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(readPartText(stream, 5)).rejects.toBeInstanceOf(MultipartError);
    expect(cancelled).toBe(true);
  });

  it("rejects invalid UTF-8", async () => {
    await expect(readPartText(chunkedStream(new Uint8Array([0x61, 0xff, 0x62])), 10)).rejects.toBeInstanceOf(
      MultipartError,
    );
  });
});
