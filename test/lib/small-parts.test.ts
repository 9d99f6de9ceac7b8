import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "../../src/lib/i18n";
import { newCaseReference } from "../../src/lib/ids";
import { displayFileName } from "../../src/lib/uploads";

describe("negotiateLanguage", () => {
  it.each([
    ["ja", "en", "ja"],
    ["zh-Hant", undefined, "zh-Hant"],
    // ?lang= names a catalog exactly; anything else leaves the choice to the browser.
    ["zh-TW", "ja", "ja"],
    ["xx", "ja", "ja"],
    [undefined, "es-MX,es;q=0.9,en;q=0.8", "es"],
    [undefined, "de-DE, ja;q=0.5, en;q=0.4", "ja"],
    [undefined, "en;q=0.2, es;q=0.8", "es"],
    [undefined, "de, sv", "en"],
    [undefined, undefined, "en"],
    [undefined, "fr-CA,fr;q=0.9", "fr"],
    [undefined, "it-CH", "it"],
    [undefined, "nl-BE,nl;q=0.9,en;q=0.8", "nl"],
    [undefined, "pt-BR", "pt"],
    [undefined, "pt-PT,pt;q=0.9", "pt"],
    // Chinese: the script decides, else the region; Simplified is not offered, so it falls through.
    [undefined, "zh-TW,zh;q=0.9,en;q=0.8", "zh-Hant"],
    [undefined, "zh-HK", "zh-Hant"],
    [undefined, "zh-MO", "zh-Hant"],
    [undefined, "zh-Hant", "zh-Hant"],
    [undefined, "ZH-hant-tw", "zh-Hant"],
    [undefined, "zh-Hant-CN", "zh-Hant"],
    [undefined, "zh", "zh-Hant"],
    [undefined, "zh-CN,en;q=0.5", "en"],
    [undefined, "zh-Hans-HK, ja;q=0.5", "ja"],
    [undefined, "zh-SG", "en"],
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
