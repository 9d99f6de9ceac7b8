import * as z from "zod";

/** The form field the Turnstile widget fills in. */
export const TURNSTILE_FIELD = "cf-turnstile-response";
export const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";

/**
 * Where the check stands for one submission: `off` (not configured), `passed`, `failed`, or
 * `not_run` — no token came, because the browser runs no JavaScript (prison tablets) or the
 * widget could not load, or Cloudflare could not be asked. Only `failed` turns a submission away:
 * the others are let through under the rate limit, with the outcome in the case's event log.
 */
export type HumanCheck = "off" | "passed" | "failed" | "not_run";

const verdictSchema = z.object({ success: z.boolean() });

export function turnstileEnabled(
  env: Pick<Env, "TURNSTILE_SITE_KEY" | "TURNSTILE_SECRET_KEY">,
): env is Pick<Env, "TURNSTILE_SITE_KEY"> & { TURNSTILE_SECRET_KEY: string } {
  return Boolean(env.TURNSTILE_SITE_KEY && env.TURNSTILE_SECRET_KEY);
}

export async function checkHuman(
  env: Pick<Env, "TURNSTILE_SITE_KEY" | "TURNSTILE_SECRET_KEY">,
  token: string | undefined,
  clientAddress: string | undefined,
): Promise<HumanCheck> {
  if (!turnstileEnabled(env)) return "off";
  if (!token) return "not_run";
  const body = new FormData();
  body.set("secret", env.TURNSTILE_SECRET_KEY);
  body.set("response", token);
  if (clientAddress) body.set("remoteip", clientAddress);
  try {
    const response = await fetch(`${TURNSTILE_ORIGIN}/turnstile/v0/siteverify`, { method: "POST", body });
    const verdict = verdictSchema.safeParse(await response.json());
    if (!verdict.success) return "not_run";
    return verdict.data.success ? "passed" : "failed";
  } catch {
    return "not_run";
  }
}
