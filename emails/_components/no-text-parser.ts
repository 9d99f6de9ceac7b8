/**
 * Stands in for html5parser and entities' decoder in the Worker bundle (see `[alias]` in
 * wrangler.toml). React Email's render imports them only for `unstableToPlainText`, which we never
 * use (`plain-text.ts` makes the plain part), and the decoder's tables alone are 50 KiB.
 */
const notBundled = (): never => {
  throw new Error(
    "React Email's plain-text parser is not bundled: use plainText() from emails/_components/plain-text.ts",
  );
};

export const parse = notBundled;
export const decodeHTML = notBundled;
export const decodeHTMLAttribute = notBundled;
export const SyntaxKind = {};
