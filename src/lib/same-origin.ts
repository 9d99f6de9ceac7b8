import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";

/**
 * Where a request says it was sent from. Browsers add `Sec-Fetch-Site` and `Origin` to every request
 * that can change something, and a page cannot remove or forge them; API clients (curl, servers,
 * Access service tokens) send neither.
 */
type RequestSite = "this-site" | "another-site" | "unstated";

function requestSite<E extends AppEnv>(c: Context<E>): RequestSite {
  const fetchSite = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  if (fetchSite === "same-origin" || (origin !== undefined && origin === new URL(c.env.PUBLIC_ORIGIN).origin))
    return "this-site";
  // "same-site" too: a sibling subdomain is another site's page for us. `Origin: null` (sandboxed
  // frames, redirects across sites) says nothing good either.
  return fetchSite !== undefined || origin !== undefined ? "another-site" : "unstated";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a request that changes something (any method but GET, HEAD and OPTIONS) unless it comes
 * from this site. Staff credentials travel by themselves (Cloudflare Access puts its header on
 * every request from a signed-in browser, the dev login sets a cookie), so another site's page could
 * otherwise make a staff browser post to us; a body-less POST such as `…/withdraw` does not even need
 * a CORS preflight.
 *
 * `unstated`: what to do with a request that carries neither header. The JSON API lets it through
 * (that is how API clients call, and a browser always sends one of them); forms refuse it, as a
 * browser posting a form always says where from.
 */
export function sameSiteOnly<E extends AppEnv = AppEnv>(options: {
  unstated: "allow" | "refuse";
  refuse?: (c: Context<E>) => Response | Promise<Response>;
}): MiddlewareHandler<E> {
  return async function sameSite(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = requestSite(c);
    if (site === "this-site" || (site === "unstated" && options.unstated === "allow")) return next();
    if (options.refuse) return options.refuse(c);
    throw new ApiError("forbidden", "This request came from another site's page, so nothing was changed.");
  };
}
