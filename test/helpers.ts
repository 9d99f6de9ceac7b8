import {
  createExecutionContext,
  createScheduledController,
  introspectWorkflowInstance,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { dailyJobId } from "../src/cases/purge";
import worker from "../src/index";
import { expectJson, shapes } from "./http";

export const ORIGIN = "http://intake.test";

/** A complete, valid application as an API client would send it. */
export function validApplication(overrides: Record<string, unknown> = {}) {
  return {
    organization: "demo-pa",
    language: "en",
    submitter: {
      role: "family",
      name: "Maria Ortega",
      email: "maria@example.com",
      relationship: "mother",
      language: "es",
    },
    applicant: { name: "Daniel Ortega", prisonNumber: "KX-4471", facility: "SCI Example", inCustody: true },
    conviction: {
      jurisdiction: "US-PA",
      offenses: "Robbery",
      convictionDate: "2009-06-01",
      trialOrPlea: "trial",
      appealStatus: "direct_appeal_decided",
    },
    claim: {
      innocenceStatement: "He was at work across town; the eyewitness was wrong.",
      evidenceTypes: ["eyewitness", "alibi"],
    },
    lawyers: [
      { role: "current", name: "Ann Counsel", email: "ann@lawfirm.example.com", mayContact: true, notify: true },
    ],
    contacts: [{ role: "supporter", name: "Tom Friend", email: "tom@example.com", language: "en", notify: true }],
    consent: { dataProcessing: true, contactPeopleNamed: true },
    ...overrides,
  };
}

export function request(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(new URL(path, ORIGIN), init));
}

/**
 * A request to the Worker with some variables changed, e.g. production-sized upload limits where
 * `vitest.config.ts` sets small ones. The same fetch handler, bindings and storage serve it.
 */
