import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { parseApplication } from "../../src/lib/validation";
import { postApplication, request, validApplication } from "../helpers";
import { expectRefusedOrOneCase, stored } from "./hostile";

const MESSAGE_KEYS = new Set(Object.keys(en.errors));

// The keys the schema knows, by object: anything else a client sends must be stripped.
const KNOWN_KEYS: Record<string, string[]> = {
  "": ["organization", "language", "submitter", "applicant", "conviction", "claim", "lawyers", "contacts", "consent"],
  submitter: ["role", "name", "email", "phone", "postalAddress", "relationship", "language"],
  applicant: [
    "name",
    "otherNames",
    "dateOfBirth",
    "prisonNumber",
    "facility",
    "postalAddress",
    "inCustody",
    "expectedReleaseDate",
  ],
  conviction: [
    "jurisdiction",
    "court",
    "caseNumber",
    "offenses",
    "convictionDate",
    "sentence",
    "trialOrPlea",
    "appealStatus",
    "currentlyRepresented",
  ],
  claim: [
    "innocenceStatement",
    "evidenceTypes",
    "biologicalEvidence",
    "evidenceLocation",
    "evidenceCustodian",
    "newEvidence",
    "coDefendants",
  ],
  evidenceCustodian: ["kind", "name", "postalAddress"],
  lawyers: ["role", "name", "email", "phone", "mayContact", "notify"],
  contacts: ["role", "name", "email", "relationship", "language", "notify"],
  consent: ["dataProcessing", "contactPeopleNamed"],
};

// Characters that break naive code: direction overrides, NUL, lone surrogates, BOM, zero-width space.
const nasty = fc.constantFrom(
  "\u202e",
  "\u202d",
  "\u2066",
  "\u0000",
  "\ud800",
  "\udfff",
  "\ufeff",
  "\u200b",
  " ",
  "\t\r\n",
  "<script>alert(1)</script>",
  "'; DROP TABLE cases; --",
  "__proto__",
  "constructor",
  "{{7*7}}",
  "../../etc/passwd",
  "US-PA",
  "demo-pa",
  "true",
);

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((pieces) => pieces.join("")),
  fc
    .tuple(fc.oneof(nasty, fc.constantFrom("x", "é", "😀")), fc.constantFrom(201, 1001, 2001, 20_001, 100_000))
    .map(([piece, times]) => piece.repeat(times)),
);

function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = kind === "array" ? [value] : { a: value };
  return value;
}

const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom("array" as const, "object" as const))
  .map(([depth, kind]) => nested(depth, kind));

/** Any value JSON can carry, with a bias to what breaks validators. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
  deeplyNested,
  fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.array(hostileString, { maxLength: 12 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 11, maxLength: 40 }),
);

const SPECIAL_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "status",
  "organizationId",
];

type Mutation =
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "add"; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileJson }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("add" as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 10 })),
    value: hostileJson,
  }),
);

type Path = (string | number)[];

// Stops at the depth of the schema, so an earlier mutation's deep nesting is not walked.
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null || prefix.length >= 4) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function nodeAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

// defineProperty makes `__proto__` an own key, as JSON.parse does, instead of setting the prototype.
function setOwn(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A valid application with a few paths replaced, deleted or added to. */
const mutatedApplication = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const application: Record<string, unknown> = structuredClone(validApplication());
  for (const m of mutations) {
    const paths = pathsOf(application);
    const path = paths[m.at % paths.length];
    if (path === undefined) break;
    const parent = nodeAt(application, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    if (m.kind === "replace") setOwn(parent, key, m.value);
    else if (m.kind === "delete") delete parent[key];
    else {
      const node = nodeAt(application, path);
      const target = typeof node === "object" && node !== null && !Array.isArray(node) ? node : parent;
      if (!Array.isArray(target)) setOwn(target, m.key, m.value);
    }
  }
  return application;
});

/** Every object in the output holds only keys the schema declares. */
function expectOnlyKnownKeys(value: unknown, where = "") {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) expectOnlyKnownKeys(item, where);
    return;
  }
  const known = KNOWN_KEYS[where];
  expect(known, `an object at "${where}"`).toBeDefined();
  for (const key of Reflect.ownKeys(value)) expect(known, `key ${String(key)} at "${where}"`).toContain(key);
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  for (const [key, child] of Object.entries(value)) if (typeof child === "object") expectOnlyKnownKeys(child, key);
}

function checkParse(input: unknown) {
  const result = parseApplication(input);
  if (result.ok) {
    expectOnlyKnownKeys(result.application);
    // What validation lets through validates again, unchanged.
    const again = parseApplication(result.application);
    expect(again).toEqual({ ok: true, application: result.application });
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe("string");
      expect(MESSAGE_KEYS, `message of ${JSON.stringify(issue)}`).toContain(issue.message);
    }
  }
}

