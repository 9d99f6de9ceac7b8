import { describe, expect, it } from "vitest";
import * as zod from "zod";

// vitest.config.ts applies wrangler.toml's [alias] entries, so every test runs the app with the
// stand-ins the bundle has: one that breaks the app (schemas, the API's document) breaks the tests too.
describe("the tests resolve imports as the build does", () => {
  it("zod's namespace `z` is the stand-in that holds only the factories the libraries call", () => {
    expect(typeof zod.z.object).toBe("function");
    expect(typeof zod.object).toBe("function");
    expect(Object.keys(zod.z).length).toBeLessThan(Object.keys(zod).length);
    expect("toJSONSchema" in zod.z).toBe(false);
  });
});
