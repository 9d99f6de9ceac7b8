import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { accessJwt, addStaffMember, asAccess, request, staffRequest, submitApplication } from "../helpers";
import { type CreatedCase, expectError, expectJson, expectStatus, expectText, shapes } from "../http";

let paCase: CreatedCase;
let ukCase: CreatedCase;

beforeAll(async () => {
  paCase = await submitApplication();
  ukCase = await submitApplication({
    organization: "demo-uk",
    conviction: { jurisdiction: "GB", offenses: "Murder", trialOrPlea: "trial", appealStatus: "none" },
  });
  await addStaffMember("coordinator@demo-pa.example.org", "org-demo-pa");
  await addStaffMember("director@network.example.org", null);
  await addStaffMember("former@demo-pa.example.org", "org-demo-pa", false);
  await addStaffMember("client-id-of-pa-case-system.access", "org-demo-pa");
});

async function expectRefused(response: Response, status: 401 | 403) {
  const text = await response.clone().text();
  await expectError(response, status, status === 401 ? "unauthorized" : "forbidden");
  expect(text).not.toContain(paCase.reference);
  expect(text).not.toContain("Daniel Ortega");
}

describe("staff endpoints refuse anyone who is not staff", () => {
  const endpoints = () => [
    "/api/v1/cases",
    `/api/v1/cases/${paCase.id}`,
    `/api/v1/cases/${paCase.id}/events`,
    `/api/v1/cases/${paCase.id}/notifications`,
    "/api/v1/organizations/demo-pa",
    "/api/v1/organizations/demo-pa/criteria",
    "/api/v1/organizations/demo-pa/reviewers",
    "/api/v1/staff",
  ];

  it("no credentials → 401, for every staff endpoint", async () => {
    for (const path of endpoints()) await expectRefused(await request(path), 401);
  });

  it("a wrong bearer token → 401", async () => {
    for (const path of endpoints())
      await expectRefused(await request(path, { headers: { Authorization: "Bearer not-the-token" } }), 401);
  });

  it("a JWT signed by another key → 401", async () => {
    const forger = (await crypto.subtle.generateKey(
      { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      false,
      ["sign", "verify"],
    )) as CryptoKeyPair;
    const forged = await accessJwt({ email: "director@network.example.org" }, { key: forger.privateKey });
    await expectRefused(await request("/api/v1/cases", asAccess(forged)), 401);
  });

  it("an expired JWT → 401", async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    const expired = await accessJwt({ email: "director@network.example.org", iat: past, nbf: past, exp: past + 600 });
    await expectRefused(await request("/api/v1/cases", asAccess(expired)), 401);
  });

  it("a JWT for another Access application (audience) or another team (issuer) → 401", async () => {
    const otherAudience = await accessJwt({ email: "director@network.example.org", aud: ["someone-elses-app"] });
    await expectRefused(await request("/api/v1/cases", asAccess(otherAudience)), 401);
    const otherTeam = await accessJwt({
      email: "director@network.example.org",
      iss: "https://evil.cloudflareaccess.com",
    });
    await expectRefused(await request("/api/v1/cases", asAccess(otherTeam)), 401);
  });

  it("a malformed JWT or an unknown key id → 401", async () => {
    for (const token of ["nonsense", "a.b.c", await accessJwt({ email: "x@y.org" }, { kid: "unknown-kid" })])
      await expectRefused(await request("/api/v1/cases", asAccess(token)), 401);
  });

  it("a valid JWT of someone who is not staff, or no longer is → 403", async () => {
    await expectRefused(
      await request("/api/v1/cases", asAccess(await accessJwt({ email: "stranger@example.com" }))),
      403,
    );
    await expectRefused(
      await request("/api/v1/cases", asAccess(await accessJwt({ email: "former@demo-pa.example.org" }))),
      403,
    );
  });
});

describe("staff see their own organizations only", () => {
  it("organization staff get their cases, and 403 for another organization's", async () => {
    const jwt = await accessJwt({ email: "Coordinator@demo-pa.example.org" });
    const own = await expectJson(await request(`/api/v1/cases/${paCase.id}`, asAccess(jwt)), 200, shapes.case);
    expect(own.reference).toBe(paCase.reference);

    for (const path of [
      `/api/v1/cases/${ukCase.id}`,
      `/api/v1/cases/${ukCase.id}/events`,
      `/api/v1/cases/${ukCase.id}/notifications`,
      "/api/v1/organizations/demo-uk",
      "/api/v1/organizations/demo-uk/criteria",
      "/api/v1/organizations/demo-uk/reviewers",
    ]) {
      const text = await expectText(await request(path, asAccess(jwt)), 403, path);
      expect(text).not.toContain(ukCase.reference);
    }
  });

  it("the queue of organization staff holds only their organization's cases", async () => {
    const jwt = await accessJwt({ email: "coordinator@demo-pa.example.org" });
    const { cases } = await expectJson(await request("/api/v1/cases?limit=200", asAccess(jwt)), 200, shapes.queuePage);
    expect(cases.map((c) => c.reference)).toContain(paCase.reference);
    expect(cases.map((c) => c.reference)).not.toContain(ukCase.reference);
    expect(new Set(cases.map((c) => c.organization))).toEqual(new Set(["demo-pa"]));
  });

  it("an API client with an Access service token acts as staff of its organization", async () => {
    const jwt = await accessJwt({ common_name: "client-id-of-pa-case-system.access" });
    await expectStatus(await request(`/api/v1/cases/${paCase.id}`, asAccess(jwt)), 200);
    await expectStatus(await request(`/api/v1/cases/${ukCase.id}`, asAccess(jwt)), 403);
  });

  it("network staff (by JWT or the bearer token) see every organization", async () => {
    const jwt = await accessJwt({ email: "director@network.example.org" });
    await expectStatus(await request(`/api/v1/cases/${ukCase.id}`, asAccess(jwt)), 200);
    await expectStatus(await staffRequest(`/api/v1/cases/${ukCase.id}`), 200);
  });

  it("only network staff manage staff members and add organizations", async () => {
    const jwt = await accessJwt({ email: "coordinator@demo-pa.example.org" });
    await expectRefused(await request("/api/v1/staff", asAccess(jwt)), 403);
    const add = await request("/api/v1/organizations", {
      method: "POST",
      headers: { "Cf-Access-Jwt-Assertion": jwt, "Content-Type": "application/json" },
      body: JSON.stringify({
        slug: "sneaky",
        name: "Sneaky",
        languages: ["en"],
        intakeEmail: "a@b.org",
        jurisdictions: ["FR"],
      }),
    });
    await expectRefused(add, 403);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM organizations WHERE slug = 'sneaky'").first("n")).toBe(0);
  });

  it("reads are logged with who read, in the case's event log", async () => {
    const jwt = await accessJwt({ email: "coordinator@demo-pa.example.org" });
    await request(`/api/v1/cases/${paCase.id}`, asAccess(jwt));
    const { events } = await expectJson(await staffRequest(`/api/v1/cases/${paCase.id}/events`), 200, shapes.events);
    const member = await env.DB.prepare(
      "SELECT id FROM staff WHERE identity = 'coordinator@demo-pa.example.org'",
    ).first<{
      id: string;
    }>();
    expect(events).toContainEqual(
      expect.objectContaining({ type: "viewed_by_staff", actor: `staff:${member?.id}`, data: { view: "case" } }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: "viewed_by_staff", actor: "staff:api-token", data: { view: "events" } }),
    );
  });
});
