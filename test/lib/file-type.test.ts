import { describe, expect, it } from "vitest";
import { detectFileType, FILE_TYPE_SNIFF_BYTES } from "../../src/lib/file-type";
import { bytes } from "../bytes";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function uint16(value: number): number[] {
  return [value & 0xff, value >>> 8];
}

function uint32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24];
}

// A ZIP local file header followed by `dataBytes` of stand-in compressed data.
function zipEntry(name: string, dataBytes: number, flags = 0x0006): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  return bytes(
    [0x50, 0x4b, 0x03, 0x04],
    uint16(20),
    uint16(flags),
    uint16(8),
    uint16(0x6000),
    uint16(0x5821),
    uint32(0x1234abcd),
    uint32(dataBytes),
    uint32(dataBytes * 4),
    uint16(nameBytes.byteLength),
    uint16(0),
    Array.from(nameBytes),
    Array.from({ length: dataBytes }, (_, index) => (index * 31 + 7) % 256),
  );
}

function zip(...entries: [name: string, dataBytes: number][]): Uint8Array {
  return bytes(...entries.map(([name, dataBytes]) => Array.from(zipEntry(name, dataBytes))));
}

function typeOf(head: Uint8Array): string | null {
  const type = detectFileType(head);
  return type === null ? null : `${type.mime} .${type.extension}`;
}

const PDF = bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48]);
const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0x00, 0x00, 0x00, 0x0d],
  "IHDR",
  [0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89],
);
const HEIC = bytes(
  [0x00, 0x00, 0x00, 0x18],
  "ftypheic",
  [0x00, 0x00, 0x00, 0x00],
  "mif1heic",
  [0x00, 0x00, 0x01, 0x0a],
  "meta",
);
const TIFF_LE = bytes("II", [0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x0e, 0x00]);
const TIFF_BE = bytes("MM", [0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x0e]);
const EXE = bytes(
  "MZ",
  [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff],
  "This program cannot be run in DOS mode.",
);