export async function requestWith(vars: Partial<Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(new URL(path, ORIGIN), init), { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** Runs the Worker's scheduled handler as Cloudflare's cron would, and waits for what it started. */
async function runCron(cron: string, scheduledTime: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron, scheduledTime }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** The sweep, every five minutes in wrangler.toml `[triggers]`: no open case without a running workflow. */
export function runSweep(): Promise<void> {
  return runCron("*/5 * * * *", Date.now());
}

/**
 * The daily job of wrangler.toml `[triggers]` (purges, cut-off uploads, files no row names), run at
 * `scheduledTime`: the cron starts its workflow, and this waits until the workflow is done.
 */
export async function runDailyJob(scheduledTime = Date.now()): Promise<void> {
  await runCron("17 3 * * *", scheduledTime);
  await using job = await introspectWorkflowInstance(env.DAILY_JOB, dailyJobId(scheduledTime));
  await job.waitForStatus("complete");
}

export function postApplication(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return request("/api/v1/applications", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Sends a valid application (with `overrides`) as an API client does, and returns the case it made. */
export async function submitApplication(overrides: Record<string, unknown> = {}) {
  return expectJson(await postApplication(validApplication(overrides)), 201, shapes.createdCase);
}

/** Posts an application as multipart with its files, as an API client does (`parts` as `multipartBody` takes them). */
export function postMultipart(parts: Parameters<typeof multipartBody>[0]): Promise<Response> {
  const { body, contentType } = multipartBody(parts);
  return request("/api/v1/applications", { method: "POST", headers: { "Content-Type": contentType }, body });
}

/** Sends a valid application (with `overrides`) and one PDF as multipart, and returns the case it made. */
export async function submitWithFile(
  file: { filename: string; content: Uint8Array } = { filename: "judgment.pdf", content: files.pdf() },
  overrides: Record<string, unknown> = {},
) {
  const response = await postMultipart([
    { name: "application", value: JSON.stringify(validApplication(overrides)) },
    { name: "attachments", type: "application/pdf", ...file },
  ]);
  return expectJson(response, 201, shapes.createdCase);
}

export type MailboxMessage = { id: string; to: string; subject: string; html: string; text: string; createdAt: string };

export async function mailbox(): Promise<MailboxMessage[]> {
  return expectJson<MailboxMessage[]>(await request("/dev/mailbox.json"), 200);
}

/** Polls every 50 ms until `ready` gives a value (not null or undefined), for `within` ms at the most. */
export async function waitUntil<T>(
  what: string,
  ready: () => Promise<T | null | undefined>,
  within = 15_000,
): Promise<T> {
  const deadline = Date.now() + within;
  for (;;) {
    const value = await ready();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls D1 until the case's workflow has asked a reviewer (at most ~10 s), and returns the reviewer's id. */
export function waitForAssignment(caseId: string): Promise<string> {
  return waitUntil(
    `an assignment of ${caseId}`,
    async () => {
      const row = await env.DB.prepare("SELECT reviewer_id FROM assignments WHERE case_id = ?")
        .bind(caseId)
        .first<{ reviewer_id: string }>();
      return row?.reviewer_id;
    },
    10_000,
  );
}

/** The case's status as stored in D1. */
export async function caseStatus(id: string): Promise<string | undefined> {
  return (await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(id).first<{ status: string }>())?.status;
}

export async function countRows(table: string, where = "1 = 1", ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function r2Keys(): Promise<string[]> {
  const listed = await env.ATTACHMENTS.list();
  return listed.objects.map((o) => o.key);
}

/** Builds a multipart body by hand, as a browser or API client would send it. */
export function multipartBody(
  parts: Array<
    { name: string; value: string } | { name: string; filename: string; type?: string; content: Uint8Array }
  >,
) {
  const boundary = `----test${crypto.randomUUID()}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    if ("value" in part) {
      chunks.push(
        encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    } else {
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type ?? "application/octet-stream"}\r\n\r\n`,
        ),
      );
      chunks.push(part.content);
      chunks.push(encoder.encode("\r\n"));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export const files = {
  pdf: () => new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"),
  png: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  /** A Windows executable renamed to look like a PDF. */
  exeAsPdf: () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]),
  /** `size` bytes of a valid PDF header followed by filler. */
  bigPdf: (size: number) => {
    const bytes = new Uint8Array(size).fill(0x20);
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
    return bytes;
  },
};

/**
 * Waits until the case's workflow has sent its acknowledgements, screened the case and asked a
 * reviewer, and so waits for a decision. Disposing of the introspector deletes the instance; while
 * a step is still running, workerd would log the aborted run as an uncaught "Instance dispose".
 */
export async function waitForReviewRequest(caseId: string): Promise<void> {
  await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, caseId);
  await instance.waitForStepResult({ name: "tally round 1" });
}

/** Acknowledgements in the dev mailbox for a case reference, in any language. */
export async function acknowledgementsFor(reference: string): Promise<MailboxMessage[]> {
  return (await mailbox()).filter((m) => m.subject.endsWith(reference) && /received|recibida|受け付け/.test(m.subject));
}

export const STAFF_TOKEN = "test-staff-api-token";

/** A request from network staff, as an API client with the bearer token. */
export function staffRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("authorization") && !headers.has("cf-access-jwt-assertion"))
    headers.set("authorization", `Bearer ${STAFF_TOKEN}`);
  return request(path, { ...init, headers });
}

export function staffJson(path: string, method: string, body: unknown, headers: Record<string, string> = {}) {
  return staffRequest(path, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * A Cloudflare Access token signed with the test team's key (vitest.config.ts publishes the public
 * half at the team's certs URL), or with `key` to forge one.
 */
export async function accessJwt(
  claims: Record<string, unknown>,
  options: { key?: CryptoKey; kid?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const key =
    options.key ??
    (await crypto.subtle.importKey(
      "jwk",
      JSON.parse(env.TEST_ACCESS_PRIVATE_KEY),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["sign"],
    ));
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  const header = encode({ alg: "RS256", kid: options.kid ?? "test-key", typ: "JWT" });
  const payload = encode({
    iss: env.ACCESS_TEAM_DOMAIN,
    aud: [env.ACCESS_AUD],
    iat: now,
    nbf: now,
    exp: now + 3600,
    ...claims,
  });
  const signature = new Uint8Array(
    await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(`${header}.${payload}`)),
  );
  let binary = "";
  for (const b of signature) binary += String.fromCharCode(b);
  return `${header}.${payload}.${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
}

/** Adds a staff member directly (as the bootstrap SQL in the README does) and returns their id. */
export async function addStaffMember(identity: string, organizationId: string | null, active = true) {
  const id = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO staff (id, identity, name, organization_id, active) VALUES (?, ?, ?, ?, ?)")
    .bind(id, identity, `Staff ${identity}`, organizationId, active ? 1 : 0)
    .run();
  return id;
}

export function asAccess(token: string): RequestInit {
  return { headers: { "Cf-Access-Jwt-Assertion": token } };
}

/** A request signed in through Cloudflare Access as `email`, with `body` sent as JSON. */
export async function accessRequest(email: string, path: string, method = "GET", body?: unknown): Promise<Response> {
  const jwt = await accessJwt({ email });
  return request(path, {
    method,
    headers: { "Cf-Access-Jwt-Assertion": jwt, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The status of a case's workflow instance, as the engine reports it. */
export async function workflowStatus(caseId: string): Promise<string> {
  return (await (await env.CASE_REVIEW.get(caseId)).status()).status;
}

/** Waits until the case's workflow has finished what it was doing (it ended, or it stopped). */
export function workflowSettled(caseId: string) {
  return waitUntil(`the workflow of ${caseId} to finish`, async () =>
    (await workflowStatus(caseId)) === "complete" ? true : undefined,
  );
}
