// Control characters (all but tab and newline) break headers, logs, CSV cells and the mail; the
// bidirectional embeddings, overrides and isolates reverse how a run of text reads ("Trojan Source":
// `Daniel \u202eagetrO` shows as "Daniel Ortega"), so a reviewer could be shown something other than
// what was typed. The plain left-to-right and right-to-left marks (U+200E, U+200F, U+061C) stay: names
// and addresses in Arabic or Hebrew need them to keep digits and Latin parts in order, and they move
// no letters of a run, only the punctuation next to them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as people typed it, without what only deceives or breaks: line breaks made `\n` (browsers send
 * `\r\n` from a textarea), other control characters and direction overrides dropped, and half of a
 * surrogate pair (which no UTF-8 encoder can write) replaced by U+FFFD. Every text that comes in —
 * forms and API bodies, through the zod schemas' `text()` — passes through here, and so does every
 * CSV cell on the way out.
 */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(/\r\n?/g, "\n").replace(UNSAFE_CHARACTERS, "");
}
