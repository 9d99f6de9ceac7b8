import { introspectWorkflowInstance } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  caseStatus,
  ORIGIN,
  postApplication,
  request,
  STAFF_TOKEN,
  staffRequest,
  submitApplication,
  validApplication,
} from "../helpers";
import { expectError, expectJson, expectStatus } from "../http";

const DIRECTOR = "cross-site-director@network.example.org";

/** What a browser adds to a request that another site's page makes it send. */
const FROM_ANOTHER_SITE: Record<string, Record<string, string>> = {
  "Origin and Sec-Fetch-Site of another site": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  "a sibling subdomain (same-site)": { Origin: "https://evil.intake.test", "Sec-Fetch-Site": "same-site" },
  "only an Origin (older browsers)": { Origin: "https://evil.example" },
  "Origin: null (a sandboxed frame)": { Origin: "null" },
  "only Sec-Fetch-Site": { "Sec-Fetch-Site": "cross-site" },
};

/** How a signed-in staff browser's credential reaches us by itself, without the page's help. */
async function ambientCredentials(): Promise<Record<string, Record<string, string>>> {
  return {
    "Cloudflare Access": { "Cf-Access-Jwt-Assertion": await accessJwt({ email: DIRECTOR }) },
    "the development sign-in cookie": { Cookie: `dev_staff_token=${STAFF_TOKEN}` },
  };
}

type Operation = { method: string; path: string; secured: boolean };

/** Every operation of the OpenAPI document, with `{params}` filled in. */
async function operations(): Promise<Operation[]> {
  const document = await expectJson<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>(
    await request("/api/v1/openapi.json"),
    200,
  );
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path: `/api/v1${path.replace(/\{[^}]+\}/g, "x")}`,
      secured: (operation.security?.length ?? 0) > 0,
    })),
  );
}

beforeAll(async () => {
  await addStaffMember(DIRECTOR, null);
});

describe("a staff API change sent by another site's page", () => {
  it("withdrawing a case from another site's page is refused with 403 and the case stays as it was; an API client without Origin withdraws it", async () => {
    const created = await submitApplication();
    await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
    await instance.waitForStepResult({ name: "assign reviewers round 1" });
    const before = await caseStatus(created.id);
    expect(before).toBe("in_review");

    for (const [credential, credentialHeaders] of Object.entries(await ambientCredentials()))
      for (const [label, siteHeaders] of Object.entries(FROM_ANOTHER_SITE)) {
        const response = await request(`/api/v1/cases/${created.id}/withdraw`, {
          method: "POST",
          headers: { ...credentialHeaders, ...siteHeaders },
        });
        await expectError(response, 403, "forbidden", `${credential}, ${label}`);
        expect(await caseStatus(created.id), `${credential}, ${label}`).toBe(before);
      }

    // curl, a server with the bearer token, an Access service token: no Origin, no Sec-Fetch-Site.
    await expectStatus(await staffRequest(`/api/v1/cases/${created.id}/withdraw`, { method: "POST" }), 200);
    expect(await caseStatus(created.id)).toBe("withdrawn");
  });

  it("a change from this site's own pages is taken", async () => {
    const response = await staffRequest("/api/v1/organizations/demo-pa", {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Origin: ORIGIN, "Sec-Fetch-Site": "same-origin" },
      body: JSON.stringify({ reviewDeadlineDays: 14 }),
    });
    await expectStatus(response, 200);
  });

  it("every state-changing staff operation of the OpenAPI document refuses another site, whatever the body", async () => {
    const changing = (await operations()).filter((o) => o.secured && o.method !== "GET");
    expect(changing.length).toBeGreaterThan(5);
    const { "Cloudflare Access": signedIn } = await ambientCredentials();
    for (const { method, path } of changing)
      for (const contentType of ["application/json", "text/plain", "application/x-www-form-urlencoded"]) {
        const response = await request(path, {
          method,
          headers: {
            ...signedIn,
            "Content-Type": contentType,
            Origin: "https://evil.example",
            "Sec-Fetch-Site": "cross-site",
          },
          body: "{}",
        });
        await expectStatus(response, 403, `${method} ${path} as ${contentType}`);
        // The same request from an API client reaches the route (which then judges the body).
        const client = await staffRequest(path, { method, headers: { "Content-Type": contentType }, body: "{}" });
        expect(client.status, `${method} ${path} as ${contentType}, no Origin`).not.toBe(403);
      }
  });

  it("reads stay open to any Origin: another site cannot read the answer without CORS, which we never send", async () => {
    const response = await staffRequest("/api/v1/cases", {
      headers: FROM_ANOTHER_SITE["only an Origin (older browsers)"],
    });
    await expectStatus(response, 200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("the public application API still takes applications sent from any site", async () => {
    const response = await postApplication(validApplication(), {
      Origin: "https://a-partner.example",
      "Sec-Fetch-Site": "cross-site",
    });
    await expectStatus(response, 201);
  });
});
