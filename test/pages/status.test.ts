import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import { mailbox, request, submitApplication, waitForReviewRequest } from "../helpers";
import { expectError, expectJson, expectText, shapes } from "../http";

async function apply() {
  const created = await submitApplication();
  await waitForReviewRequest(created.id);
  return { ...created, token: created.statusUrl.split("/").pop() ?? "" };
}

describe("status links", () => {
  it("the page shows the reference, stage and organization, privately", async () => {
    const { statusUrl, reference } = await apply();
    const response = await request(`${new URL(statusUrl).pathname}?lang=en`);
    const html = await expectText(response, 200);
    expect(html).toContain(reference);
    expect(html).toContain("Being reviewed.");
    expect(html).toContain("Keystone Innocence Project (demo)");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    // Nothing of the application itself is on the status page.
    expect(html).not.toContain("Daniel Ortega");
    expect(html).not.toContain("eyewitness was wrong");
  });

  it("the JSON status gives reference, status, role and times", async () => {
    const { token, reference } = await apply();
    const response = await request(`/api/v1/status/${token}`);
    expect(await expectJson(response, 200, shapes.caseStatus)).toEqual({
      reference,
      status: "in_review",
      role: "family",
      organization: { slug: "demo-pa", name: "Keystone Innocence Project (demo)" },
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("the links in the acknowledgement emails open each recipient's status", async () => {
    const { id, reference } = await apply();
    const mails = await mailbox();
    const toTom = mails.find((m) => m.to === "tom@example.com" && m.text.includes(reference));
    const link = toTom?.text.match(/http:\/\/intake\.test(\/status\/[A-Za-z0-9_-]{43})/)?.[1];
    expect(link).toBeDefined();
    const json = await expectJson(await request(`/api/v1${link}`), 200, shapes.caseStatus);
    expect(json).toMatchObject({ reference, role: "supporter" });
    expect(id).toBeTruthy();
  });

  it.each([
    ["made-up", "x".repeat(43)],
    ["malformed", "not-a-token"],
    ["truncated", "abc"],
  ])("a %s token shows a clear page and nothing of any case", async (_, token) => {
    const page = await request(`/status/${token}`, { headers: { "Accept-Language": "en" } });
    const html = await expectText(page, 404);
    expect(html).toContain("This link does not work");
    expect(html).not.toMatch(/IN-\d{4}-/);
    await expectError(await request(`/api/v1/status/${token}`), 404, "not_found");
  });

  it("an expired or revoked link says so (410) and shows nothing of the case", async () => {
    const { token, reference } = await apply();
    const hash = await sha256Hex(token);
    await env.DB.prepare("UPDATE capability_tokens SET expires_at = ? WHERE token_hash = ?")
      .bind(Date.now() - 1000, hash)
      .run();
    const expired = await request(`/status/${token}`, { headers: { "Accept-Language": "en" } });
    const html = await expectText(expired, 410);
    expect(html).toContain("This link has expired");
    expect(html).not.toContain(reference);

    const other = await apply();
    await env.DB.prepare("UPDATE capability_tokens SET revoked_at = ? WHERE token_hash = ?")
      .bind(Date.now(), await sha256Hex(other.token))
      .run();
    const revoked = await request(`/api/v1/status/${other.token}`);
    expect(JSON.stringify(await expectError(revoked, 410, "gone"))).not.toContain(other.reference);
  });

  it("stores only a hash of each link", async () => {
    const { token } = await apply();
    const raw = await env.DB.prepare("SELECT count(*) AS n FROM capability_tokens WHERE token_hash = ?")
      .bind(token)
      .first<{ n: number }>();
    expect(raw?.n).toBe(0);
    const hashed = await env.DB.prepare("SELECT count(*) AS n FROM capability_tokens WHERE token_hash = ?")
      .bind(await sha256Hex(token))
      .first<{ n: number }>();
    expect(hashed?.n).toBe(1);
  });
});