describe("detectFileType", () => {
  it("sniffs enough bytes for every signature it checks", () => {
    expect(FILE_TYPE_SNIFF_BYTES).toBe(4096);
  });

  it("recognises each allowed binary type from a real minimal header", () => {
    expect(typeOf(PDF)).toBe("application/pdf .pdf");
    expect(typeOf(JPEG)).toBe("image/jpeg .jpg");
    expect(typeOf(PNG)).toBe("image/png .png");
    expect(typeOf(HEIC)).toBe("image/heic .heic");
    expect(typeOf(TIFF_LE)).toBe("image/tiff .tiff");
    expect(typeOf(TIFF_BE)).toBe("image/tiff .tiff");
  });

  it("accepts every HEIF brand on the list and refuses other ISO-BMFF brands", () => {
    for (const brand of ["heic", "heix", "hevc", "hevx", "mif1", "msf1"]) {
      const head = bytes([0x00, 0x00, 0x00, 0x18], `ftyp${brand}`, [0, 0, 0, 0], "mif1heic");
      expect(typeOf(head), brand).toBe("image/heic .heic");
    }
    for (const brand of ["avif", "isom", "mp42", "qt  "]) {
      const head = bytes([0x00, 0x00, 0x00, 0x18], `ftyp${brand}`, [0, 0, 0, 0], "isomiso2");
      expect(typeOf(head), brand).toBeNull();
    }
  });

  it("recognises DOCX packages by their first entry", () => {
    expect(typeOf(zip(["[Content_Types].xml", 380], ["_rels/.rels", 240], ["word/document.xml", 2000]))).toBe(
      `${DOCX_MIME} .docx`,
    );
    expect(typeOf(zip(["_rels/.rels", 240], ["word/document.xml", 2000]))).toBe(`${DOCX_MIME} .docx`);
    expect(typeOf(zip(["docProps/app.xml", 300], ["word/document.xml", 2000]))).toBe(`${DOCX_MIME} .docx`);
    expect(typeOf(zip(["word/document.xml", 2000]))).toBe(`${DOCX_MIME} .docx`);
    // Streamed ZIPs (data descriptor) hide where the next entry starts; the first name has to do.
    expect(typeOf(zipEntry("[Content_Types].xml", 0, 0x0008))).toBe(`${DOCX_MIME} .docx`);
  });

  it("reads headers correctly from a view that does not start at offset 0", () => {
    const docx = zip(["[Content_Types].xml", 100], ["word/document.xml", 50]);
    for (const head of [docx, HEIC]) {
      const padded = new Uint8Array(head.byteLength + 13);
      padded.set(head, 13);
      expect(typeOf(padded.subarray(13))).toBe(typeOf(head));
      expect(typeOf(padded.subarray(13))).not.toBeNull();
    }
  });

  it("accepts plain UTF-8 text", () => {
    expect(typeOf(bytes("Dear reviewers,\r\n\tI was convicted in 1998.\f\n"))).toBe("text/plain .txt");
    expect(typeOf(bytes("Grüße — 日本語 🎉\n"))).toBe("text/plain .txt");
    expect(typeOf(bytes([0xef, 0xbb, 0xbf], "with a BOM"))).toBe("text/plain .txt");
    expect(typeOf(bytes("a > b, and 2 < 3"))).toBe("text/plain .txt");
  });

  it("accepts a multibyte character cut off by the end of the head", () => {
    const text = new TextEncoder().encode(`${"x".repeat(FILE_TYPE_SNIFF_BYTES - 2)}🎉`);
    expect(typeOf(text.subarray(0, FILE_TYPE_SNIFF_BYTES))).toBe("text/plain .txt");
    // ...but not one broken in the middle.
    expect(typeOf(bytes("ab", [0xf0, 0x9f], "cd"))).toBeNull();
  });

  describe("refuses", () => {
    it("an empty file", () => {
      expect(detectFileType(new Uint8Array(0))).toBeNull();
    });

    it("an executable, whatever its name (e.g. evidence.pdf)", () => {
      expect(detectFileType(EXE)).toBeNull();
      expect(detectFileType(bytes("MZ hello"))).toBeNull();
      expect(detectFileType(bytes([0x7f], "ELF", [0x02, 0x01, 0x01, 0x00]))).toBeNull();
      expect(detectFileType(bytes([0x7f], "ELF"))).toBeNull();
    });

    it("HTML, SVG and XML even though they are text", () => {
      for (const markup of [
        "<!DOCTYPE html><html><script>alert(1)</script>",
        "<html><body>hi</body></html>",
        '  \r\n\t<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<?xml version="1.0"?><svg/>',
        "<",
      ]) {
        expect(detectFileType(bytes(markup)), markup).toBeNull();
      }
      expect(detectFileType(bytes([0xef, 0xbb, 0xbf], "\n<html>"))).toBeNull();
    });

    it("GIF and other images not on the list", () => {
      expect(detectFileType(bytes("GIF89a", [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]))).toBeNull();
      expect(detectFileType(bytes("GIF87a!!"))).toBeNull();
      expect(detectFileType(bytes("BM", [0x3a, 0x00, 0x00, 0x00]))).toBeNull();
      expect(detectFileType(bytes("RIFF", [0x24, 0x00, 0x00, 0x00], "WEBPVP8 "))).toBeNull();
    });

    it("a ZIP that is not a Word document", () => {
      expect(detectFileType(zip(["photo.jpg", 500], ["notes.txt", 20]))).toBeNull();
      expect(detectFileType(zip(["mimetype", 39], ["content.xml", 800]))).toBeNull();
      expect(
        detectFileType(zip(["[Content_Types].xml", 380], ["_rels/.rels", 240], ["xl/workbook.xml", 600])),
      ).toBeNull();
      expect(detectFileType(zip(["[Content_Types].xml", 380], ["ppt/presentation.xml", 600]))).toBeNull();
      expect(detectFileType(zip(["[Content_Types].xml", 380], ["word/vbaProject.bin", 900]))).toBeNull();
      expect(detectFileType(zip(["evil/word/document.xml", 10]))).toBeNull();
      expect(detectFileType(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeNull();
      expect(
        detectFileType(
          bytes(
            [0x50, 0x4b, 0x05, 0x06],
            Array.from({ length: 18 }, () => 0),
          ),
        ),
      ).toBeNull();
    });

    it("text containing NUL or other control characters", () => {
      expect(detectFileType(bytes("looks like text", [0x00], "but is not"))).toBeNull();
      expect(detectFileType(bytes("terminal ", [0x1b], "[31mred"))).toBeNull();
      expect(detectFileType(bytes("bell", [0x07]))).toBeNull();
      expect(detectFileType(bytes([0xff, 0xfe], "h\u0000i\u0000"))).toBeNull();
    });

    it("invalid UTF-8", () => {
      expect(detectFileType(bytes("latin-1 caf", [0xe9], " au lait"))).toBeNull();
      expect(detectFileType(bytes("overlong ", [0xc0, 0xaf]))).toBeNull();
      expect(detectFileType(bytes("overlong ", [0xe0, 0x80, 0xaf]))).toBeNull();
      expect(detectFileType(bytes("lone continuation ", [0x80]))).toBeNull();
      expect(detectFileType(bytes("surrogate ", [0xed, 0xa0, 0x80]))).toBeNull();
      expect(detectFileType(bytes("past U+10FFFF ", [0xf4, 0x90, 0x80, 0x80]))).toBeNull();
    });
  });
});
