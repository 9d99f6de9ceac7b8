import { and, eq, inArray, isNull, lt, ne, type SQL, sql } from "drizzle-orm";
import * as z from "zod";
import { type Database, isUniqueViolation } from "../db/client";
import { findOrganizationBySlug, listOrganizations, organizationServing } from "../db/queries/organizations";
import {
  attachments,
  type DraftPosition,
  devMailbox,
  drafts,
  type Language,
  organizations,
  type SubmitterRole,
} from "../db/schema";
import { hmacHex, sha256Hex } from "../lib/crypto";
import { newId, newResumeCode } from "../lib/ids";
import { type CaseCipher, keyRing, newDataKey, openDataKey, rewrapDataKey } from "../lib/sealing";
import { DAY_MS, isTokenShaped } from "../lib/tokens";
import { PURGE_BATCH } from "./purge";

/**
 * Drafts of the application form: what a person typed, kept between the steps of the form and
 * across sittings, until they send it or leave it past their organization's `draftRetentionDays`.
 *
 * Why a data key per draft, and the whole draft sealed as one value: a draft is not yet a case, so
 * it cannot use a case's key (the case and its id do not exist until the form is sent); and, unlike
 * a case, nothing reads a draft's fields but the person filling it in, so sealing everything they
 * typed (names, addresses, prison numbers, the claim) costs nothing and leaves a stolen D1 table
 * with nothing readable. Each key is wrapped by `DATA_KEYS` like a case's, re-wrapped after a
 * rotation, and goes with the draft's row when it is sent or purged.
 */

export const DEFAULT_DRAFT_RETENTION_DAYS = 30;

export type Draft = {
  id: string;
  /** The form's key: it opens the draft's pages (`/apply/<key>/<step>`). */
  key: string;
  role: SubmitterRole;
  language: Language;
  position: DraftPosition;
  fields: Map<string, string[]>;
  /** The code to write down, shown on every page of the draft. */
  resumeCode: string;
  resumeMailSent: boolean;
  expiresAt: Date;
};

export type DraftChange = Pick<Draft, "role" | "language" | "position" | "fields">;

const payloadSchema = z.object({
  key: z.string(),
  code: z.string(),
  fields: z.array(z.tuple([z.string(), z.array(z.string())])),
});

type DraftRow = typeof drafts.$inferSelect & { retentionDays: number | null };

const scope = (draftId: string) => `draft:${draftId}`;

/** The keyed hash under which a resume code is looked up: without the secret, codes cannot be tried against a stolen table. */
export function resumeCodeHash(env: Pick<Env, "PERSON_HASH_KEY">, code: string): Promise<string> {
  if (!env.PERSON_HASH_KEY) throw new Error("PERSON_HASH_KEY is not set");
  return hmacHex(env.PERSON_HASH_KEY, `resume-code\n${code}`);
}

async function findDraft(db: Database, where: SQL, now: number): Promise<DraftRow | undefined> {
  const [row] = await db
    .select({ draft: drafts, retentionDays: organizations.draftRetentionDays })
    .from(drafts)
    .leftJoin(organizations, eq(organizations.id, drafts.organizationId))
    .where(where);
  if (!row) return undefined;
  const found = { ...row.draft, retentionDays: row.retentionDays };
  return expiresAt(found).getTime() > now ? found : undefined;
}

function expiresAt(row: Pick<DraftRow, "savedAt" | "retentionDays">): Date {
  return new Date(row.savedAt.getTime() + (row.retentionDays ?? DEFAULT_DRAFT_RETENTION_DAYS) * DAY_MS);
}

async function readDraft(env: Pick<Env, "DATA_KEYS">, row: DraftRow): Promise<Draft> {
  const cipher = await openDataKey(env, scope(row.id), row);
  const payload = payloadSchema.parse(JSON.parse(await cipher.open(row.sealed)));
  return {
    id: row.id,
    key: payload.key,
    role: row.role,
    language: row.language,
    position: row.position,
    fields: new Map(payload.fields),
    resumeCode: payload.code,
    resumeMailSent: row.resumeMail === "sent",
    expiresAt: expiresAt(row),
  };
}

/** The draft a form key opens, while it is kept; null for any other key. */
export async function openDraft(env: Env, db: Database, key: string, now = Date.now()): Promise<Draft | null> {
  if (!isTokenShaped(key)) return null;
  const row = await findDraft(db, eq(drafts.keyHash, await sha256Hex(key)), now);
  return row ? readDraft(env, row) : null;
}

/** The draft a resume code opens, while it is kept; null for a code that opens none. */
export async function draftByResumeCode(env: Env, db: Database, code: string): Promise<Draft | null> {
  const row = await findDraft(db, eq(drafts.resumeCodeHash, await resumeCodeHash(env, code)), Date.now());
  return row ? readDraft(env, row) : null;
}

/** The draft an emailed resume link opens, while it is kept. */
export async function draftByResumeLink(env: Env, db: Database, token: string): Promise<Draft | null> {
  if (!isTokenShaped(token)) return null;
  const row = await findDraft(db, eq(drafts.resumeLinkHash, await sha256Hex(token)), Date.now());
  return row ? readDraft(env, row) : null;
}

/**
 * Saves what the form's pages hold now, under the form's key: a new draft (with its data key and
 * resume code) the first time, else the same draft sealed again. Returns null when the key names a
 * draft that is past its retention, which is then as gone as a purged one.
 */
