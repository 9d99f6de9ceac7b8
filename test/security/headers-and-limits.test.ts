import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, ORIGIN, request, validApplication } from "../helpers";
import { expectError, expectStatus, expectText } from "../http";

/** What Cloudflare's edge fills in on every request from the internet (the test stands in for it). */
const EDGE_CF = { colo: "AMS", asn: 64496, country: "NL" };

/** A request as the edge hands it to the Worker: with `request.cf` and the client's address. */
function fromEdge(
  path: string,
  address: string,
  init: RequestInit = {},
  worker: { fetch(request: Request): Response | Promise<Response> } = exports.default,
) {
  const headers = new Headers(init.headers);
  headers.set("CF-Connecting-IP", address);
  return worker.fetch(
    new Request<unknown, Record<string, unknown>>(new URL(path, ORIGIN), { ...init, headers, cf: EDGE_CF }),
  );
}

/** Uses up an address's allowance for the minute (the limits of wrangler.toml), as many requests would. */
async function exhaust(limiter: RateLimit, address: string) {
  for (let i = 0; i < 1000; i++) if (!(await limiter.limit({ key: address })).success) return;
  throw new Error("the limiter never said no");
}

/**
 * Sends link requests (LINK_LIMIT: 120 a minute) from one address after another until one is
 * refused; the count of those let through. Two windows' worth, in case a minute turns over midway.
 */
async function requestsUntilRefused(
  addresses: (i: number) => string,
  send = (address: string) => fromEdge("/status/x", address),
) {
  for (let i = 0; i < 2 * 120 + 1; i++) {
    const response = await send(addresses(i));
    await response.arrayBuffer();
    if (response.status === 429) return i;
    expect(response.status).toBe(404);
  }
  return null;
}

const randomGroup = () => Math.floor(Math.random() * 0xffff).toString(16);

