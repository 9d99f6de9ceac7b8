import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { isTokenShaped } from "../../src/lib/tokens";
import { request, waitUntil } from "../helpers";
import { expectText } from "../http";
import { CASE_DATA, type LiveLinks, liveLinks } from "./hostile";

/**
 * Everything a link could change, in one row: reading a link must leave it as it was. A look is
 * appended to the case's record (`link_opened`, `file_downloaded`), and that is counted apart.
 */
async function snapshot() {
  return env.DB.prepare(
    `SELECT
      (SELECT count(*) FROM events WHERE type NOT IN ('link_opened', 'file_downloaded')) AS events,
      (SELECT count(*) FROM capability_tokens) AS tokens,
      (SELECT count(*) FROM capability_tokens WHERE used_at IS NOT NULL) AS used,
      (SELECT count(*) FROM capability_tokens WHERE revoked_at IS NOT NULL) AS revoked,
      (SELECT count(*) FROM assignments WHERE status <> 'open') AS closedAssignments,
      (SELECT count(*) FROM decisions) AS decisions,
      (SELECT count(*) FROM responses) AS responses,
      (SELECT count(*) FROM notifications) AS notifications,
      (SELECT count(*) FROM attachments) AS attachments,
      (SELECT group_concat(status) FROM (SELECT status FROM cases ORDER BY id)) AS statuses`,
  ).first();
}

let links: LiveLinks;
let secrets: string[];

beforeAll(async () => {
  links = await liveLinks();
  secrets = [...links.references, ...CASE_DATA];
  // The four workflows are left waiting on their links; let their last messages go out first.
  let previous = JSON.stringify(await snapshot());
  await waitUntil("the workflows to settle", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = JSON.stringify(await snapshot());
    const settled = current === previous;
    previous = current;
    return settled ? true : null;
  });
}, 60_000);

type Route = { name: string; path: (token: string) => string; purpose: keyof LiveLinks };

const attachmentId = () => links.file.split("/").pop() ?? "";
const ROUTES: Route[] = [
  { name: "status page", path: (t) => `/status/${t}`, purpose: "status" },
  { name: "review page", path: (t) => `/review/${t}`, purpose: "review" },
  { name: "respond page", path: (t) => `/respond/${t}`, purpose: "respond" },
  { name: "consult page", path: (t) => `/consult/${t}`, purpose: "consult" },
  { name: "referral page", path: (t) => `/referral/${t}`, purpose: "referral" },
  { name: "file download", path: (t) => `/files/${t}/${attachmentId()}`, purpose: "review" },
  { name: "status API", path: (t) => `/api/v1/status/${t}`, purpose: "status" },
];

function tokenOf(links: LiveLinks, purpose: keyof LiveLinks): string {
  const path = links[purpose];
  if (typeof path !== "string") throw new Error(`no ${purpose} link`);
  return purpose === "file" ? (path.split("/")[2] ?? "") : (path.split("/").pop() ?? "");
}

/** A refused link: 404, 409 or 410 (405 for a method no route takes), and nothing of any case shown. */
async function expectRefused(path: string, init: RequestInit = {}, allowed = [404, 409, 410]) {
  const response = await request(path, init);
  const body = await response.text();
  expect(allowed, `${init.method ?? "GET"} ${path.slice(0, 120)} answered ${response.status}`).toContain(
    response.status,
  );
  for (const secret of secrets) expect(body, `${path.slice(0, 120)} shows ${secret}`).not.toContain(secret);
}

async function countLooks(): Promise<number> {
  const row = await env.DB.prepare(
    "SELECT count(*) AS n FROM events WHERE type IN ('link_opened', 'file_downloaded')",
  ).first<{ n: number }>();
  return row?.n ?? 0;
}

async function expectNothingChanges(check: () => Promise<void>) {
  const before = await snapshot();
  await check();
  expect(await snapshot()).toEqual(before);
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

type Miss = { at: number; kind: "flip" | "drop" | "add" | "case"; char: string };

const miss: fc.Arbitrary<Miss> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("flip", "drop", "add", "case"),
  char: fc.oneof(fc.constantFrom(...BASE64URL), fc.constantFrom("=", "+", "/", ".", "~", "А", "\u202e", "\u0000")),
});

/** One real token, one character off. */
function nearMiss(token: string, { at, kind, char }: Miss): string {
  const i = at % token.length;
  const original = token[i] ?? "";
  if (kind === "drop") return token.slice(0, i) + token.slice(i + 1);
  if (kind === "add") return token.slice(0, i) + char + token.slice(i);
  if (kind === "case") {
    const swapped = original === original.toLowerCase() ? original.toUpperCase() : original.toLowerCase();
    return token.slice(0, i) + (swapped === original ? (original === "A" ? "B" : "A") : swapped) + token.slice(i + 1);
  }
  return token.slice(0, i) + (char === original ? (original === "A" ? "B" : "A") : char) + token.slice(i + 1);
}

const purposes = ["status", "review", "respond", "consult", "referral"] as const;