export async function saveDraft(env: Env, db: Database, key: string, change: DraftChange): Promise<Draft | null> {
  const organizationId = await organizationOf(db, change.fields);
  const keyHash = await sha256Hex(key);
  const savedAt = new Date();
  const row = await findDraft(db, eq(drafts.keyHash, keyHash), savedAt.getTime());
  if (row) {
    const cipher = await openDataKey(env, scope(row.id), row);
    const { code } = payloadSchema.parse(JSON.parse(await cipher.open(row.sealed)));
    await db
      .update(drafts)
      .set({
        role: change.role,
        language: change.language,
        position: change.position,
        organizationId,
        sealed: await seal(cipher, { key, code, fields: change.fields }),
        savedAt,
      })
      .where(eq(drafts.id, row.id));
    return openDraft(env, db, key);
  }
  const id = newId();
  const { cipher, wrapped } = await newDataKey(env, scope(id));
  for (let attempt = 0; ; attempt++) {
    const code = newResumeCode();
    try {
      const inserted = await db
        .insert(drafts)
        .values({
          id,
          keyHash,
          role: change.role,
          language: change.language,
          position: change.position,
          organizationId,
          sealed: await seal(cipher, { key, code, fields: change.fields }),
          ...wrapped,
          resumeCodeHash: await resumeCodeHash(env, code),
          savedAt,
        })
        .onConflictDoNothing({ target: drafts.keyHash })
        .returning({ id: drafts.id });
      // Not inserted: a post of the same page at the same moment made it first (save over it), or
      // the key's draft is past its retention (gone).
      if (inserted.length === 0) return (await openDraft(env, db, key)) ? saveDraft(env, db, key, change) : null;
      return openDraft(env, db, key);
    } catch (error) {
      // Another live draft drew the same code (about one in a billion with a million drafts): draw again.
      if (!isUniqueViolation(error, "drafts.resume_code_hash") || attempt >= 2) throw error;
    }
  }
}

function seal(cipher: CaseCipher, payload: { key: string; code: string; fields: Map<string, string[]> }) {
  return cipher.seal(JSON.stringify({ key: payload.key, code: payload.code, fields: [...payload.fields] }));
}

/** The organization a draft is for, whose retention applies: the one chosen, or the one serving the place. */
async function organizationOf(db: Database, fields: Map<string, string[]>): Promise<string | null> {
  const slug = fields.get("organization")?.[0]?.trim().toLowerCase();
  if (slug) return (await findOrganizationBySlug(db, slug))?.id ?? null;
  const jurisdiction = fields.get("conviction.jurisdiction")?.[0]?.trim().toUpperCase();
  if (!jurisdiction) return null;
  return organizationServing(await listOrganizations(db), jurisdiction)?.id ?? null;
}

/** Keeps a draft another retention period from now: it was resumed. */
export async function touchDraft(db: Database, draftId: string): Promise<void> {
  await db.update(drafts).set({ savedAt: new Date() }).where(eq(drafts.id, draftId));
}

/**
 * Drafts not saved or resumed within their organization's `draftRetentionDays` (30 without one),
 * with their files and any copy of their resume email in the dev mailbox: one batch, which the
 * daily job repeats while there is `more`. Rows go first, then the files, as for held files: a file
 * whose delete fails is left to the orphan sweep.
 */
export async function purgeExpiredDrafts(
  env: Env,
  db: Database,
  now: number,
): Promise<{ purged: number; more: boolean }> {
  const retention = sql`coalesce(${organizations.draftRetentionDays}, ${DEFAULT_DRAFT_RETENTION_DAYS})`;
  const expired = await db
    .select({ id: drafts.id })
    .from(drafts)
    .leftJoin(organizations, eq(organizations.id, drafts.organizationId))
    .where(lt(drafts.savedAt, sql`${now} - ${retention} * ${DAY_MS}`))
    .limit(PURGE_BATCH);
  if (expired.length === 0) return { purged: 0, more: false };
  const ids = expired.map((draft) => draft.id);
  const [files] = await db.batch([
    db
      .delete(attachments)
      .where(and(inArray(attachments.draftId, ids), isNull(attachments.caseId)))
      .returning({ r2Key: attachments.r2Key }),
    db.delete(devMailbox).where(
      inArray(
        devMailbox.notificationId,
        ids.map((id) => scope(id)),
      ),
    ),
    db.delete(drafts).where(inArray(drafts.id, ids)),
  ]);
  if (files.length > 0) await env.ATTACHMENTS.delete(files.map((file) => file.r2Key));
  return { purged: ids.length, more: ids.length === PURGE_BATCH };
}

/** Re-wraps drafts' data keys after a rotation of `DATA_KEYS`, as `rewrapCaseKeys` does for cases. */
export async function rewrapDraftKeys(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
): Promise<{ rewrapped: number; more: boolean }> {
  const ring = await keyRing(env.DATA_KEYS);
  const stale = await db.query.drafts.findMany({
    where: ne(drafts.keyId, ring.currentId),
    columns: { id: true, keyId: true, wrappedKey: true },
    limit: PURGE_BATCH,
  });
  for (const row of stale) {
    const rewrapped = await rewrapDataKey(ring, scope(row.id), row);
    if (rewrapped) await db.update(drafts).set(rewrapped).where(eq(drafts.id, row.id));
  }
  return { rewrapped: stale.length, more: stale.length === PURGE_BATCH };
}

/** The id under which a draft's resume email is copied to the dev mailbox (no case, so no notification row). */
export const draftMailId = scope;