describe("rate limits", () => {
  it("applications from an address over its limit get 429 with Retry-After, and nothing is stored", async () => {
    await exhaust(env.SUBMISSION_LIMIT, "203.0.113.10");
    const cases = await countRows("cases");
    const json = {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(validApplication()),
    };
    const api = await fromEdge("/api/v1/applications", "203.0.113.10", json);
    await expectError(api, 429, "rate_limited");
    expect(api.headers.get("Retry-After")).toBe("60");

    const form = await fromEdge("/apply?lang=es", "203.0.113.10", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "submitter.role=self",
    });
    expect(await expectText(form, 429)).toContain("Demasiadas solicitudes");
    expect(form.headers.get("Retry-After")).toBe("60");
    expect(await countRows("cases")).toBe(cases);

    // Another address is not held back by the first one.
    await expectStatus(await fromEdge("/api/v1/applications", "203.0.113.11", json), 201);
  });

  it("link pages and the status API are limited per address too", async () => {
    await exhaust(env.LINK_LIMIT, "198.51.100.7");
    for (const path of [
      "/status/x",
      "/review/x",
      "/respond/x",
      "/consult/x",
      "/referral/x",
      "/files/x/y",
      "/reviewer",
      "/reviewer/x",
      "/reviewer/x/cases/y",
      "/expert/x",
      "/partner/x/cases/y",
      "/api/v1/status/x",
    ]) {
      const response = await fromEdge(path, "198.51.100.7");
      await expectStatus(response, 429, path);
      expect(response.headers.get("Retry-After"), path).toBe("60");
    }
    await expectStatus(await fromEdge("/status/x", "198.51.100.8"), 404);
  });

  it("resume codes are tried at most 10 times a minute per address, and a refused try says nothing", async () => {
    const address = "192.0.2.44";
    const tryCode = () =>
      fromEdge("/resume?lang=en", address, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "code=ABCDE-FGHJK",
      });
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await tryCode()).status);
    expect(answers.slice(0, 10).every((status) => status === 400)).toBe(true);
    const refused = await tryCode();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("60");
    // The pages of a draft and the resume link count as link pages.
    await exhaust(env.LINK_LIMIT, "198.51.100.99");
    for (const path of [`/apply/${"k".repeat(43)}/you`, `/resume/${"t".repeat(43)}`])
      expect((await fromEdge(path, "198.51.100.99")).status, path).toBe(429);
  });

  it("IPv6 is counted by its /64: rotating through the addresses of one network does not escape the limit", async () => {
    const network = `2001:db8:${randomGroup()}:${randomGroup()}`;
    // Spelled as clients and the edge may spell them: compressed, in full, upper case.
    const spellings = (i: number) =>
      [
        `${network}::${i.toString(16)}`,
        `${network}:0:0:0:${i.toString(16)}`.toUpperCase(),
        `${network}:${i.toString(16)}::1`,
      ][i % 3] ?? "";
    const allowed = await requestsUntilRefused(spellings);
    expect(allowed, "never refused").not.toBeNull();
    expect(allowed).toBeLessThanOrEqual(240);
    // The next /64 is someone else.
    const neighbour = network.replace(
      /:([0-9a-f]+)$/,
      (_, last: string) => `:${((Number.parseInt(last, 16) + 1) % 0xffff).toString(16)}`,
    );
    await expectStatus(await fromEdge("/status/x", `${neighbour}::1`), 404);
  });

  it("an IPv4 address counts the same written as IPv4-mapped IPv6", async () => {
    const address = `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
    expect(await requestsUntilRefused(() => address), "never refused").not.toBeNull();
    await expectStatus(await fromEdge("/status/x", `::ffff:${address}`), 429);
    await expectStatus(await fromEdge("/status/x", `0:0:0:0:0:FFFF:${address}`), 429);
  });

  it("a CF-Connecting-IP that did not come from Cloudflare's edge (no request.cf) neither spends nor uses anyone's allowance", async () => {
    const victim = `192.0.2.${Math.floor(Math.random() * 256)}`;
    // Someone reaching the Worker other than through the edge writes the header themselves.
    const spoofed = await requestsUntilRefused(
      () => victim,
      (address) => request("/status/x", { headers: { "CF-Connecting-IP": address } }),
    );
    expect(spoofed).toBeNull();
    await expectStatus(await fromEdge("/status/x", victim), 404);
  });

  it("loopback is let through in development only (wrangler dev says 127.0.0.1 or ::1); in production it is counted", async () => {
    const json = {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(validApplication()),
    };
    await exhaust(env.SUBMISSION_LIMIT, "127.0.0.1");
    await expectStatus(await fromEdge("/api/v1/applications", "127.0.0.1", json), 201);
    expect((await requestsUntilRefused(() => "::1")) ?? "never refused").toBe("never refused");

    const { createApp } = await import("../../src/app");
    const app = createApp();
    const production = { fetch: (r: Request) => app.fetch(r, { ...env, ENVIRONMENT: "production" }) };
    const refusedAfter = await requestsUntilRefused(
      () => "127.0.0.1",
      (address) => fromEdge("/status/x", address, {}, production),
    );
    expect(refusedAfter, "loopback never refused in production").not.toBeNull();
  });
});

describe("body limits", () => {
  const huge = `token=${"x".repeat(300 * 1024)}`;

  it("a form without files declaring more than 256 KiB is refused with 413 before it is read, on every link and staff form", async () => {
    for (const path of [
      "/review/x",
      "/reviewer",
      "/reviewer/x/cases/y",
      "/consult/x",
      "/referral/x",
      "/staff/cases/x/close",
      "/dev/staff-login",
    ]) {
      const response = await request(path, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(huge.length) },
        body: huge,
      });
      await expectStatus(response, 413, path);
    }
  });

  it("one that declares no length is cut off at the limit as it streams in", async () => {
    const response = await request("/dev/staff-login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://intake.test" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    await expectStatus(response, 413);
  });
});

describe("security headers", () => {
  it("every page forbids framing, sniffing and referrers, and loads only from itself", async () => {
    for (const path of ["/", "/apply", "/status/not-a-token", "/api/v1/organizations", "/staff", "/nowhere"]) {
      const response = await request(path);
      expect(response.headers.get("Content-Security-Policy"), path).toBe(
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
      );
      expect(response.headers.get("Cross-Origin-Opener-Policy"), path).toBe("same-origin");
      expect(response.headers.get("Cross-Origin-Resource-Policy"), path).toBe("same-origin");
      expect(response.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy"), path).toBe("no-referrer");
      expect(response.headers.get("X-Frame-Options"), path).toBe("SAMEORIGIN");
    }
  });

  it("capability pages are never cached", async () => {
    for (const path of [
      "/status/x",
      "/review/x",
      "/respond/x",
      "/consult/x",
      "/referral/x",
      "/files/x/y",
      "/reviewer",
      "/reviewer/x",
      "/reviewer/x/cases/y",
      "/expert/x",
      "/partner/x/cases/y",
    ])
      expect((await request(path)).headers.get("Cache-Control"), path).toBe("no-store");
  });

  it("HSTS is sent in production only, where the site is HTTPS for good", async () => {
    expect((await request("/")).headers.get("Strict-Transport-Security")).toBeNull();
    const { createApp } = await import("../../src/app");
    const production = await createApp().fetch(new Request("https://intake.example.org/healthz"), {
      ...env,
      ENVIRONMENT: "production",
    });
    expect(production.headers.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  });
});
