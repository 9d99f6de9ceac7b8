import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { renderPersonalEmail } from "../../emails";
import type { Database } from "../db/client";
import { countHelperCases } from "../db/queries/own-pages";
import { type OwnPageRole, organizationEvents, organizations, ownPageLinks, reviewers } from "../db/schema";
import { sha256Hex } from "./crypto";
import { newId } from "./ids";
import { sendMail } from "./mail";
import { DAY_MS, isTokenShaped, newToken } from "./tokens";

/**
 * Links to a person's own page: a reviewer's cases (`/reviewer/:token`), an expert's requests
 * (`/expert/:token`), a referral partner's offers (`/partner/:token`). They live long, because
 * people keep cases for months; each message that carries one carries a fresh one.
 */
export const OWN_PAGE_LINK_LIFETIME_MS = 365 * DAY_MS;

/** Someone who asked for their link gets at most one per this window, whoever asks. */
export const OWN_PAGE_RESEND_MS = 10 * 60 * 1000;

/** A reviewer by their row; an expert or referral partner by the address their requests went to. */
export type PageHolder =
  | { role: "reviewer"; reviewerId: string }
  | { role: Exclude<OwnPageRole, "reviewer">; email: string };

export type OwnPageLink = typeof ownPageLinks.$inferSelect;

export const ownPagePaths = { reviewer: "reviewer", expert: "expert", referral_partner: "partner" } as const;

const normalized = (email: string) => email.trim().toLowerCase();

function holderIs(holder: PageHolder) {
  return holder.role === "reviewer"
    ? and(eq(ownPageLinks.role, "reviewer"), eq(ownPageLinks.reviewerId, holder.reviewerId))
    : and(eq(ownPageLinks.role, holder.role), eq(ownPageLinks.email, normalized(holder.email)));
}

/** A new link to the holder's page; the raw token goes into a message once and is never stored. */
export async function issueOwnPageLink(db: Database, holder: PageHolder, requested = false): Promise<string> {
  const token = newToken();
  await db.insert(ownPageLinks).values({
    id: newId(),
    tokenHash: await sha256Hex(token),
    role: holder.role,
    reviewerId: holder.role === "reviewer" ? holder.reviewerId : null,
    email: holder.role === "reviewer" ? null : normalized(holder.email),
    requested,
    expiresAt: new Date(Date.now() + OWN_PAGE_LINK_LIFETIME_MS),
  });
  return token;
}

export function ownPageUrl(env: Pick<Env, "PUBLIC_ORIGIN">, role: OwnPageRole, token: string): string {
  return new URL(`/${ownPagePaths[role]}/${token}`, env.PUBLIC_ORIGIN).toString();
}

export type OwnPageLookup = { ok: true; link: OwnPageLink } | { ok: false; reason: "unknown" | "expired" | "revoked" };

/** Finds a live link to a page of `role`; one to another kind of page is as unknown as a made-up one. */
export async function lookUpOwnPageLink(
  db: Database,
  rawToken: string,
  role: OwnPageRole,
  now = Date.now(),
): Promise<OwnPageLookup> {
  if (!isTokenShaped(rawToken)) return { ok: false, reason: "unknown" };
  const link = await db.query.ownPageLinks.findFirst({ where: eq(ownPageLinks.tokenHash, await sha256Hex(rawToken)) });
  if (!link || link.role !== role) return { ok: false, reason: "unknown" };
  if (link.revokedAt) return { ok: false, reason: "revoked" };
  if (link.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  return { ok: true, link };
}

/** Turns off every link to the reviewer's page, and logs it; returns how many were live. */
export async function revokeReviewerLinks(
  db: Database,
  reviewer: { id: string; organizationId: string },
  actor: string,
): Promise<number> {
  const live = and(holderIs({ role: "reviewer", reviewerId: reviewer.id }), isNull(ownPageLinks.revokedAt));
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(ownPageLinks).where(live);
  await db.batch([
    db.update(ownPageLinks).set({ revokedAt: new Date() }).where(live),
    db.insert(organizationEvents).values({
      organizationId: reviewer.organizationId,
      type: "reviewer_links_revoked",
      actor,
      data: { reviewerId: reviewer.id, links: counted?.n ?? 0 },
    }),
  ]);
  return counted?.n ?? 0;
}

async function askedRecently(db: Database, holder: PageHolder): Promise<boolean> {
  const recent = await db.query.ownPageLinks.findFirst({
    where: and(
      holderIs(holder),
      eq(ownPageLinks.requested, true),
      gt(ownPageLinks.createdAt, new Date(Date.now() - OWN_PAGE_RESEND_MS)),
    ),
  });
  return recent !== undefined;
}

/**
 * "Send me my link": emails a fresh link to every page this address has — each active reviewer
 * with it, and the expert or referral partner asked at it on more than one case — unless one was
 * sent on request in the last few minutes. Whoever asks learns nothing: the caller answers the same
 * whether or not anything was sent, and runs this after answering. Returns how many were sent.
 */
export async function sendOwnPageLinks(env: Env, db: Database, email: string): Promise<number> {
  const address = normalized(email);
  const found = await db
    .select({ reviewer: reviewers, organization: organizations })
    .from(reviewers)
    .innerJoin(organizations, eq(organizations.id, reviewers.organizationId))
    .where(and(sql`lower(${reviewers.email}) = ${address}`, eq(reviewers.active, true)));
  let sent = 0;
  for (const { reviewer, organization } of found) {
    const holder: PageHolder = { role: "reviewer", reviewerId: reviewer.id };
    if (await askedRecently(db, holder)) continue;
    const token = await issueOwnPageLink(db, holder, true);
    const message = await renderPersonalEmail("own-page-link", {
      language: reviewer.language,
      role: "reviewer",
      name: reviewer.name,
      organizationName: organization.name,
      pageUrl: ownPageUrl(env, "reviewer", token),
    });
    await sendMail(env, { ...message, to: reviewer.email, language: reviewer.language });
    await db.insert(organizationEvents).values({
      organizationId: organization.id,
      type: "reviewer_link_sent",
      actor: "system",
      data: { reviewerId: reviewer.id },
    });
    sent++;
  }
  for (const role of ["expert", "referral_partner"] as const) {
    const helper = await countHelperCases(db, role, address);
    if (helper.cases < 2 || !helper.latest) continue;
    const holder: PageHolder = { role, email: address };
    if (await askedRecently(db, holder)) continue;
    const token = await issueOwnPageLink(db, holder, true);
    const message = await renderPersonalEmail("own-page-link", {
      language: helper.latest.language,
      role,
      name: helper.latest.name,
      pageUrl: ownPageUrl(env, role, token),
    });
    await sendMail(env, { ...message, to: address, language: helper.latest.language });
    sent++;
  }
  return sent;
}
