import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { renderPersonalEmail } from "../../emails";
import type { Database } from "../db/client";
import { organizationEvents, organizations, reviewerLinks, reviewers } from "../db/schema";
import { sha256Hex } from "./crypto";
import { newId } from "./ids";
import { sendMail } from "./mail";
import { DAY_MS, isTokenShaped, newToken } from "./tokens";

/**
 * Links to a reviewer's own page (`/reviewer/:token`). They live long, because a reviewer keeps
 * cases for months; each review email carries a fresh one, and staff revoke them all at once.
 */
export const REVIEWER_LINK_LIFETIME_MS = 365 * DAY_MS;

/** A reviewer who asked for their link gets at most one per this window, whoever asks. */
export const REVIEWER_LINK_RESEND_MS = 10 * 60 * 1000;

export type ReviewerLink = typeof reviewerLinks.$inferSelect;

/** A new link to the reviewer's page; the raw token goes into a message once and is never stored. */
export async function issueReviewerLink(db: Database, reviewerId: string, requested = false): Promise<string> {
  const token = newToken();
  await db.insert(reviewerLinks).values({
    id: newId(),
    tokenHash: await sha256Hex(token),
    reviewerId,
    requested,
    expiresAt: new Date(Date.now() + REVIEWER_LINK_LIFETIME_MS),
  });
  return token;
}

export function reviewerPageUrl(env: Pick<Env, "PUBLIC_ORIGIN">, token: string): string {
  return new URL(`/reviewer/${token}`, env.PUBLIC_ORIGIN).toString();
}

export type ReviewerLinkLookup =
  | {
      ok: true;
      link: ReviewerLink;
      reviewer: typeof reviewers.$inferSelect;
      organization: typeof organizations.$inferSelect;
    }
  | { ok: false; reason: "unknown" | "expired" | "revoked" };

export async function lookUpReviewerLink(
  db: Database,
  rawToken: string,
  now = Date.now(),
): Promise<ReviewerLinkLookup> {
  if (!isTokenShaped(rawToken)) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select({ link: reviewerLinks, reviewer: reviewers, organization: organizations })
    .from(reviewerLinks)
    .innerJoin(reviewers, eq(reviewers.id, reviewerLinks.reviewerId))
    .innerJoin(organizations, eq(organizations.id, reviewers.organizationId))
    .where(eq(reviewerLinks.tokenHash, await sha256Hex(rawToken)));
  if (!row) return { ok: false, reason: "unknown" };
  if (row.link.revokedAt) return { ok: false, reason: "revoked" };
  if (row.link.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  return { ok: true, ...row };
}

/** Turns off every link to the reviewer's page, and logs it; returns how many were live. */
export async function revokeReviewerLinks(
  db: Database,
  reviewer: { id: string; organizationId: string },
  actor: string,
): Promise<number> {
  const now = new Date();
  const live = and(eq(reviewerLinks.reviewerId, reviewer.id), isNull(reviewerLinks.revokedAt));
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(reviewerLinks).where(live);
  await db.batch([
    db.update(reviewerLinks).set({ revokedAt: now }).where(live),
    db.insert(organizationEvents).values({
      organizationId: reviewer.organizationId,
      type: "reviewer_links_revoked",
      actor,
      data: { reviewerId: reviewer.id, links: counted?.n ?? 0 },
    }),
  ]);
  return counted?.n ?? 0;
}

/**
 * "Send me my link": emails a fresh link to every active reviewer with this address, unless one was
 * sent on request in the last few minutes. Whoever asks learns nothing: the caller answers the same
 * whether or not anything was sent, and runs this after answering.
 */
export async function sendReviewerLinks(env: Env, db: Database, email: string): Promise<number> {
  const address = email.trim().toLowerCase();
  const found = await db
    .select({ reviewer: reviewers, organization: organizations })
    .from(reviewers)
    .innerJoin(organizations, eq(organizations.id, reviewers.organizationId))
    .where(and(sql`lower(${reviewers.email}) = ${address}`, eq(reviewers.active, true)));
  let sent = 0;
  for (const { reviewer, organization } of found) {
    const recent = await db.query.reviewerLinks.findFirst({
      where: and(
        eq(reviewerLinks.reviewerId, reviewer.id),
        eq(reviewerLinks.requested, true),
        gt(reviewerLinks.createdAt, new Date(Date.now() - REVIEWER_LINK_RESEND_MS)),
      ),
    });
    if (recent) continue;
    const token = await issueReviewerLink(db, reviewer.id, true);
    const message = await renderPersonalEmail("reviewer-link", {
      language: reviewer.language,
      reviewerName: reviewer.name,
      organizationName: organization.name,
      reviewerPageUrl: reviewerPageUrl(env, token),
    });
    await sendMail(env, { ...message, to: reviewer.email });
    await db.insert(organizationEvents).values({
      organizationId: organization.id,
      type: "reviewer_link_sent",
      actor: "system",
      data: { reviewerId: reviewer.id },
    });
    sent++;
  }
  return sent;
}
