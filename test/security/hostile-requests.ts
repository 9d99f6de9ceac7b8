import fc from "fast-check";

/** The first segments of every route the app serves, so junk lands on each router as well as on none. */
export const ROUTE_PREFIXES = [
  "",
  "/apply",
  "/status/",
  "/review/",
  "/reviewer",
  "/reviewer/",
  "/expert/",
  "/partner/",
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
  "/staff/exports/",
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

/** Strings that break naive code: overrides, NUL, lone surrogates, markup, injections, special keys. */
export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\u202e",
  "\u2066",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u200b",
  "\r\n",
  "%00",
  "%",
  "%zz",
  "<script>alert(1)</script>",
  "<svg/onload=alert(1)>",
  "'; DROP TABLE cases; --",
  '" OR 1=1 --',
  "__proto__",
  "constructor",
  "prototype",
  "{{7*7}}",
  "$" + "{7*7}",
  "../../etc/passwd",
  '=HYPERLINK("http://evil.example")',
  "NaN",
  "-1",
  "1e999",
  "true",
  "null",
  "demo-pa",
  "US-PA",
  "IN-2026-K7M3QX",
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 4 })), { maxLength: 6 })
    .map((pieces) => pieces.join("")),
  fc
    .tuple(fc.constantFrom("x", "é", "😀", "\u0000", "%"), fc.constantFrom(201, 1001, 20_001, 100_001))
    .map(([piece, times]) => piece.repeat(times)),
);

/** One path segment: plausible ids and tokens, and junk. */
const segment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "x",
    "demo-zz",
    "00000000-0000-0000-0000-000000000000",
    "IN-2026-K7M3QX",
    "%2e%2e",
    "..",
    "%2F",
    "%00",
  ),
  fc.uuid(),
  fc
    .base64String({ minLength: 40, maxLength: 48 })
    .map((s) => s.replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "")),
  hostileString.map((s) => encodeURIComponent(s.toWellFormed()).slice(0, 3000)),
);

const query: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...QUERIES),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          "lang",
          "q",
          "status",
          "limit",
          "cursor",
          "organization",
          "reviewer",
          "overdue",
          "submittedFrom",
          "role",
          "done",
          "received",
        ),
        hostileString,
      ),
      { maxLength: 4 },
    )
    .map((pairs) =>
      pairs.length === 0 ? "" : `?${new URLSearchParams(pairs.map(([k, v]) => [k, v.toWellFormed()]))}`,
    ),
);

/** A path on one of the routes, with its parameters filled in by hostile segments. */
const routePath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      "/",
      "/apply",
      "/status/:a",
      "/review/:a",
      "/reviewer",
      "/reviewer/:a",
      "/reviewer/:a/cases/:b",
      "/reviewer/:a/cases/:b/files/x",
      "/expert/:a/cases/:b",
      "/partner/:a",
      "/partner/:a/cases/:b/files/x",
      "/respond/:a",
      "/consult/:a",
      "/referral/:a",
      "/files/:a/:b",
      "/assets/:a",
      "/healthz",
      "/dev/mailbox",
      "/dev/mailbox.json",
      "/dev/staff-login",
      "/staff",
      "/staff/cases.csv",
      "/staff/exports/:a",
      "/staff/exports/:a/file",
      "/staff/cases/:a",
      "/staff/cases/:a/withdraw",
      "/staff/cases/:a/close",
      "/staff/cases/:a/reassign",
      "/staff/cases/new",
      "/staff/cases/:a/answers",
      "/staff/cases/:a/confirmation",
      "/staff/letters/:a",
      "/staff/questionnaire",
      "/api/docs",
      "/api/v1/openapi.json",
      "/api/v1/organizations",
      "/api/v1/organizations/:a",
      "/api/v1/organizations/:a/criteria",
      "/api/v1/organizations/:a/reviewers",
      "/api/v1/reviewers/:a",
      "/api/v1/applications",
      "/api/v1/status/:a",
      "/api/v1/cases",
      "/api/v1/cases/:a",
      "/api/v1/cases/:a/events",
      "/api/v1/cases/:a/notifications",
      "/api/v1/cases/:a/withdraw",
      "/api/v1/cases/:a/close",
      "/api/v1/cases/:a/reassign",
      "/api/v1/cases/:a/erase",
      "/api/v1/cases/:a/export",
      "/api/v1/cases/:a/attachments/:b",
      "/api/v1/cases/:a/answers",
      "/api/v1/cases/:a/confirmation",
      "/api/v1/staff",
      "/api/v1/staff/:a",
    ),
    segment,
    segment,
    fc.constantFrom("", "", "", "/", "//"),
    query,
  )
  .map(([template, a, b, trailing, q]) => `${template.replace(":a", a).replace(":b", b)}${trailing}${q}`);

