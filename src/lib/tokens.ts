import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { type ActorRole, capabilityTokens, type TokenPurpose } from "../db/schema";
import { base64url, sha256Hex } from "./crypto";
import { newId } from "./ids";

export type CapabilityToken = typeof capabilityTokens.$inferSelect;

/** Status links live as long as a case can take: backlogs run two to three years. */
export const STATUS_LINK_LIFETIME_MS = 4 * 365 * 24 * 60 * 60 * 1000;

/** Each link is bound to one case, one actor, one purpose and one round. */
type TokenGrant = {
  caseId: string;
  contactId?: string | null;
  reviewerId?: string | null;
  assignmentId?: string | null;
  role: ActorRole;
  purpose: TokenPurpose;
  round?: number;
  lifetimeMs: number;
};

/** Whether a string has the shape of a token from `newToken` (43 URL-safe base64 characters). */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** 256 random bits from the CSPRNG, as a URL-safe string. */
export function newToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The row to insert for a new capability link; the raw token is returned once and never stored. */
export async function prepareToken(grant: TokenGrant, now = Date.now()) {
  const token = newToken();
  const row = {
    id: newId(),
    tokenHash: await sha256Hex(token),
    caseId: grant.caseId,
    contactId: grant.contactId ?? null,
    reviewerId: grant.reviewerId ?? null,
    assignmentId: grant.assignmentId ?? null,
    role: grant.role,
    purpose: grant.purpose,
    round: grant.round ?? 0,
    expiresAt: new Date(now + grant.lifetimeMs),
  } satisfies typeof capabilityTokens.$inferInsert;
  return { token, row };
}

export async function issueToken(db: Database, grant: TokenGrant): Promise<string> {
  const { token, row } = await prepareToken(grant);
  await db.insert(capabilityTokens).values(row);
  return token;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export type TokenLookup =
  | { ok: true; token: CapabilityToken }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "used" };

/**
 * Finds a live token for `purpose` (or any of several); a token of another purpose is as unknown as
 * a made-up one.
 */
export async function lookUpToken(
  db: Database,
  rawToken: string,
  purpose: TokenPurpose | readonly TokenPurpose[],
  now = Date.now(),
): Promise<TokenLookup> {
  const purposes: readonly TokenPurpose[] = typeof purpose === "string" ? [purpose] : purpose;
  if (!isTokenShaped(rawToken)) return { ok: false, reason: "unknown" };
  const token = await db.query.capabilityTokens.findFirst({
    where: eq(capabilityTokens.tokenHash, await sha256Hex(rawToken)),
  });
  if (!token || !purposes.includes(token.purpose)) return { ok: false, reason: "unknown" };
  if (token.revokedAt) return { ok: false, reason: "revoked" };
  if (token.usedAt) return { ok: false, reason: "used" };
  if (token.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  return { ok: true, token };
}
