import { countRows, ORIGIN, request, STAFF_TOKEN, submitApplication, validApplication, waitUntil } from "../helpers";

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
  const created = await submitApplication({
    applicant: { ...validApplication().applicant, name, prisonNumber: name },
    ...overrides,
  });
  // Polls instead of using an introspector: disposing of one deletes the workflow instance, which
  // the staff actions under test then look up (and stop) as they do in production.
  const asked = "case_id = ? AND template = 'review-request' AND status = 'sent'";
  await waitUntil(`a review request for ${created.reference}`, async () =>
    (await countRows("notifications", asked, created.id)) > 0 ? true : null,
  );
  return { ...created, name } satisfies Kase;
}