/** Any path: a route's, or any shape at all. */
export const anyPath: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: routePath }, hostilePath);

/** A header value: printable ASCII (workerd would send other bytes as UTF-8, as no browser does). */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
  fc.constantFrom(...NASTY_STRINGS).filter((s) => /^[\u0020-\u007e]*$/.test(s)),
  fc.constantFrom("x".repeat(8000), `${"a,".repeat(2000)}a`),
);

export const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "APPLICATION/JSON",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "multipart/form-data; boundary=x",
  `multipart/form-data; boundary=${"b".repeat(200)}`,
  'multipart/form-data; boundary="quoted boundary"',
  "text/plain",
  "text/html",
  "application/octet-stream",
  "application/xml",
  "image/png",
  ";;;",
  "",
] as const;

const ipAddress: fc.Arbitrary<string> = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.constantFrom("127.0.0.1", "::1", "::ffff:127.0.0.1", "0.0.0.0", "256.1.1.1", "::::", "fe80::1%eth0", "garbage"),
);

/** Each request header a hostile client may send, with the values it may take. */
const HEADER_VALUES = {
  "Content-Type": fc.oneof(fc.constantFrom(...CONTENT_TYPES), headerValue),
  "Content-Encoding": fc.constantFrom("gzip", "br", "identity", "deflate, gzip", "x"),
  "Accept-Language": fc.oneof(fc.constantFrom("es", "ja,en;q=0.5", "*", "xx-YY;q=2", ";q=", "zh-Hant"), headerValue),
  Accept: fc.constantFrom("application/json", "text/html", "*/*", "text/csv"),
  Origin: fc.constantFrom("http://intake.test", "https://evil.example", "null", ""),
  "Sec-Fetch-Site": fc.constantFrom("same-origin", "same-site", "cross-site", "none", "nonsense"),
  Authorization: fc.oneof(
    fc.constantFrom(
      "Bearer test-staff-api-token",
      "Bearer wrong",
      "Bearer ",
      "Basic YTpi",
      "bearer  test-staff-api-token ",
    ),
    headerValue,
  ),
  "Cf-Access-Jwt-Assertion": fc.oneof(fc.constantFrom("a.b.c", "eyJhbGciOiJub25lIn0.e30.", ""), headerValue),
  Cookie: fc.constantFrom(
    "dev_staff_token=test-staff-api-token",
    "dev_staff_token=wrong",
    "a=b; ;;=",
    `x=${"y".repeat(4000)}`,
  ),
  "Idempotency-Key": headerValue,
  "CF-Connecting-IP": ipAddress,
  "X-Forwarded-For": ipAddress,
  Range: fc.constantFrom("bytes=0-10", "bytes=-1", "bytes=99999999-", "lines=1-2", "bytes=5-1"),
  "If-None-Match": headerValue,
};

/** Any subset of those headers, for requests anywhere. */
export const hostileHeaders = fc.record(HEADER_VALUES, { requiredKeys: [] });

/** One or two of them, so that a request aimed at a route mostly reaches what the route does. */
const fewHostileHeaders = fc
  .array(
    fc
      .constantFrom(...(Object.keys(HEADER_VALUES) as (keyof typeof HEADER_VALUES)[]))
      .chain((name) => HEADER_VALUES[name].map((value) => [name, value] as const)),
    { maxLength: 2 },
  )
  .map((pairs) => Object.fromEntries(pairs));

