import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countRows, ORIGIN } from "../helpers";
import { type HostileRequest, hostileRequest, toRequest } from "./hostile-requests";

const REQUESTS = 10_000;

/** Answers that make a case, the only thing a hostile request may leave behind. */
function madeACase(request: HostileRequest, response: Response): boolean {
  const path = request.path.split("?")[0];
  if (request.method !== "POST") return false;
  if (path === "/api/v1/applications" || path === "/api/v1/cases") return response.status === 201;
  return path === "/apply" && response.status === 303;
}

function describeRequest(request: HostileRequest): string {
  const body = request.body?.body;
  const shown = typeof body === "string" ? body.slice(0, 200) : body ? `${body.byteLength} bytes` : "no body";
  return `${request.method} ${request.path.slice(0, 300)} ${JSON.stringify(request.headers).slice(0, 300)} ${request.body?.contentType ?? ""} ${shown}`;
}

describe("a fuzz of hostile requests over every route and path shape", () => {
  it(`answers ${REQUESTS} of them with no 5xx, the one error shape on the API, and no case made by a refusal`, async () => {
    const casesBefore = await countRows("cases");
    let sent = 0;
    let made = 0;
    const statuses = new Map<number, number>();
    const started = Date.now();

    await fc.assert(
      fc.asyncProperty(hostileRequest, async (hostile) => {
        const request = toRequest(ORIGIN, hostile);
        sent += 1;
        const response = await exports.default.fetch(request);
        const body = await response.text();
        const label = `${describeRequest(hostile)} → ${response.status} ${body.slice(0, 200)}`;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, label).toBeLessThan(500);
        if (madeACase(hostile, response)) made += 1;
        const path = new URL(request.url).pathname;
        if (response.status >= 400 && path.startsWith("/api/") && hostile.method !== "HEAD") {
          const error = JSON.parse(body).error;
          expect(typeof error?.code, label).toBe("string");
          expect(typeof error?.requestId, label).toBe("string");
        }
      }),
      // Bounded: a fixed number of runs, and a time limit that fails the test rather than hang it.
      { numRuns: REQUESTS, interruptAfterTimeLimit: 240_000, markInterruptAsFailure: true },
    );

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${sent} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; cases made ${made}`,
    );
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect(await countRows("cases")).toBe(casesBefore + made);
  }, 300_000);
});
