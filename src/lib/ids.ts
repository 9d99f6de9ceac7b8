/** Letters and digits that cannot be mistaken for each other when read aloud or handwritten (no O/0, I/1). */
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A human case reference such as `IN-2026-K7M3QX`: 6 symbols of 32, about a billion per year. */
export function newCaseReference(now = new Date()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  // 256 is a multiple of 32, so `% 32` keeps every symbol equally likely.
  const code = Array.from(bytes, (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join("");
  return `IN-${now.getUTCFullYear()}-${code}`;
}

export function newId(): string {
  return crypto.randomUUID();
}
