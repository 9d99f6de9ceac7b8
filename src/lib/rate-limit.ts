import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

/** Both limiters count per minute (wrangler.toml); the answer says when to come back. */
const PERIOD_SECONDS = 60;
const LOOPBACK = new Set(["127.0.0.1", "::1"]);

/**
 * Refuses with 429 and `Retry-After` when one client address has used up its requests for the
 * minute. The address (set by Cloudflare's edge) is only the limiter's key; nothing stores it.
 */
export function rateLimit(limiter: "SUBMISSION_LIMIT" | "LINK_LIMIT") {
  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    // Cloudflare's edge sets the client's public address on every request; only local runs
    // (wrangler dev and Miniflare say 127.0.0.1, tests send none) come without one, and they are
    // not limited.
    const address = c.req.header("cf-connecting-ip");
    if (!address || LOOPBACK.has(address)) return next();
    const { success } = await c.env[limiter].limit({ key: address });
    if (!success) {
      c.header("Retry-After", String(PERIOD_SECONDS));
      throw new ApiError("rate_limited", "Too many requests from your network. Wait a minute and try again.");
    }
    await next();
  });
}
