import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { request } from "../helpers";
import { expectJson, expectText } from "../http";

type Document = {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
  components: { securitySchemes: Record<string, unknown> };
};

async function document() {
  return expectJson<Document>(await request("/api/v1/openapi.json"), 200);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every route of the JSON API, with its method", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} /api/v1${path}`))
      .sort();
    const served = [
      ...new Set(
        createApp()
          .routes.filter((r) => r.path.startsWith("/api/v1/") && r.method !== "ALL" && !r.path.endsWith("openapi.json"))
          .map((r) => `${r.method} ${r.path.replace(/\/$/, "").replace(/:(\w+)/g, "{$1}")}`),
      ),
    ].sort();
    expect(served.length).toBeGreaterThan(15);
    expect(documented).toEqual(served);
  });

  it("marks every staff route as needing staff credentials, and the public ones as open", async () => {
    const doc = await document();
    const publicRoutes = ["POST /applications", "GET /status/{token}", "GET /organizations"];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path.replace(/\/$/, "") || "/"}`;
        const isPublic = publicRoutes.includes(name);
        expect(Boolean(operation.security?.length), name).toBe(!isPublic);
        if (!isPublic) expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(["401", "403"]));
      }
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["cloudflareAccess", "staffToken"]);
  });

  it("the reference page at /api/docs shows every operation, without scripts", async () => {
    const doc = await document();
    const html = await expectText(await request("/api/docs"), 200);
    expect(html).not.toContain("<script");
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of Object.keys(item)) expect(html).toContain(`${method.toUpperCase()} /api/v1${path}`);
  });
});
