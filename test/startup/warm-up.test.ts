import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseApplication } from "../../src/lib/validation";
import { SAMPLE_APPLICATION, warmUp } from "../../src/warm-up";
import { countRows } from "../helpers";

const TABLES = ["cases", "contacts", "events", "capability_tokens", "search_terms", "person_keys"];

describe("the warm-up at startup", () => {
  it("runs every part and writes nothing", async () => {
    const before = await Promise.all(TABLES.map((table) => countRows(table)));
    expect(await warmUp(createApp(), env)).toEqual([]);
    expect(await Promise.all(TABLES.map((table) => countRows(table)))).toEqual(before);
  });

  it("checks an application the API takes", () => {
    expect(parseApplication(SAMPLE_APPLICATION).ok).toBe(true);
  });

  it("names the part that failed", async () => {
    const failed = await warmUp(createApp(), { ...env, PERSON_HASH_KEY: "" });
    expect(failed).toEqual(["application: PERSON_HASH_KEY is not set"]);
  });
});
