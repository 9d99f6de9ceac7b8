import { DOWNLOAD_CSP } from "./downloads";
import { TURNSTILE_ORIGIN } from "./turnstile";

/** Pages load nothing from elsewhere, post only to us and are framed by no one. */
const PAGE_POLICY =
  "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
/** The application form with Turnstile on: its script and its frame as well. */
const TURNSTILE_POLICY = `${PAGE_POLICY}; script-src 'self' ${TURNSTILE_ORIGIN}; frame-src ${TURNSTILE_ORIGIN}`;

const EVERY_RESPONSE: [string, string][] = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  // Capability links must never leak to another site through the Referer header.
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/**
 * Puts the security headers on a response's `headers`: HSTS only in production (a local http
 * origin must stay reachable), Turnstile's script and frame allowed only where the form is sent with
 * it on, and a download keeps the sandbox policy it was made with.
 */
export function setSecurityHeaders(headers: Headers, options: { production: boolean; turnstile: boolean }) {
  for (const [name, value] of EVERY_RESPONSE) headers.set(name, value);
  if (options.production) headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  const download = headers.get("Content-Disposition")?.startsWith("attachment");
  headers.set("Content-Security-Policy", download ? DOWNLOAD_CSP : options.turnstile ? TURNSTILE_POLICY : PAGE_POLICY);
}