/** An application that cannot be valid (consent withheld), with hostile values put in. */
const invalidApplication: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom("submitter", "applicant", "conviction", "claim", "lawyers", "contacts", "organization", "language"),
    fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 })),
  )
  .map(([key, value]) => ({
    organization: "demo-pa",
    submitter: { role: "family", name: "Maria", email: "maria@example.com" },
    applicant: { name: "Daniel" },
    conviction: { jurisdiction: "US-PA", offenses: "Robbery" },
    claim: { innocenceStatement: "Not there." },
    [key]: value,
    consent: { dataProcessing: false },
  }));

const jsonText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  invalidApplication.map((value) => JSON.stringify(value)),
  hostileString.map((s) => JSON.stringify(s)),
  fc.constantFrom(
    "",
    "{",
    '{"a":',
    "[".repeat(100_000),
    '{"a":'.repeat(50_000),
    "1e999",
    "{organization:'x'}",
    "\u0000",
  ),
  hostileString,
);

const FORM_FIELDS = [
  "submitter.role",
  "submitter.name",
  "applicant.name",
  "conviction.jurisdiction",
  "claim.innocenceStatement",
  "consent.dataProcessing",
  "contacts.0.email",
  "lawyers.999999.name",
  "decision",
  "note",
  "questions",
  "answer",
  "opinion",
  "response",
  "token",
  "confirm",
  "reason",
  "assignmentId",
  "ids",
  "__proto__",
  "constructor.prototype",
  "",
];

const formText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FORM_FIELDS), hostileString), hostileString), { maxLength: 8 })
  .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k.toWellFormed(), v.toWellFormed()])).toString());

type MultipartPart = { name: string; value: string } | { name: string; filename: string; content: Uint8Array };

const FILE_HEADS = [
  "%PDF-1.7\n<html><script>alert(1)</script>",
  "%PDF-1.7\n%%EOF\n",
  "PK\u0003\u0004",
  "MZ\u0090\u0000",
  "GIF89a",
  "<!doctype html><html>",
  "\u00ef\u00bb\u00bf<svg onload=alert(1)>",
  "Dear reviewer,\n",
];

const multipartPart: fc.Arbitrary<MultipartPart> = fc.oneof(
  fc.record({
    name: fc.oneof(fc.constantFrom("application", ...FORM_FIELDS), hostileString),
    value: fc.oneof(jsonText, hostileString),
  }),
  fc.record({
    name: fc.constantFrom("attachments", "attachments", "application", "x"),
    filename: fc.oneof(
      fc.constantFrom("judgment.pdf", "", "../../etc/passwd", "a\u202egpj.exe", 'x"; name="y'),
      hostileString,
    ),
    content: fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.tuple(fc.constantFrom(...FILE_HEADS), fc.uint8Array({ maxLength: 500 })).map(([head, rest]) => {
        const start = Uint8Array.from(head, (c) => c.charCodeAt(0) & 0xff);
        const out = new Uint8Array(start.byteLength + rest.byteLength);
        out.set(start);
        out.set(rest, start.byteLength);
        return out;
      }),
    ),
  }),
);

export type HostileBody = { contentType?: string; body: string | Uint8Array };

/** A body and the Content-Type it comes with: well-formed and broken forms of every kind the app reads. */
export const hostileBody: fc.Arbitrary<HostileBody> = fc.oneof(
  jsonText.map((body) => ({ contentType: "application/json", body })),
  formText.map((body) => ({ contentType: "application/x-www-form-urlencoded", body })),
  fc
    .tuple(
      fc.array(multipartPart, { maxLength: 5 }),
      fc.constantFrom("ok", "no-end", "wrong-boundary", "no-boundary", "crlf-only"),
    )
    .map(([parts, shape]) => multipart(parts, shape)),
  fc.uint8Array({ maxLength: 3000 }).map((body) => ({ contentType: "application/octet-stream", body })),
  hostileString.map((body) => ({ contentType: "text/plain", body })),
  fc.constant({ body: "" }),
  fc
    .constantFrom(...CONTENT_TYPES)
    .chain((contentType) => fc.uint8Array({ maxLength: 200 }).map((body) => ({ contentType, body }))),
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(300 * 1024, 1100 * 1024)
      .map((size) => ({ contentType: "application/json", body: `"${"x".repeat(size)}"` })),
  },
);

