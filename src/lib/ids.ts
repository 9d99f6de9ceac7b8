/** Letters and digits that cannot be mistaken for each other when read aloud or handwritten (no O/0, I/1). */
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function randomSymbols(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  // 256 is a multiple of 32, so `% 32` keeps every symbol equally likely.
  return Array.from(bytes, (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join("");
}

/** A human case reference such as `IN-2026-K7M3QX`: 6 symbols of 32, about a billion per year. */
export function newCaseReference(now = new Date()): string {
  return `IN-${now.getUTCFullYear()}-${randomSymbols(6)}`;
}

/**
 * A code to write down and reopen a saved application form, such as `K7M3Q-XW2PA`: 10 symbols of
 * 32 (50 bits), in two groups of five for reading aloud and copying by hand. Guessing is held back
 * by the rate limit on `POST /resume`: at 10 tries a minute, finding any one of a million live
 * drafts would take about two centuries.
 */
export function newResumeCode(): string {
  const symbols = randomSymbols(10);
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/**
 * A resume code as typed: case, spaces and dashes aside, and the letters people write for the
 * digits left out of the alphabet (O for 0, I or L for 1) are not guessed at. Null when it cannot
 * be a code, so nothing is looked up.
 */
export function normalizeResumeCode(typed: string): string | null {
  const symbols = typed.toUpperCase().replace(/[\s\-‐-―−_.]/g, "");
  if (symbols.length !== 10 || ![...symbols].every((symbol) => REFERENCE_ALPHABET.includes(symbol))) return null;
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