describe("capability links that do not exist", () => {
  it("near misses of real tokens open nothing, on any route, by GET or POST, and change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...purposes),
        miss,
        fc.constantFrom(...ROUTES),
        fc.constantFrom("GET", "POST"),
        async (purpose, m, route, method) => {
          const token = nearMiss(tokenOf(links, purpose), m);
          expect(token).not.toBe(tokenOf(links, purpose));
          const init: RequestInit =
            method === "POST"
              ? {
                  method,
                  headers: { "Content-Type": "application/x-www-form-urlencoded" },
                  body: "decision=accept&response=accept&opinion=x&answer=x",
                }
              : {};
          await expectNothingChanges(() => expectRefused(route.path(encodeURIComponent(token)), init));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random strings open nothing and change nothing", async () => {
    const token = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({ unit: "binary", maxLength: 100 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      fc.stringMatching(/^[A-Za-z0-9_-]{40,46}$/),
    );
    await fc.assert(
      fc.asyncProperty(token, fc.constantFrom(...ROUTES), async (raw, route) => {
        // "." and ".." are path segments the URL parser removes: they would not reach the route.
        fc.pre(raw !== "." && raw !== ".." && raw.isWellFormed());
        // Over 100 characters the status API answers 400: see the test of that below.
        fc.pre(route.name !== "status API" || raw.length <= 100);
        await expectNothingChanges(() => expectRefused(route.path(encodeURIComponent(raw))));
      }),
      { numRuns: 120 },
    );
  });

  it("tokens in odd encodings — slashes, NUL, overlong UTF-8, broken escapes — open nothing", async () => {
    const real = tokenOf(links, "review");
    const encodings = [
      `${real}%2F`,
      `${real}%2f..%2f..%2fapi%2fv1%2fcases`,
      `..%2F${real}`,
      `%2e%2e%2f${real}`,
      `${real}%00`,
      `%00${real}`,
      `${real}%20`,
      `%20${real}`,
      `${real}%0d%0aSet-Cookie:%20x=y`,
      `${real}/`,
      `${real};`,
      `${real.slice(0, 42)}%3D`,
      `${real.slice(0, 42)}%C0%AF`,
      `${real}%252F`,
      "%",
      "%%",
      "%E0%A4%A",
      "%C0%AF",
      "%u002F",
      "%FF%FE",
      `${real.slice(0, 20)}%E2%80%AE${real.slice(20)}`,
      `${real.slice(0, 20)}%D0%90${real.slice(21)}`,
      `${real.slice(0, 20)}%EF%BC%A1${real.slice(21)}`,
    ];
    await expectNothingChanges(async () => {
      for (const encoded of encodings) for (const route of ROUTES) await expectRefused(route.path(encoded));
    });
  });

  it("very long tokens open nothing on the link pages and downloads", async () => {
    const real = tokenOf(links, "review");
    await expectNothingChanges(async () => {
      for (const token of [real.repeat(3), "A".repeat(10_000), real.repeat(2_000), "%41".repeat(5_000)])
        for (const route of ROUTES.filter((r) => r.name !== "status API")) await expectRefused(route.path(token));
    });
  });

  it("the status API answers a token over 100 characters 404 like any unknown link, as documented", async () => {
    // The route documents 200, 404 and 410 only.
    await expectNothingChanges(async () => {
      for (const token of ["A".repeat(101), tokenOf(links, "status").repeat(3), "A".repeat(10_000)])
        await expectRefused(`/api/v1/status/${token}`);
    });
  });

  it("a real token of another purpose is as unknown as a made-up one", async () => {
    await expectNothingChanges(async () => {
      for (const purpose of purposes) {
        const token = tokenOf(links, purpose);
        for (const route of ROUTES) {
          const opensWith = route.name === "file download" ? ["review", "referral"] : [route.purpose];
          if (opensWith.includes(purpose)) continue;
          await expectRefused(route.path(token));
        }
      }
    });
  });

  it("a real download token with an attachment id that is not its case's opens nothing", async () => {
    const token = tokenOf(links, "review");
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uuid(), fc.string({ unit: "binary", maxLength: 60 })), async (id) => {
        fc.pre(id !== "" && id !== "." && id !== ".." && id.isWellFormed() && id !== attachmentId());
        await expectNothingChanges(() => expectRefused(`/files/${token}/${encodeURIComponent(id)}`));
      }),
      { numRuns: 40 },
    );
  });
});

describe("live capability links", () => {
  it("every route answers its real token, and reading it by GET changes no row, only records the look", async () => {
    const before = await countLooks();
    await expectNothingChanges(async () => {
      for (const route of ROUTES) {
        await expectText(await request(route.path(tokenOf(links, route.purpose))), 200, route.name);
      }
    });
    expect(await countLooks()).toBe(before + ROUTES.length);
  });

  it("other methods on real links answer 404 or 405, show nothing and change nothing", async () => {
    await expectNothingChanges(async () => {
      for (const route of ROUTES) {
        const path = route.path(tokenOf(links, route.purpose));
        const methods = ["PUT", "DELETE", "PATCH", "OPTIONS"];
        if (["status page", "file download", "status API"].includes(route.name)) methods.push("POST");
        for (const method of methods)
          await expectRefused(path, { method, body: method === "OPTIONS" ? undefined : "x" }, [404, 405]);
      }
    });
  });

  it("a real token's shape is what isTokenShaped expects, so near misses reach the lookup", () => {
    for (const purpose of purposes) expect(isTokenShaped(tokenOf(links, purpose))).toBe(true);
  });
});
