import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, postApplication, request, validApplication } from "../helpers";

/** Uses up an address's allowance for the minute (the limits of wrangler.toml), as many requests would. */
async function exhaust(limiter: RateLimit, address: string) {
  for (let i = 0; i < 1000; i++) if (!(await limiter.limit({ key: address })).success) return;
  throw new Error("the limiter never said no");
}

describe("rate limits", () => {
  it("applications from an address over its limit get 429 with Retry-After, and nothing is stored", async () => {
    await exhaust(env.SUBMISSION_LIMIT, "203.0.113.10");
    const cases = await countRows("cases");
    const api = await postApplication(validApplication(), { "CF-Connecting-IP": "203.0.113.10" });
    expect(api.status).toBe(429);
    expect(api.headers.get("Retry-After")).toBe("60");
    expect((await api.json<{ error: { code: string } }>()).error.code).toBe("rate_limited");

    const form = await request("/apply?lang=es", {
      method: "POST",
      headers: { "CF-Connecting-IP": "203.0.113.10", "Content-Type": "application/x-www-form-urlencoded" },
      body: "submitter.role=self",
    });
    expect(form.status).toBe(429);
    expect(form.headers.get("Retry-After")).toBe("60");
    expect(await form.text()).toContain("Demasiadas solicitudes");
    expect(await countRows("cases")).toBe(cases);

    // Another address is not held back by the first one.
    const other = await postApplication(validApplication(), { "CF-Connecting-IP": "203.0.113.11" });
    expect(other.status).toBe(201);

    // Local runs (wrangler dev says 127.0.0.1) are never limited: Cloudflare's edge never sends it.
    await exhaust(env.SUBMISSION_LIMIT, "127.0.0.1");
    expect((await postApplication(validApplication(), { "CF-Connecting-IP": "127.0.0.1" })).status).toBe(201);
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
      "/api/v1/status/x",
    ]) {
      const response = await request(path, { headers: { "CF-Connecting-IP": "198.51.100.7" } });
      expect(response.status, path).toBe(429);
      expect(response.headers.get("Retry-After"), path).toBe("60");
    }
    expect((await request("/status/x", { headers: { "CF-Connecting-IP": "198.51.100.8" } })).status).toBe(404);
  });
});

describe("body limits", () => {
  const huge = `token=${"x".repeat(300 * 1024)}`;

  it("a form without files declaring more than 256 KiB is refused with 413 before it is read, on every link and staff form", async () => {
    for (const path of ["/review/x", "/consult/x", "/referral/x", "/staff/cases/x/close", "/dev/staff-login"]) {
      const response = await request(path, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(huge.length) },
        body: huge,
      });
      expect(response.status, path).toBe(413);
    }
  });

  it("one that declares no length is cut off at the limit as it streams in", async () => {
    const response = await request("/dev/staff-login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://intake.test" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe("security headers", () => {
  it("every page forbids framing, sniffing and referrers, and loads only from itself", async () => {
    for (const path of ["/", "/apply", "/status/not-a-token", "/api/v1/organizations", "/staff", "/nowhere"]) {
      const response = await request(path);
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy"), path).toBe("no-referrer");
      expect(response.headers.get("X-Frame-Options"), path).toBe("SAMEORIGIN");
    }
  });

  it("capability pages are never cached", async () => {
    for (const path of ["/status/x", "/review/x", "/respond/x", "/consult/x", "/referral/x", "/files/x/y"])
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
