import fc from "fast-check";

/** The first segments of every route the app serves, so junk lands on each router as well as on none. */
export const ROUTE_PREFIXES = [
  "",
  "/apply",
  "/status/",
  "/review/",
  "/respond/",
  "/consult/",
  "/referral/",
  "/files/",
  "/assets/",
  "/assets/app.css",
  "/healthz",
  "/dev/mailbox",
  "/dev/mailbox.json",
  "/dev/staff-login",
  "/staff",
  "/staff/cases/",
  "/staff/cases.csv",
  "/staff/letters/",
  "/api/docs",
  "/api/v1/",
  "/api/v1/openapi.json",
  "/api/v1/organizations",
  "/api/v1/applications",
  "/api/v1/status/",
  "/api/v1/cases/",
  "/api/v1/staff/",
] as const;

/** How a path may start: the ones with two slashes are read by URL parsers as a host. */
const LEADS = ["/", "//", "///", "/./", "/.//", "/\\", "/%2F", "/%2f%2f", "/%5C"] as const;

/** Pieces that confuse routers, decoders and the code that builds links from the path. */
const JUNK = [
  "/",
  "//",
  "/./",
  "/../",
  "..",
  "%2e%2e",
  "%2E%2E%2F",
  "%2e%2e%5c",
  "%2f",
  "%5c",
  "\\",
  "%00",
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "é",
  "%C3%A9",
  "😀",
  "\u202e",
  "%E2%80%AE",
  "\ufeff",
  ";jsessionid=1",
  "*",
  ".json",
  "index.html",
  "x",
  "IN-2026-K7M3QX",
  "00000000-0000-0000-0000-000000000000",
  "__proto__",
  "constructor",
] as const;

const QUERIES = [
  "",
  "?lang=",
  "?lang=es",
  "?lang=ja",
  "?lang=xx",
  "?lang=EN",
  "?lang=es&lang=ja",
  "?lang[]=es",
  "?lang=%00",
  "?lang=%FF",
  "?lang=__proto__",
  `?lang=${"x".repeat(2000)}`,
  "?lang=es#fragment",
  "?",
  "??lang=es",
  "?role=self&lang=es",
  "?q=%",
] as const;

/** A path and query of any of the shapes above, or of random text. */
export const hostilePath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...LEADS),
    fc.constantFrom(...ROUTE_PREFIXES),
    fc.array(fc.oneof(fc.constantFrom(...JUNK), fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 6 }),
    fc.oneof(
      { weight: 5, arbitrary: fc.constant("") },
      fc
        .constantFrom("x", "%2e", "/", "é")
        .chain((piece) => fc.integer({ min: 500, max: 6000 }).map((times) => piece.repeat(times))),
    ),
    fc.constantFrom("", "/", "//"),
    fc.constantFrom(...QUERIES),
  )
  .map(([lead, prefix, junk, long, trailing, query]) => {
    const start = prefix === "" ? lead : `${lead}${prefix.slice(1)}`;
    return `${start}${junk.join("")}${long}${trailing}${query}`;
  });

/** Every link a page offers: none may be read by the browser as another host (`//host`, `/\host`). */
export function offSiteLinks(html: string): string[] {
  return [...html.matchAll(/\b(?:href|action|src)="([^"]*)"/g)]
    .map((match) => match[1] ?? "")
    .filter((link) => /^\s*[/\\]{2}/.test(link));
}
