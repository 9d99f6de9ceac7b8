import { introspectWorkflow, type WorkflowInstanceIntrospector } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { type MailboxMessage, mailbox, request, submitApplication } from "../helpers";
import type { CreatedCase } from "../http";

/** Messages about one case, newest first. */
export async function mailFor(
  reference: string,
  filter: { to?: string; path?: string } = {},
): Promise<MailboxMessage[]> {
  return (await mailbox()).filter(
    (m) =>
      m.subject.endsWith(reference) &&
      (filter.to === undefined || m.to === filter.to) &&
      (filter.path === undefined || m.text.includes(`intake.test/${filter.path}/`)),
  );
}

/** The newest `/path/<token>` link sent about a case (to `to`, when given). */
export async function linkFor(
  reference: string,
  path: "review" | "respond" | "consult" | "referral" | "status",
  to?: string,
) {
  const [newest] = await mailFor(reference, { to, path });
  const match = newest?.text.match(new RegExp(`http://intake\\.test(/${path}/[A-Za-z0-9_-]{43})`));
  if (!match?.[1]) throw new Error(`no ${path} link for ${reference}${to ? ` to ${to}` : ""}`);
  return match[1];
}

/** Posts a form to a link page the way a browser with JavaScript off does. */
export function postForm(path: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  return request(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "en" },
    body,
  });
}

/**
 * Submits an application and returns its workflow instance. `modify` runs before the instance is
 * created, for forced timeouts and mocked errors.
 */
export async function submitCase(
  workflows: Awaited<ReturnType<typeof introspectWorkflow>>,
  overrides: Record<string, unknown> = {},
): Promise<{ kase: CreatedCase; instance: WorkflowInstanceIntrospector }> {
  const kase = await submitApplication(overrides);
  const instances = await workflows.get();
  const instance = instances.at(-1);
  if (!instance) throw new Error("no workflow instance");
  return { kase, instance };
}

export async function caseRow(id: string) {
  return env.DB.prepare("SELECT status, organization_id FROM cases WHERE id = ?")
    .bind(id)
    .first<{ status: string; organization_id: string }>();
}

/** A step's result, with the type of what the step function returns (the engine hands back `unknown`). */
export async function stepResult<T>(instance: StepResults, step: { name: string; index?: number }): Promise<T> {
  return (await instance.waitForStepResult(step)) as T;
}
type StepResults = Pick<WorkflowInstanceIntrospector, "waitForStepResult">;

export { introspectWorkflow };
