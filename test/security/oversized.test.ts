import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { ORIGIN, postApplication, postMultipart, r2Keys, request, validApplication } from "../helpers";
import { describeResponse, expectError, expectText } from "../http";
import { formFields } from "../pages/forms";
import { expectRefusedOrOneCase, type LiveLinks, liveLinks, stored } from "./hostile";

const MiB = 1024 * 1024;
const KB = 1024;

async function refused(body: unknown, label: string, statuses = [400, 413]) {
  const before = await stored();
  const response = await postApplication(body);
  const shown = describeResponse(response, await response.clone().text());
  expect(statuses, `${label}: ${shown}`).toContain(response.status);
  const code = response.status === 413 ? "payload_too_large" : "invalid_request";
  const payload = await expectError(response, response.status, code, label);
  await expectRefusedOrOneCase(before, response, label, []);
  return payload;
}

function contacts(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    role: "supporter",
    name: `Friend ${i}`,
    email: `f${i}@example.com`,
  }));
}

function nestedArrays(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

/**
 * Posts a streamed body to the app in this isolate, so it reads the test's stream itself. Through
 * `request()` (the Worker's loopback), workerd pumps the stream into a pipe, and when the Worker
 * answers before the end, as these tests want, it logs the pipe's abort as an exception.
 */
function postStream(contentType: string, body: ReadableStream<Uint8Array>) {
  const init = { method: "POST", headers: { "Content-Type": contentType }, body, duplex: "half" };
  return createApp().fetch(new Request(new URL("/api/v1/applications", ORIGIN), init as RequestInit), env);
}

/** A body of `total` bytes handed out 64 KiB at a time, counting how much the server pulled. */
function countingStream(head: Uint8Array, total: number, fill = 0x20) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const chunk = counter.pulled === 0 ? head : new Uint8Array(Math.min(64 * KB, total - counter.pulled)).fill(fill);
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

describe("oversized JSON applications", () => {
  it("a 2 MB body is 413 and stores nothing", async () => {
    const statement = "x".repeat(2 * MiB);
    const payload = await refused(validApplication({ claim: { innocenceStatement: statement } }), "2 MB", [413]);
    expect(payload.error.code).toBe("payload_too_large");
  });

  it("a 2 MB body that is not even JSON is 413, not a parse error", async () => {
    await refused(`{${"a".repeat(2 * MiB)}`, "2 MB of junk", [413]);
  });

  it("a body with no Content-Length is cut off soon after the limit, not read to its end", async () => {
    const before = await stored();
    const head = new TextEncoder().encode('{"claim":{"innocenceStatement":"');
    const { stream, counter } = countingStream(head, 32 * MiB);
    const response = await postStream("application/json", stream);
    await expectText(response, 413);
    await expectRefusedOrOneCase(before, response, "unbounded body", []);
    // The JSON limit is 1 MiB; reading 32 MiB into memory first is what a memory-exhaustion attack needs.
    expect(counter.pulled).toBeLessThan(8 * MiB);
  });

  it("a multipart body that goes wrong early is not read to its end either", async () => {
    const before = await stored();
    const boundary = "----oversized";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\n\r\n`,
    );
    const { stream, counter } = countingStream(head, 32 * MiB, 0x61);
    const response = await postStream(`multipart/form-data; boundary=${boundary}`, stream);
    await response.arrayBuffer();
    expect([400, 413]).toContain(response.status);
    await expectRefusedOrOneCase(before, response, "endless field", []);
    expect(counter.pulled).toBeLessThan(8 * MiB);
  });

  it.each([
    ["applicant.name", { applicant: { name: "n".repeat(100 * KB), inCustody: true } }],
    ["submitter.name", { submitter: { ...validApplication().submitter, name: "n".repeat(100 * KB) } }],
    ["organization", { organization: "o".repeat(100 * KB) }],
    ["conviction.offenses", { conviction: { ...validApplication().conviction, offenses: "o".repeat(100 * KB) } }],
    ["claim.innocenceStatement", { claim: { innocenceStatement: "s".repeat(100 * KB) } }],
    ["lawyers.0.name", { lawyers: [{ role: "current", name: "n".repeat(100 * KB) }] }],
    [
      "contacts.0.email",
      { contacts: [{ role: "supporter", name: "T", email: `${"e".repeat(100 * KB)}@example.com` }] },
    ],
  ])("a 100 KB %s is 400 too_long and stores nothing", async (path, overrides) => {
    const payload = await refused(validApplication(overrides), path, [400]);
    expect(payload.error.issues?.map((issue) => issue.path)).toContain(path);
  });

  it.each([
    ["10,000 contacts", { contacts: contacts(10_000) }, "contacts"],
    ["10,000 lawyers", { lawyers: contacts(10_000).map((c) => ({ ...c, role: "trial" })) }, "lawyers"],
    [
      "10,000 evidence types",
      { claim: { innocenceStatement: "x", evidenceTypes: Array(10_000).fill("dna") } },
      "claim.evidenceTypes",
    ],
  ])("%s are 400 and store nothing", async (label, overrides, path) => {
    const payload = await refused(validApplication(overrides), label, [400]);
    expect(payload.error.issues?.map((issue) => issue.path)).toContain(path);
  });

  it.each([
    ["contacts", 100_000],
    ["lawyers", 100_000],
    ["claim.evidenceTypes", 100_000],
    ["consent.dataProcessing", 100_000],
  ])("%s as %i nested arrays is 400 and stores nothing", async (path, depth) => {
    const keys = path.split(".");
    const placeholder = "__DEEP__";
    const application: Record<string, unknown> = validApplication();
    let node = application;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1) ?? ""] = placeholder;
    const body = JSON.stringify(application).replace(`"${placeholder}"`, nestedArrays(depth));
    expect(body.length).toBeLessThan(MiB);
    await refused(body, path, [400]);
  });

  it("an application part over the field limit in a multipart body is 4xx and stores nothing", async () => {
    const before = await stored();
    const big = JSON.stringify(validApplication({ claim: { innocenceStatement: "x".repeat(200 * KB) } }));
    const response = await postMultipart([
      {
        name: "attachments",
        filename: "a.pdf",
        type: "application/pdf",
        content: new TextEncoder().encode("%PDF-1.7\n"),
      },
      { name: "application", value: big },
    ]);
    await response.arrayBuffer();
    expect([400, 413]).toContain(response.status);
    await expectRefusedOrOneCase(before, response, "big application part", []);
  });
});

// ————— wrong content types —————

const FORM = new URLSearchParams({ decision: "accept", response: "accept", opinion: "Fine.", answer: "Yes." });
const JSON_FORM = JSON.stringify(Object.fromEntries(FORM));

type Sent = { contentType: string | null; body: BodyInit };

const WRONG: Record<string, Sent> = {
  "application/json": { contentType: "application/json", body: JSON_FORM },
  "text/plain": { contentType: "text/plain", body: FORM.toString() },
  "application/xml": { contentType: "application/xml", body: "<decision>accept</decision>" },
  "no Content-Type": { contentType: null, body: new TextEncoder().encode(FORM.toString()) },
  "multipart/form-data without a boundary": { contentType: "multipart/form-data", body: FORM.toString() },
  "multipart/form-data with a body that is not multipart": {
    contentType: "multipart/form-data; boundary=----x",
    body: FORM.toString(),
  },
  "multipart/mixed": { contentType: "multipart/mixed; boundary=----x", body: "------x--\r\n" },
};

// Events are left out: the workflows of the cases made earlier keep adding theirs.
async function linkState() {
  return {
    ...(await env.DB.prepare(
      `SELECT (SELECT count(*) FROM capability_tokens WHERE used_at IS NOT NULL) AS used,
        (SELECT count(*) FROM decisions) AS decisions,
        (SELECT count(*) FROM responses) AS responses,
        (SELECT count(*) FROM attachments) AS attachments`,
    ).first()),
    r2: (await r2Keys()).sort(),
  };
}

async function expectWrongTypeRefused(path: string, sent: Sent, extra: Record<string, string> = {}) {
  const before = { ...(await stored()), ...(await linkState()) };
  const headers: Record<string, string> = { Origin: ORIGIN, ...extra };
  if (sent.contentType !== null) headers["Content-Type"] = sent.contentType;
  const response = await request(path, { method: "POST", headers, body: sent.body, redirect: "manual" });
  await response.arrayBuffer();
  expect(response.status, `${path} answered ${response.status}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${path} answered ${response.status}`).toBeLessThan(500);
  expect({ ...(await stored()), ...(await linkState()) }).toEqual(before);
}

describe("wrong content types on the public POST endpoints", () => {
  const apiWrong: Record<string, Sent> = {
    ...WRONG,
    "application/json-patch+json": {
      contentType: "application/json-patch+json",
      body: JSON.stringify(validApplication()),
    },
    "text/plain holding a valid application": { contentType: "text/plain", body: JSON.stringify(validApplication()) },
    "application/x-www-form-urlencoded": {
      contentType: "application/x-www-form-urlencoded",
      body: new URLSearchParams({ application: JSON.stringify(validApplication()) }).toString(),
    },
  };
  it.each(Object.entries(apiWrong))("POST /api/v1/applications with %s is 4xx", async (_, sent) => {
    await expectWrongTypeRefused("/api/v1/applications", sent);
  });

  const formAsUrlEncoded = new URLSearchParams(
    Object.entries(formFields()).flatMap(([k, v]) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]),
    ),
  ).toString();
  const applyWrong: Record<string, Sent> = {
    ...WRONG,
    "application/x-www-form-urlencoded holding a valid form": {
      contentType: "application/x-www-form-urlencoded",
      body: formAsUrlEncoded,
    },
    "application/json holding a valid application": {
      contentType: "application/json",
      body: JSON.stringify(validApplication()),
    },
  };
  it.each(Object.entries(applyWrong))("POST /apply with %s is 4xx", async (_, sent) => {
    await expectWrongTypeRefused("/apply?lang=en", sent);
  });

  it.each(Object.entries(WRONG))("POST /dev/staff-login with %s is 4xx", async (_, sent) => {
    await expectWrongTypeRefused("/dev/staff-login", sent);
  });
});

describe("wrong content types on the link POSTs", () => {
  let links: LiveLinks;
  beforeAll(async () => {
    links = await liveLinks();
  }, 60_000);

  const cases = (["review", "respond", "consult", "referral"] as const).flatMap((purpose) =>
    Object.entries({
      ...WRONG,
      // The answer form carries files, so only multipart/form-data is right for it.
      ...(purpose === "respond"
        ? {
            "application/x-www-form-urlencoded": {
              contentType: "application/x-www-form-urlencoded",
              body: FORM.toString(),
            },
          }
        : {}),
    }).map(([label, sent]) => [purpose, label, sent] as const),
  );

  it.each(cases)("POST /%s/:token with %s is 4xx, and the link stays unused", async (purpose, _, sent) => {
    await expectWrongTypeRefused(links[purpose], sent);
    // Still open: the refused request did not use the link up.
    await expectText(await request(links[purpose]), 200);
  });
});
