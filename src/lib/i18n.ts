import { type Catalog, en } from "../i18n/en";
import { es } from "../i18n/es";
import { fr } from "../i18n/fr";
import { it } from "../i18n/it";
import { ja } from "../i18n/ja";
import { nl } from "../i18n/nl";
import { pt } from "../i18n/pt";
import { zhHant } from "../i18n/zh-Hant";
import { isOneOf } from "./is-one-of";
import type { UploadLimits, UploadRejected } from "./uploads";

/**
 * Every language the service speaks, English first: adding one means adding its catalog file and
 * one entry here. The stored languages, the forms, the language switch and the email props all
 * derive their list from this map.
 */
export const messages = { en, es, fr, it, nl, pt, "zh-Hant": zhHant, ja } satisfies Record<string, Catalog>;

export type Language = keyof typeof messages;
// Object.keys is typed string[]; it returns exactly the keys written above, in that order.
export const languages = Object.keys(messages) as [Language, ...Language[]];

/**
 * Places whose official language has a catalog here, when it is not English: a country (ISO 3166-1)
 * or a subdivision of one (ISO 3166-2) whose language differs from its country's.
 */
const spanishSpeaking = "AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PR PY SV UY VE US-PR".split(" ");
const placeLanguages = new Map<string, Language>([
  ...spanishSpeaking.map((place) => [place, "es"] as const),
  ["JP", "ja"],
]);

/**
 * The language of the place of a conviction (`US-PA`, `JP-13`, `MX`), for what is written to its
 * courts, police and laboratories; English where the place's language has no catalog here.
 */
export function jurisdictionLanguage(jurisdiction: string): Language {
  const country = jurisdiction.split("-")[0] ?? "";
  return placeLanguages.get(jurisdiction) ?? placeLanguages.get(country) ?? "en";
}

/** A place of conviction such as `US-PA` as "United States — PA", in `lang`. */
export function placeName(lang: Language, code: string): string {
  const [country = code, subdivision] = code.split("-");
  const name = new Intl.DisplayNames([lang], { type: "region" }).of(country) ?? country;
  return subdivision ? `${name} — ${subdivision}` : name;
}

/** A language named in `lang` ("Spanish", "espagnol", "西班牙文"), as staff read it beside other words. */
export function languageNameIn(lang: Language, code: Language): string {
  return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
}

/** `labels[key]` when the catalog names `key` (a status, an event type…), else `key` as words. */
export function labelOf(labels: Record<string, string>, key: string): string {
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key.replaceAll("_", " ");
}

/** The language `?lang=` names, or undefined when it names none we have. */
export function languageFromQuery(query: string | undefined): Language | undefined {
  return query && isOneOf(languages, query) ? query : undefined;
}

/** `?lang=` wins, then the best match in `Accept-Language` (by q, then order), then English. */
export function negotiateLanguage(query: string | undefined, acceptLanguage: string | undefined): Language {
  const chosen = languageFromQuery(query);
  if (chosen) return chosen;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((entry, order) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((entry) => catalogFor(entry.tag)).find((found) => found !== undefined) ?? "en";
}

/** Chinese as written in these regions is Traditional, when the tag names no script. */
const traditionalChineseRegions = new Set(["tw", "hk", "mo"]);

/**
 * The catalog a language tag asks for, if we have one: by its first subtag (`es-MX` → es), except
 * Chinese, where the script decides, else the region: `zh-Hant`, `zh-Hant-*`, `zh-TW`, `zh-HK` and
 * `zh-MO` → zh-Hant; `zh-Hans` and `zh-CN` ask for Simplified, which we do not have. `zh` alone
 * names neither and gets the one Chinese we have.
 */
function catalogFor(tag: string): Language | undefined {
  const [base = "", ...subtags] = tag.toLowerCase().split("-");
  if (base !== "zh") return isOneOf(languages, base) ? base : undefined;
  const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
  const region = subtags.find((subtag) => /^(?:[a-z]{2}|\d{3})$/.test(subtag));
  const traditional = script ? script === "hant" : region === undefined || traditionalChineseRegions.has(region);
  return traditional ? "zh-Hant" : undefined;
}

type ErrorKey = keyof Catalog["errors"];

/** The text for a validation message key in `lang`; text that is not a key is returned as it is. */
export function issueText(lang: Language, key: string): string {
  const message = messages[lang].errors[key as ErrorKey];
  return typeof message === "string" ? message : key;
}

/** Why a file was refused, naming it, in `lang`. */
export function rejectionText(lang: Language, rejection: UploadRejected, limits: UploadLimits): string {
  const errors = messages[lang].errors;
  const mb = (bytes: number) => Math.floor(bytes / 1024 / 1024);
  switch (rejection.reason) {
    case "type_not_allowed":
      return errors.type_not_allowed(rejection.fileName);
    case "file_too_large":
      return errors.file_too_large(rejection.fileName, mb(limits.maxFileBytes));
    case "too_many_files":
      return errors.too_many_files(rejection.fileName, limits.maxFiles);
    case "application_too_large":
      return errors.application_too_large(rejection.fileName, mb(limits.maxApplicationBytes));
  }
}
