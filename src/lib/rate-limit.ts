import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

/** Every limiter counts per minute (wrangler.toml); the answer says when to come back. */
const PERIOD_SECONDS = 60;

/**
 * Refuses with 429 and `Retry-After` when one client has used up its requests for the minute. The
 * client's key (`clientKey`) is only the limiter's key; nothing stores it.
 */
export function rateLimit(limiter: "SUBMISSION_LIMIT" | "LINK_LIMIT" | "RESUME_LIMIT") {
  return createMiddleware<AppEnv>(async function rateLimit(c, next) {
    const key = clientKey(c.req.raw, c.env.ENVIRONMENT);
    if (key === null) return next();
    const { success } = await c.env[limiter].limit({ key });
    if (!success) {
      c.header("Retry-After", String(PERIOD_SECONDS));
      throw new ApiError("rate_limited", "Too many requests from your network. Wait a minute and try again.");
    }
    await next();
  });
}

/**
 * Who a request is counted as: an IPv4 address, or the /64 network of an IPv6 address; null for a
 * request that is not counted.
 *
 * Why only `CF-Connecting-IP`, and only with `request.cf`: every request from the internet passes
 * Cloudflare's edge, which fills in `request.cf` (colo, ASN…) and overwrites `CF-Connecting-IP` with
 * the address it saw, so no client can choose it. A request without `cf` did not come in through the
 * edge — a service binding or another Worker of the account, a test, workerd run elsewhere — and its
 * `CF-Connecting-IP` is whatever the sender wrote: believing it would let a client take a fresh key
 * for every request, or spend someone else's. Those requests come from inside the account and are
 * not counted. `X-Forwarded-For` and `X-Real-IP` are never read, for the same reason.
 *
 * Why the /64 for IPv6: a provider gives each subscriber at least a /64 (often a /56 or /48), and the
 * device picks addresses in it at will (privacy addresses rotate by themselves), so counting single
 * addresses would give one client 2^64 keys. A /64 is one subscriber's line — one household, or one
 * prison's network, which is why the limits are generous.
 *
 * Local runs: wrangler dev and Miniflare give every request a stand-in `cf` and set
 * `CF-Connecting-IP` to the socket's loopback address (keeping any the client sent). Loopback is not
 * counted in development, so someone clicking through the demo is never held back; anywhere else it
 * is an address like any other.
 */
export function clientKey(request: Request, environment: string): string | null {
  const address = request.headers.get("cf-connecting-ip");
  if (request.cf === undefined || address === null) return null;
  const ipv6 = parseIpv6(address);
  const ipv4 = parseIpv4(address) ?? (ipv6 && mappedIpv4(ipv6));
  const development = environment === "development";
  if (ipv4) return development && ipv4[0] === 127 ? null : ipv4.join(".");
  if (!ipv6) return "unparsable-address";
  if (development && ipv6.every((group, i) => group === (i === 7 ? 1 : 0))) return null;
  return `${ipv6
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:192.0.2.1`), which is the same client. */
function mappedIpv4(groups: number[]): number[] | null {
  if (!groups.slice(0, 5).every((group) => group === 0) || groups[5] !== 0xffff) return null;
  return groups.slice(6).flatMap((group) => [group >> 8, group & 0xff]);
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a zone such as `%eth0` dropped). */
function parseIpv6(text: string): number[] | null {
  let hex = text.split("%")[0] ?? "";
  // An IPv4 address may end an IPv6 one (`64:ff9b::192.0.2.1`): its four bytes are the last two groups.
  const dotted = /^(.*:)([^:]*\.[^:]*)$/.exec(hex);
  if (dotted) {
    const ipv4 = parseIpv4(dotted[2] ?? "");
    if (!ipv4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = ipv4;
    hex = `${dotted[1]}${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`;
  }
  const halves = hex.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map((group) => Number.parseInt(group, 16));
}
