import { convert } from "html-to-text";
import * as reactDomServer from "react-dom/server.edge";
import { describe, expect, it } from "vitest";

// vitest.config.ts applies wrangler.toml's [alias] entries, so every test runs the app with the
// stand-ins the bundle has: one that breaks the app (emails, schemas) breaks the tests too.
describe("the tests resolve imports as the build does", () => {
  it("html-to-text is the stand-in that refuses to convert", () => {
    expect(() => convert("<p>text</p>")).toThrow(/not bundled/);
  });

  it("react-dom/server.edge is the stand-in without the legacy string renderer", () => {
    const server: Record<string, unknown> = { ...reactDomServer };
    const exported = (server.default as Record<string, unknown> | undefined) ?? server;
    expect(typeof exported.renderToReadableStream).toBe("function");
    expect(exported.renderToString).toBeUndefined();
  });
});
