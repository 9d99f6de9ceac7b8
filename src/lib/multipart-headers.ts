// The headers of a multipart/form-data part (RFC 7578): Content-Disposition with its `name` and
// `filename` (or RFC 5987's `filename*`), and Content-Type. Anything ambiguous is refused rather
// than guessed, so no two readers of the same body can disagree.
import type { MultipartPart } from "./multipart";

/** A malformed multipart body: missing boundary, truncated, header too long, too many parts, and so on. */
export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MultipartError";
  }
}

type PartHeaders = Omit<MultipartPart, "body">;

export function parsePartHeaders(block: string): PartHeaders {
  const headers = new Map<string, string>();
  for (const line of unfoldHeaderLines(block)) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new MultipartError("Malformed part header");
    const name = line.slice(0, colon).trim().toLowerCase();
    if (headers.has(name)) throw new MultipartError(`Duplicate ${name} header in a part`);
    headers.set(name, line.slice(colon + 1).trim());
  }

  const dispositionHeader = headers.get("content-disposition");
  if (dispositionHeader === undefined) throw new MultipartError("Part has no Content-Disposition");
  const disposition = parseHeaderValue(dispositionHeader);
  if (disposition === null) throw new MultipartError("Malformed Content-Disposition");
  if (disposition.type !== "form-data") throw new MultipartError("Part is not form-data");
  const name = disposition.params.get("name");
  if (!name) throw new MultipartError("Part has no name");

  const part: PartHeaders = { name };
  const extendedFilename = disposition.params.get("filename*");
  const filename =
    extendedFilename === undefined ? disposition.params.get("filename") : decodeExtendedValue(extendedFilename);
  if (filename !== undefined) part.filename = filename;
  const contentType = headers.get("content-type");
  if (contentType !== undefined) part.contentType = contentType;
  return part;
}

function unfoldHeaderLines(block: string): string[] {
  const lines: string[] = [];
  for (const line of block.split("\r\n")) {
    if (line === "") continue;
    const isContinuation = line.startsWith(" ") || line.startsWith("\t");
    if (isContinuation && lines.length > 0) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line);
  }
  return lines;
}

type HeaderValue = { type: string; params: Map<string, string> };

// Splits `type; key=value; key="quoted"` into a lower-cased type and parameters (keys lower-cased).
// Null when malformed, including a repeated parameter, so two readers can never disagree on which one counts.
export function parseHeaderValue(value: string): HeaderValue | null {
  const firstSemicolon = value.indexOf(";");
  const type = (firstSemicolon === -1 ? value : value.slice(0, firstSemicolon)).trim().toLowerCase();
  const params = new Map<string, string>();
  let position = firstSemicolon === -1 ? value.length : firstSemicolon + 1;
  while (position < value.length) {
    const separator = value.indexOf("=", position);
    const nextSemicolon = value.indexOf(";", position);
    if (separator === -1 || (nextSemicolon !== -1 && nextSemicolon < separator)) {
      // Tolerate empty segments such as a trailing ";".
      if (value.slice(position, nextSemicolon === -1 ? value.length : nextSemicolon).trim() !== "") return null;
      position = nextSemicolon === -1 ? value.length : nextSemicolon + 1;
      continue;
    }
    const key = value.slice(position, separator).trim().toLowerCase();
    if (key === "" || params.has(key)) return null;
    const parsed = readParameterValue(value, separator + 1);
    if (parsed === null) return null;
    params.set(key, parsed.value);
    position = parsed.end;
  }
  return { type, params };
}

// Reads a token or quoted string starting at `start`; `end` is just past the following ";" (or the end).
function readParameterValue(value: string, start: number): { value: string; end: number } | null {
  let position = start;
  while (value[position] === " " || value[position] === "\t") position += 1;
  if (value[position] !== '"') {
    const semicolon = value.indexOf(";", position);
    const end = semicolon === -1 ? value.length : semicolon;
    return { value: value.slice(position, end).trim(), end: end + 1 };
  }

  let result = "";
  position += 1;
  for (;;) {
    const char = value[position];
    if (char === undefined) return null;
    if (char === '"') break;
    const next = value[position + 1];
    // Only \" and \\ are escapes: old browsers send Windows paths like C:\Users\x.pdf unescaped.
    if (char === "\\" && (next === '"' || next === "\\")) {
      result += next;
      position += 2;
    } else {
      result += char;
      position += 1;
    }
  }
  position += 1;
  while (value[position] === " " || value[position] === "\t") position += 1;
  if (position < value.length && value[position] !== ";") return null;
  return { value: result, end: position + 1 };
}

const EXTENDED_VALUE = /^([A-Za-z0-9!#$&+^_`{}~-]+)'[^']*'(.*)$/;

// RFC 8187 `charset'language'percent-encoded`, as in `filename*=UTF-8''na%C3%AFve.pdf`.
function decodeExtendedValue(value: string): string {
  const match = EXTENDED_VALUE.exec(value);
  const charset = match?.[1]?.toLowerCase();
  const encoded = match?.[2];
  if (charset === undefined || encoded === undefined) throw new MultipartError("Malformed filename*");
  const bytes = percentDecode(encoded);
  if (charset === "iso-8859-1") return String.fromCharCode(...bytes);
  if (charset !== "utf-8") throw new MultipartError("Unsupported filename* charset");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new MultipartError("filename* is not valid UTF-8");
  }
}

function percentDecode(encoded: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 1) {
    const code = encoded.charCodeAt(i);
    if (code === 0x25) {
      const hex = encoded.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new MultipartError("Malformed percent-encoding in filename*");
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (code > 0x20 && code < 0x7f) {
      bytes.push(code);
    } else {
      throw new MultipartError("filename* holds characters that must be percent-encoded");
    }
  }
  return new Uint8Array(bytes);
}
