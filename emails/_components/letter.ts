import { toPlainText } from "@react-email/render";

/**
 * Marks what only an email has, left out when the message is printed as a letter: the button, the
 * reference (the letter prints it under the address) and the footer.
 */
export const emailOnly = { "data-email-only": "true" } as const;

/**
 * A rendered message's text as a printed letter says it: without its heading (the letter prints
 * the subject as its heading) and without what only an email has. Paragraphs are separated by a
 * blank line; line breaks within one are kept.
 */
export function letterText(html: string): string {
  return toPlainText(html, {
    selectors: [
      { selector: "h1", format: "skip" },
      { selector: "[data-email-only=true]", format: "skip" },
    ],
  }).trim();
}
