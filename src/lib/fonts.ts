import { type Language, languages } from "./i18n";

/**
 * Japanese and Chinese share characters but draw many of them differently, so each names its own
 * fonts before the generic fallback; a Japanese font first would give Chinese text Japanese shapes.
 */
const cjkFonts: Partial<Record<Language, string[]>> = {
  ja: ["'Hiragino Sans'", "'Noto Sans JP'"],
  "zh-Hant": ["'PingFang TC'", "'Microsoft JhengHei'", "'Noto Sans TC'"],
};

/** The system font stack for text in `language`. */
export function fontStack(language: Language): string {
  return ["system-ui", "-apple-system", "'Segoe UI'", "Roboto", ...(cjkFonts[language] ?? []), "sans-serif"].join(",");
}

/** One rule per language with fonts of its own, for every element that carries that `lang`. */
export const fontRules = languages
  .filter((language) => cjkFonts[language])
  .map((language) => `[lang|="${language}"]{font-family:${fontStack(language)}}`)
  .join("\n");
