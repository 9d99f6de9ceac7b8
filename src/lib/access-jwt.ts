import * as z from "zod";
import { base64urlDecode } from "./crypto";

/** What a verified Cloudflare Access token says about who is calling. */
export type AccessIdentity = { email?: string; commonName?: string };

export type AccessSettings = { teamDomain: string; audience: string };

const headerSchema = z.object({ alg: z.literal("RS256"), kid: z.string() });
const claimsSchema = z.object({
  iss: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number(),
  nbf: z.number().optional(),
  email: z.string().min(1).optional(),
  common_name: z.string().min(1).optional(),
});
const keySetSchema = z.object({
  keys: z.array(z.looseObject({ kid: z.string(), kty: z.string(), n: z.string(), e: z.string() })),
});

/** Keys are cached per isolate; an unknown `kid` (Access rotates its keys) refetches them. */
const keyCache = new Map<string, { keys: Map<string, CryptoKey>; fetchedAt: number }>();
const KEY_CACHE_MS = 60 * 60 * 1000;
const CLOCK_SKEW_S = 60;

/**
 * Verifies a Cloudflare Access application token (the `Cf-Access-Jwt-Assertion` header): RS256
 * signature against the team's published keys, issuer, audience tag, expiry and not-before.
 * Returns null for anything that does not verify.
 */
export async function verifyAccessJwt(token: string, settings: AccessSettings): Promise<AccessIdentity | null> {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [encodedHeader = "", encodedPayload = "", encodedSignature = ""] = parts;
  const header = headerSchema.safeParse(decodeJson(encodedHeader));
  const parsedClaims = claimsSchema.safeParse(decodeJson(encodedPayload));
  if (!header.success || !parsedClaims.success) return null;
  const claims = parsedClaims.data;

  const key = await signingKey(settings.teamDomain, header.data.kid);
  if (!key) return null;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = base64urlDecode(encodedSignature);
  } catch {
    return null;
  }
  const signed = new TextEncoder().encode(`${encodedHeader}.${encodedPayload}`);
  if (!(await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signature, signed))) return null;

  const now = Date.now() / 1000;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== issuerOf(settings.teamDomain)) return null;
  if (!audiences.includes(settings.audience)) return null;
  if (claims.exp + CLOCK_SKEW_S < now) return null;
  if (claims.nbf !== undefined && claims.nbf - CLOCK_SKEW_S > now) return null;
  if (!claims.email && !claims.common_name) return null;
  return { email: claims.email, commonName: claims.common_name };
}

function issuerOf(teamDomain: string): string {
  return teamDomain.replace(/\/+$/, "");
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(base64urlDecode(part)));
  } catch {
    return null;
  }
}

async function signingKey(teamDomain: string, kid: string): Promise<CryptoKey | undefined> {
  const cached = keyCache.get(teamDomain);
  const fresh = cached && Date.now() - cached.fetchedAt < KEY_CACHE_MS;
  if (fresh && cached.keys.has(kid)) return cached.keys.get(kid);
  const keys = await fetchKeys(teamDomain);
  keyCache.set(teamDomain, { keys, fetchedAt: Date.now() });
  return keys.get(kid);
}

async function fetchKeys(teamDomain: string): Promise<Map<string, CryptoKey>> {
  const response = await fetch(`${issuerOf(teamDomain)}/cdn-cgi/access/certs`);
  if (!response.ok) throw new Error(`Access keys answered ${response.status}`);
  const { keys: published } = keySetSchema.parse(await response.json());
  const keys = new Map<string, CryptoKey>();
  for (const jwk of published) {
    if (jwk.kty !== "RSA") continue;
    const key = await crypto.subtle.importKey("jwk", jwk, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, [
      "verify",
    ]);
    keys.set(jwk.kid, key);
  }
  return keys;
}
