import type { Application } from "../schemas/application";
import { hmacHex } from "./crypto";
import { foldText, normalizeNumber, personHashKey } from "./person-keys";

/**
 * The blind index of the case search. What staff search by (the words of the applicant's and the
 * submitter's names, email addresses, prison and court case numbers) is stored only as keyed hashes
 * of its normalized form, so the index holds nothing readable, and a search hashes what was typed
 * the same way. A hash matches a whole word or a whole number, never a part of one.
 */

/** The most words one search may hold: each is a bound parameter of the search statement. */
export const MAX_SEARCH_WORDS = 10;
export const MAX_SEARCH_LENGTH = 200;

/** A search as typed, normalized: what it can match. */
export type SearchQuery = {
  /** Words of a name, all of which must be words of the case's names, in any order. */
  words: string[];
  /** The whole search as an email address, when it holds an `@`. */
  email: string | null;
  /** The whole search as a prison, case or reference number, when it is not an email address. */
  number: string | null;
  /** The whole search as a case reference (`IN-2026-K7M3QX`), when it has that shape. */
  reference: string | null;
};

/** A search as the blind index and the cases table are asked it. */
export type SearchHashes = {
  /** Hashes of the words, the longest word first (likely the rarest: the one the search starts from). */
  words: string[];
  /** Hashes the whole search may equal: an email address or a number. */
  exact: string[];
  reference: string | null;
};

const REFERENCE = /^IN[\s-]*(\d{4})[\s-]*([A-Z0-9]{6})$/;

/** Letters that NFKD does not split into a base letter and an accent, and how people type them. */
const UNSPLIT_LETTERS: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ı: "i",
  ŧ: "t",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  þ: "th",
};
const UNSPLIT = new RegExp(`[${Object.keys(UNSPLIT_LETTERS).join("")}]`, "gu");

/**
 * The words of a name: accents and letter case aside, apostrophes dropped ("O’Brien" is "obrien"),
 * split at anything else that is not a letter or a digit ("Jean-Pierre" is "jean" and "pierre").
 */
export function nameWords(name: string): string[] {
  const folded = foldText(name)
    .replace(/['’ʼ`]/gu, "")
    .replace(UNSPLIT, (letter) => UNSPLIT_LETTERS[letter] ?? letter);
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const normalizeEmail = (email: string) => email.normalize("NFKC").trim().toLowerCase();

/** What a search box's text can match (see `SearchQuery`). */
export function parseSearch(text: string): SearchQuery {
  const typed = text.trim();
  const isEmail = typed.includes("@");
  const reference = REFERENCE.exec(typed.toUpperCase());
  return {
    words: [...new Set(nameWords(typed))],
    email: isEmail ? normalizeEmail(typed) : null,
    number: isEmail ? null : normalizeNumber(typed) || null,
    reference: reference ? `IN-${reference[1]}-${reference[2]}` : null,
  };
}

/** A term as it is hashed: what kind it is, and its normalized value. */
const term = (kind: "word" | "email" | "number", value: string) => `${kind}\n${value}`;

/** Hashes terms under a key of their own, derived from PERSON_HASH_KEY (apart from the duplicate keys). */
async function termHasher(secret: string | undefined) {
  const key = await hmacHex(personHashKey(secret), "search terms");
  // 128 bits tell a million terms apart many times over, at half the size of the full digest.
  return async (text: string) => (await hmacHex(key, text)).slice(0, 32);
}

/** The distinct term hashes of an application: what a search can find its case by. */
export async function searchTermsOf(secret: string | undefined, application: Application): Promise<string[]> {
  const hash = await termHasher(secret);
  const { applicant, submitter, conviction, lawyers, contacts } = application;
  const terms = new Set<string>();
  for (const name of [applicant.name, applicant.otherNames, submitter.name])
    for (const word of nameWords(name ?? "")) terms.add(term("word", word));
  for (const email of [submitter.email, ...lawyers.map((l) => l.email), ...contacts.map((c) => c.email)])
    if (email) terms.add(term("email", normalizeEmail(email)));
  for (const number of [applicant.prisonNumber, conviction.caseNumber]) {
    const normalized = normalizeNumber(number ?? "");
    if (normalized) terms.add(term("number", normalized));
  }
  return Promise.all([...terms].map(hash));
}

/** The hashes a search looks up, made as the case's terms were. */
export async function searchHashes(secret: string | undefined, query: SearchQuery): Promise<SearchHashes> {
  const hash = await termHasher(secret);
  const longestFirst = [...query.words].sort((a, b) => b.length - a.length);
  const exact = [
    ...(query.email ? [term("email", query.email)] : []),
    ...(query.number ? [term("number", query.number)] : []),
  ];
  return {
    words: await Promise.all(longestFirst.map((word) => hash(term("word", word)))),
    exact: await Promise.all(exact.map(hash)),
    reference: query.reference,
  };
}
