import { describe, expect, it } from "vitest";
import { longDate } from "../../src/lib/dates";
import { languages } from "../../src/lib/i18n";

describe("longDate", () => {
  it("writes every day of a year in every language as ICU's long date does", () => {
    const start = Date.UTC(2028, 0, 1);
    for (const language of languages) {
      const icu = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
      for (let day = 0; day < 366; day++) {
        const date = new Date(start + day * 86_400_000);
        expect(longDate(language, date), `${language} ${date.toISOString()}`).toBe(icu.format(date));
      }
    }
  });

  it("writes a language it has no catalog for in English", () => {
    expect(longDate("de", new Date(Date.UTC(2026, 10, 30)))).toBe("November 30, 2026");
  });
});
