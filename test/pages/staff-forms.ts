import { expect } from "vitest";
import { countRows, ORIGIN, postApplication, request, STAFF_TOKEN, validApplication } from "../helpers";

export const asStaff = { Authorization: `Bearer ${STAFF_TOKEN}` };

/** A staff page, as network staff (the bearer token) unless other headers are given. */
export function page(path: string, headers: Record<string, string> = asStaff) {
  return request(path, { headers, redirect: "manual" });
}

/** Posts a staff form the way a browser with JavaScript off does, from our own origin by default. */
export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return request(path, {
    method: "POST",
    headers: { ...asStaff, Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
}

export type Kase = { id: string; reference: string; name: string };

/**
 * Submits an application with a name of its own and waits until a reviewer was asked, so the case
 * sits still (in review, with an open review) while a test looks at it.
 */
export async function newCase(
  overrides: Record<string, unknown> = {},
  name = `Person ${crypto.randomUUID().slice(0, 8)}`,
) {
  const base = validApplication();
  const response = await postApplication(
    validApplication({ applicant: { ...base.applicant, name, prisonNumber: name }, ...overrides }),
  );
  const created: { id: string; reference: string } = await response.json();
  expect(response.status, JSON.stringify(created)).toBe(201);
  // Polls instead of using an introspector: disposing of one deletes the workflow instance, which
  // the staff actions under test then look up (and stop) as they do in production.
  const deadline = Date.now() + 15_000;
  const asked = "case_id = ? AND template = 'review-request' AND status = 'sent'";
  while ((await countRows("notifications", asked, created.id)) === 0) {
    if (Date.now() > deadline) throw new Error(`no review request for ${created.reference}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { ...created, name } satisfies Kase;
}
