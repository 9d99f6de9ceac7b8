import { describe, expect, it } from "vitest";
import { declineReasonCodes } from "../../src/db/schema";
import { languages, messages } from "../../src/lib/i18n";

/**
 * Every entry of a catalog as `path (kind)`, sorted: a text, a function and its number of
 * parameters, or a list and its length (each item walked too).
 */
function entriesOf(catalog: object): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "function") found.push(`${path} (function of ${value.length})`);
    else if (Array.isArray(value)) {
      found.push(`${path} (list of ${value.length})`);
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    } else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    else found.push(`${path} (${typeof value})`);
  };
  walk(catalog, "");
  return found.sort();
}

/** Every text a catalog produces, functions called with placeholder arguments. */
function textsOf(catalog: object): [path: string, text: unknown][] {
  const texts: [string, unknown][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, index) => `‹${index}›`);
      walk(value(...args), `${path}()`);
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
    } else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    else texts.push([path, value]);
  };
  walk(catalog, "");
  return texts;
}

describe("translation catalogs", () => {
  it("has a catalog for every language, English first", () => {
    expect(languages[0]).toBe("en");
    expect(Object.keys(messages)).toEqual(languages);
  });

  for (const language of languages) {
    it(`${language} has exactly the entries of English, of the same kinds`, () => {
      expect(entriesOf(messages[language])).toEqual(entriesOf(messages.en));
    });

    it(`${language} has no empty text`, () => {
      const empty = textsOf(messages[language]).filter(([, text]) => typeof text !== "string" || text.trim() === "");
      expect(empty).toEqual([]);
    });

    it(`${language} names every decline reason, as a sentence and as a label`, () => {
      const { text, label } = messages[language].declineReasons;
      expect(Object.keys(text).sort()).toEqual([...declineReasonCodes].sort());
      expect(Object.keys(label).sort()).toEqual([...declineReasonCodes].sort());
    });
  }
});
