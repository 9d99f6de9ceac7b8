import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "../../src/lib/i18n";
import { newCaseReference } from "../../src/lib/ids";
import { displayFileName } from "../../src/lib/uploads";

describe("negotiateLanguage", () => {
  it.each([
    ["ja", "en", "ja"],
    [undefined, "es-MX,es;q=0.9,en;q=0.8", "es"],
    [undefined, "fr-FR, ja;q=0.5, en;q=0.4", "ja"],
    [undefined, "en;q=0.2, es;q=0.8", "es"],
    [undefined, "de, fr", "en"],
    [undefined, undefined, "en"],
    ["xx", "ja", "ja"],
  ])("?lang=%s with Accept-Language %s → %s", (query, header, expected) => {
    expect(negotiateLanguage(query, header)).toBe(expected);
  });
});

describe("newCaseReference", () => {
  it("uses the year and six unambiguous symbols (no O, 0, I, 1)", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const reference = newCaseReference(new Date("2026-03-01T00:00:00Z"));
      expect(reference).toMatch(/^IN-2026-[A-HJ-NP-Z2-9]{6}$/);
      seen.add(reference);
    }
    expect(seen.size).toBe(500);
  });
});

describe("displayFileName", () => {
  it.each([
    ["C:\\Users\\me\\judgment.pdf", "judgment.pdf"],
    ["../../etc/passwd", "passwd"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["line\r\nbreak.txt", "linebreak.txt"],
    ["...hidden", "hidden"],
    ["", "file"],
    ["/", "file"],
    ["a".repeat(300), "a".repeat(200)],
  ])("%j is shown as %j", (raw, shown) => {
    expect(displayFileName(raw)).toBe(shown);
  });
});
