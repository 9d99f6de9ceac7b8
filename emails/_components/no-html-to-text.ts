/**
 * Stands in for html-to-text in the Worker bundle (see `[alias]` in wrangler.toml). React Email's
 * render imports it only for its `plainText` option and `toPlainText`; the plain-text part is made
 * from the element tree instead (`plain-text.ts`), so the converter need not cost bundle size.
 */
export function convert(): never {
  throw new Error("html-to-text is not bundled: use plainText() from emails/_components/plain-text.ts");
}