function multipart(
  parts: MultipartPart[],
  shape: "ok" | "no-end" | "wrong-boundary" | "no-boundary" | "crlf-only",
): HostileBody {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const name = part.name.replaceAll('"', "%22").replaceAll("\r", "").replaceAll("\n", "");
    if ("value" in part) {
      chunks.push(
        encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      const filename = part.filename.replaceAll("\r", "").replaceAll("\n", "");
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        part.content,
        encoder.encode("\r\n"),
      );
    }
  }
  if (shape !== "no-end") chunks.push(encoder.encode(shape === "crlf-only" ? "\r\n\r\n" : `--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  const declared = shape === "wrong-boundary" ? "not-the-boundary" : boundary;
  return {
    contentType: shape === "no-boundary" ? "multipart/form-data" : `multipart/form-data; boundary=${declared}`,
    body,
  };
}

export const METHODS = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "OPTIONS",
  "post",
  "PROPFIND",
  "PURGE",
  "REPORT",
] as const;

export type HostileRequest = {
  method: string;
  path: string;
  headers: Partial<Record<string, string>>;
  body?: HostileBody;
  /** Whether it comes with `request.cf`, as through Cloudflare's edge. */
  throughEdge: boolean;
};

/** Every route that reads a body or a query, with the credentials that let a request reach it. */
const ENDPOINTS: { method: string; path: string; as?: "staff-api" | "staff-page" | "this-site" }[] = [
  { method: "POST", path: "/api/v1/applications" },
  { method: "POST", path: "/apply?lang=:q" },
  { method: "GET", path: "/apply?role=:q&lang=:q" },
  { method: "GET", path: "/?lang=:q" },
  { method: "POST", path: "/review/:a" },
  { method: "POST", path: "/reviewer" },
  { method: "POST", path: "/reviewer/:a/cases/:b" },
  { method: "GET", path: "/reviewer/:a/cases/:b/files/x" },
  { method: "POST", path: "/expert/:a/cases/:b" },
  { method: "POST", path: "/partner/:a/cases/:b" },
  { method: "POST", path: "/respond/:a" },
  { method: "POST", path: "/consult/:a" },
  { method: "POST", path: "/referral/:a" },
  { method: "GET", path: "/files/:a/:b" },
  { method: "GET", path: "/api/v1/status/:a" },
  { method: "POST", path: "/dev/staff-login", as: "this-site" },
  { method: "POST", path: "/api/v1/cases", as: "staff-api" },
  { method: "GET", path: "/api/v1/cases?q=:q&status=:q&limit=:q&cursor=:q", as: "staff-api" },
  { method: "GET", path: "/api/v1/cases/:a", as: "staff-api" },
  { method: "POST", path: "/api/v1/cases/:a/withdraw", as: "staff-api" },
  { method: "POST", path: "/api/v1/cases/:a/close", as: "staff-api" },
  { method: "POST", path: "/api/v1/cases/:a/reassign", as: "staff-api" },
  { method: "POST", path: "/api/v1/cases/:a/erase", as: "staff-api" },
  { method: "POST", path: "/api/v1/organizations", as: "staff-api" },
  { method: "PATCH", path: "/api/v1/organizations/demo-zz", as: "staff-api" },
  { method: "POST", path: "/api/v1/organizations/demo-zz/criteria", as: "staff-api" },
  { method: "POST", path: "/api/v1/organizations/demo-zz/reviewers", as: "staff-api" },
  { method: "PATCH", path: "/api/v1/reviewers/:a", as: "staff-api" },
  { method: "POST", path: "/api/v1/reviewers/:a/revoke-link", as: "staff-api" },
  { method: "POST", path: "/api/v1/staff", as: "staff-api" },
  { method: "PATCH", path: "/api/v1/staff/:a", as: "staff-api" },
  { method: "GET", path: "/staff?status=:q&submittedFrom=:q&limit=:q", as: "staff-page" },
  { method: "GET", path: "/staff/cases.csv?overdue=:q&cursor=:q", as: "staff-page" },
  { method: "POST", path: "/staff/exports", as: "staff-page" },
  { method: "GET", path: "/staff/exports/:a/file", as: "staff-page" },
  { method: "POST", path: "/api/v1/exports", as: "staff-api" },
  { method: "GET", path: "/api/v1/exports/:a", as: "staff-api" },
  { method: "POST", path: "/staff/cases/:a/withdraw", as: "staff-page" },
  { method: "POST", path: "/staff/cases/:a/close", as: "staff-page" },
  { method: "POST", path: "/staff/letters/:a", as: "staff-page" },
  { method: "POST", path: "/staff/cases/new", as: "staff-page" },
  { method: "POST", path: "/staff/cases/:a/answers", as: "staff-page" },
  { method: "POST", path: "/staff/cases/:a/confirmation", as: "staff-page" },
  { method: "GET", path: "/staff/questionnaire?organization=:q&language=:q&paper=:q", as: "staff-page" },
  { method: "POST", path: "/api/v1/cases/:a/answers", as: "staff-api" },
  { method: "POST", path: "/api/v1/cases/:a/confirmation", as: "staff-api" },
];

const CREDENTIALS = {
  "staff-api": { Authorization: "Bearer test-staff-api-token" },
  "staff-page": { Cookie: "dev_staff_token=test-staff-api-token", Origin: "http://intake.test" },
  "this-site": { Origin: "http://intake.test" },
};

/** A request aimed at a route that reads what is sent: its method, its credentials, a hostile body. */
const aimedRequest: fc.Arbitrary<HostileRequest> = fc
  .record({
    endpoint: fc.constantFrom(...ENDPOINTS),
    a: segment,
    b: segment,
    q: hostileString.map((s) => encodeURIComponent(s.toWellFormed()).slice(0, 500)),
    headers: fewHostileHeaders,
    body: hostileBody,
    throughEdge: fc.boolean(),
  })
  .map(({ endpoint, a, b, q, headers, body, throughEdge }) => ({
    method: endpoint.method,
    path: endpoint.path.replace(":a", a).replace(":b", b).replaceAll(":q", q),
    headers: { ...(endpoint.as ? CREDENTIALS[endpoint.as] : {}), ...headers },
    body,
    throughEdge,
  }));

/** A request of any method, to any path, with any headers and body. */
const anyRequest: fc.Arbitrary<HostileRequest> = fc.record({
  method: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("GET", "POST") }, fc.constantFrom(...METHODS)),
  path: anyPath,
  headers: hostileHeaders,
  body: fc.option(hostileBody, { freq: 4 }).map((body) => body ?? undefined),
  throughEdge: fc.boolean(),
});

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  { weight: 3, arbitrary: aimedRequest },
  { weight: 2, arbitrary: anyRequest },
);

/** The request as the Worker receives it; a body's own Content-Type unless the headers override it. */
export function toRequest(origin: string, hostile: HostileRequest): Request {
  const headers = new Headers();
  if (hostile.body?.contentType !== undefined) headers.set("Content-Type", hostile.body.contentType);
  for (const [name, value] of Object.entries(hostile.headers)) if (value !== undefined) headers.set(name, value);
  const withBody = hostile.body !== undefined && hostile.method !== "GET" && hostile.method !== "HEAD";
  return new Request<unknown, Record<string, unknown>>(`${origin}${hostile.path}`, {
    method: hostile.method,
    headers,
    body: withBody ? hostile.body?.body : undefined,
    cf: hostile.throughEdge ? { colo: "AMS", asn: 64496, country: "NL" } : undefined,
  });
}
