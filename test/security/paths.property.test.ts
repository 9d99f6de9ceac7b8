import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "../helpers";
import { hostilePath, offSiteLinks } from "./hostile-requests";

describe("any path", () => {
  it("is a real page or a 404, never a 5xx, and its links stay on this site", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, fc.constantFrom("GET", "HEAD"), async (path, method) => {
        const url = `${ORIGIN}${path}`;
        const response = await exports.default.fetch(new Request(url, { method }));
        const body = await response.text();
        expect(response.status, `${method} ${url}`).toBeLessThan(500);
        // The router matches paths exactly: a doubled leading slash is no route of ours.
        if (new URL(url).pathname.startsWith("//")) expect(response.status, url).toBe(404);
        if (response.headers.get("Content-Type")?.startsWith("text/html")) expect(offSiteLinks(body), url).toEqual([]);
      }),
      {
        numRuns: 1000,
        examples: [
          ["//", "GET"],
          ["///", "GET"],
          ["//?lang=es", "GET"],
          ["//evil.example/x", "GET"],
          ["/.//", "HEAD"],
        ],
      },
    );
  });
});
