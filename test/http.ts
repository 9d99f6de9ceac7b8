/**
 * Assertions on what the Worker answered. Each one that fails says what came back (status, content
 * type and the start of the body), and the JSON ones return the body typed by the app's own zod
 * shapes, parsed with them, so a field that drifts from its shape fails the test that reads it.
 */
import { expect } from "vitest";
import * as z from "zod";
import type { ErrorCode } from "../src/errors";
import { caseStatusShape, createdCaseShape } from "../src/presenters/application";
import { caseShape } from "../src/presenters/case";
import { caseEventShape, notificationShape } from "../src/presenters/case-history";
import { exportShape } from "../src/presenters/export";
import {
  criteriaVersionShape,
  directoryEntryShape,
  organizationShape,
  reviewerShape,
  staffMemberShape,
} from "../src/presenters/organization";
import { queueItemShape } from "../src/presenters/queue-item";
import { errorSchema } from "../src/routes/api/router";

/** Enough of a body to see what went wrong, not a whole page. */
const SHOWN_CHARACTERS = 2_000;

export type ErrorBody = z.output<typeof errorSchema>;
export type CreatedCase = z.output<typeof createdCaseShape>;

/**
 * What the JSON API answers, for `expectJson`: the presenters' shapes, wrapped as the routes in
 * src/routes/api/ wrap them. The wrappers and the case actions' answers are declared inline in the
 * routes, so they are repeated here; a route that changes one fails the test that reads it.
 */
export const shapes = {
  createdCase: createdCaseShape,
  caseStatus: caseStatusShape,
  queuePage: z.object({ cases: z.array(queueItemShape), nextCursor: z.string().nullable() }),
  case: caseShape,
  events: z.object({ events: z.array(caseEventShape) }),
  notifications: z.object({ notifications: z.array(notificationShape) }),
  reassigned: z.object({ assignmentId: z.string(), reviewerId: z.string().nullable(), dueAt: z.iso.datetime() }),
  ended: z.object({ id: z.string(), status: z.enum(["withdrawn", "closed"]) }),
  erased: z.object({ id: z.string(), erased: z.literal(true), attachments: z.int() }),
  directory: z.object({ organizations: z.array(directoryEntryShape) }),
  organization: organizationShape,
  criteriaVersion: criteriaVersionShape,
  criteriaVersions: z.object({ versions: z.array(criteriaVersionShape) }),
  reviewer: reviewerShape,
  reviewers: z.object({ reviewers: z.array(reviewerShape) }),
  staffMember: staffMemberShape,
  staffMembers: z.object({ staff: z.array(staffMemberShape) }),
  export: exportShape,
  exports: z.object({ exports: z.array(exportShape) }),
};

/** A response as a failure message shows it: `<status> <content type>: <the body, cut short>`. */
export function describeResponse(response: Response, body: string): string {
  const type = response.headers.get("Content-Type") ?? "no Content-Type";
  const shown =
    body.length > SHOWN_CHARACTERS ? `${body.slice(0, SHOWN_CHARACTERS)}… (${body.length} characters)` : body;
  return `${response.status} ${type}: ${shown === "" ? "(no body)" : shown}`;
}

const prefix = (label?: string) => (label ? `${label}: ` : "");

/**
 * Asserts the status and leaves the body unread, for a test that reads it as it needs to (a stream,
 * bytes, a header only). Only when the status is wrong does it read the body, to show it.
 */
export async function expectStatus(response: Response, status: number, label?: string): Promise<void> {
  const message =
    response.status === status
      ? label
      : `${prefix(label)}${describeResponse(response, response.bodyUsed ? "(body already read)" : await response.text())}`;
  expect(response.status, message).toBe(status);
}

/** Asserts the status and returns the body as text: an HTML page, a CSV file, a letter. */
export async function expectText(response: Response, status: number, label?: string): Promise<string> {
  const body = await response.text();
  expect(response.status, `${prefix(label)}${describeResponse(response, body)}`).toBe(status);
  return body;
}

/** `text` as a page shows it inside an element or attribute: escaped as Hono's JSX escapes. */
export function asHtml(text: string): string {
  const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" };
  return text.replace(/[&<>'"]/g, (character) => entities[character] ?? character);
}

/**
 * Asserts the status and returns the JSON body. With `shape` (from `src/presenters/`), the body
 * must parse with it and hold no field it does not name, and comes back typed as its output.
 */
export async function expectJson<S extends z.ZodType>(
  response: Response,
  status: number,
  shape: S,
  label?: string,
): Promise<z.output<S>>;
export async function expectJson<T = unknown>(response: Response, status: number): Promise<T>;
export async function expectJson(
  response: Response,
  status: number,
  shape?: z.ZodType,
  label?: string,
): Promise<unknown> {
  const text = await expectText(response, status, label);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    expect.fail(`${prefix(label)}the body is not JSON: ${describeResponse(response, text)}`);
  }
  if (!shape) return body;
  const parsed = shape.safeParse(body);
  if (!parsed.success)
    expect.fail(
      `${prefix(label)}the body does not have its shape:\n${z.prettifyError(parsed.error)}\n${describeResponse(response, text)}`,
    );
  // Parsing drops what the shape does not name: the body must have nothing more.
  expect(body, `${prefix(label)}the body has fields its shape does not name`).toEqual(parsed.data);
  return parsed.data;
}

/** Asserts the one error shape of the API (src/errors.ts) with this status and code, and returns it. */
export async function expectError(
  response: Response,
  status: number,
  code: ErrorCode,
  label?: string,
): Promise<ErrorBody> {
  const body = await expectJson(response, status, errorSchema, label);
  expect(body.error.code, `${prefix(label)}${JSON.stringify(body)}`).toBe(code);
  expect(body.error.requestId, `${prefix(label)}the error names no request`).not.toBe("");
  return body;
}

/** A 400 `invalid_request` whose issues name at least each of `paths`. */
export async function expectInvalid(response: Response, paths: string[], label?: string): Promise<ErrorBody> {
  const body = await expectError(response, 400, "invalid_request", label);
  expect(
    body.error.issues?.map((issue) => issue.path),
    `${prefix(label)}${JSON.stringify(body.error.issues)}`,
  ).toEqual(expect.arrayContaining(paths));
  return body;
}
