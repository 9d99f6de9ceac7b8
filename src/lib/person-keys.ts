import type { personKeys } from "../db/schema";
import type { Application } from "../schemas/application";
import { hmacHex } from "./crypto";

type PersonKey = Omit<typeof personKeys.$inferInsert, "caseId">;

/**
 * The secret of every keyed hash of a person (duplicates here, search terms in ./search-terms.ts).
 * Without it the hashes could be recomputed from guessed names: refuse rather than weaken them.
 */
export function personHashKey(secret: string | undefined): string {
  if (!secret) throw new Error("PERSON_HASH_KEY is not set");
  return secret;
}

/**
 * Keyed hashes of who an application is about: the name with the date of birth, and the name with
 * the prison number. Two applications of one person share a key even when one of them lacks a
 * field; without the secret key the hashes cannot be tested against guessed names.
 */
export async function personKeysOf(secret: string | undefined, application: Application): Promise<PersonKey[]> {
  const key = personHashKey(secret);
  const { name, dateOfBirth, prisonNumber } = application.applicant;
  const person = normalizeName(name);
  const pairs = [
    { kind: "name_birth_date" as const, value: dateOfBirth },
    { kind: "name_prison_number" as const, value: prisonNumber && normalizeNumber(prisonNumber) },
  ];
  const keys: PersonKey[] = [];
  for (const { kind, value } of pairs) {
    if (!person || !value) continue;
    keys.push({ kind, keyHash: await hmacHex(key, `${kind}\n${person}\n${value}`) });
  }
  return keys;
}

/** Text with accents and letter case aside: "Ángela" and "ANGELA" fold to "angela". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** "SMITH, John  A." and "john a smith" are one name: accents, case, punctuation and word order aside. */
export function normalizeName(name: string): string {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(" ");
}

/** Prison, court case and reference numbers are written with and without spaces, dashes and leading zeros. */
export function normalizeNumber(number: string): string {
  return number
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/(?<!\p{N})0+(?=\p{N})/gu, "");
}