function expectNoPollution() {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe("parseApplication on hostile input", () => {
  it("never throws on any JSON value, and answers a valid application or issues with message keys", () => {
    fc.assert(fc.property(hostileJson, checkParse), { numRuns: 400 });
    expectNoPollution();
  });

  it("never throws on any JavaScript value at all", () => {
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 3,
          withNullPrototype: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withBigInt: true,
        }),
        checkParse,
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated valid applications, and strips keys it does not know", () => {
    fc.assert(fc.property(mutatedApplication, checkParse), { numRuns: 500 });
    expectNoPollution();
  });

  it("survives the same mutations after a round trip through JSON text, as the API receives them", () => {
    fc.assert(
      fc.property(mutatedApplication, (application) => {
        const input = JSON.parse(JSON.stringify(application));
        checkParse(input);
      }),
      { numRuns: 300 },
    );
    expectNoPollution();
  });

  it("keeps prototype-pollution keys inert at every level", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const text = JSON.stringify(validApplication()).replace(
        /\{/g,
        `{"${key}":{"polluted":"yes","prototype":{"polluted":"yes"},"role":"self","dataProcessing":true},`,
      );
      const result = parseApplication(JSON.parse(text));
      expect(result.ok, key).toBe(true);
      if (result.ok) expectOnlyKnownKeys(result.application);
      expectNoPollution();
    }
  });
});

// Each run makes a request and, for a 201, a case whose workflow runs on in the background: few runs.
describe("POST /api/v1/applications with hostile JSON", () => {
  it("answers 201 or a 4xx, never a 5xx, and a 4xx stores nothing (mutated applications)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedApplication, async (application) => {
        const before = await stored();
        const body = JSON.stringify(application);
        const response = await postApplication(body);
        await expectRefusedOrOneCase(before, response, body.slice(0, 300));
      }),
      { numRuns: 40 },
    );
    expectNoPollution();
  });

  it("answers a 4xx for any JSON value that is not an application, storing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, async (value) => {
        const before = await stored();
        const body = JSON.stringify(value) ?? "null";
        const response = await postApplication(body);
        await expectRefusedOrOneCase(before, response, body.slice(0, 300), []);
      }),
      { numRuns: 25 },
    );
  });

  it.each([
    ["an empty body", ""],
    ["a truncated object", '{"organization":"demo-pa","submitter":{'],
    ["null", "null"],
    ["a string", '"application"'],
    ["a number too large for a double", "1e999"],
    ["an array of applications", `[${JSON.stringify(validApplication())}]`],
    ["a __proto__ payload", '{"__proto__":{"polluted":"yes"},"consent":{"__proto__":{"dataProcessing":true}}}'],
    ["a constructor.prototype payload", '{"constructor":{"prototype":{"polluted":"yes"}}}'],
    ["200,000 nested arrays", `${"[".repeat(200_000)}${"]".repeat(200_000)}`],
    ["100,000 nested objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    [
      "duplicate keys withdrawing consent",
      JSON.stringify(validApplication()).replace(
        '"dataProcessing":true',
        '"dataProcessing":true,"dataProcessing":false',
      ),
    ],
    ["JavaScript, not JSON", "{organization: 'demo-pa'}"],
    ["NUL bytes", "\u0000\u0000\u0000"],
  ])("refuses %s with a 4xx and stores nothing", async (label, body) => {
    const before = await stored();
    const response = await postApplication(body);
    await expectRefusedOrOneCase(before, response, label, []);
    expectNoPollution();
  });

  it.each([
    ["lone surrogates", "\ud800 Ortega \udfff"],
    ["a right-to-left override", "Daniel \u202eagetrO"],
    ["NUL characters", "Daniel\u0000Ortega"],
    ["a byte-order mark", "\ufeffDaniel Ortega"],
  ])("takes a name with %s as 201 or refuses it with a 4xx, never a 5xx", async (label, name) => {
    const before = await stored();
    const response = await postApplication(
      validApplication({ applicant: { name, inCustody: true }, claim: { innocenceStatement: name } }),
    );
    await expectRefusedOrOneCase(before, response, label);
  });

  it("refuses bytes that are not UTF-8 JSON with a 4xx and stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const before = await stored();
        const response = await request("/api/v1/applications", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: bytes,
        });
        await expectRefusedOrOneCase(before, response, Array.from(bytes).join(","), []);
      }),
      { numRuns: 20 },
    );
  });
});
