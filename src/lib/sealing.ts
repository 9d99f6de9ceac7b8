import { eq, inArray, ne } from "drizzle-orm";
import { type Database, inChunks } from "../db/client";
import { caseKeys } from "../db/schema";
import type { Application } from "../schemas/application";
import { base64url, base64urlDecode } from "./crypto";

/**
 * Encryption at rest of the sensitive free text of a case (the claim's statements, reviewers'
 * notes and questions, answers and opinions): each case has its own AES-GCM data key, stored
 * wrapped by a key-encryption key from the `DATA_KEYS` secret. A sealed value is
 * `sealed:v1:<base64url(iv ‖ ciphertext)>`, bound to its case, so a raw D1 dump shows only that.
 */

const PREFIX = "sealed:v1:";
const ALGORITHM = { name: "AES-GCM", length: 256 } as const;

/** The claim's free-text fields, sealed in the stored application. */
export const sealedClaimFields = ["innocenceStatement", "evidenceLocation", "newEvidence", "coDefendants"] as const;

type KeyRing = { currentId: string; keys: Map<string, CryptoKey> };

/**
 * `DATA_KEYS` is `id:base64url-32-bytes[,id:key…]`: the first key wraps new data keys, every one
 * listed can unwrap. To rotate, put a new key first, let the scheduled re-wrap run, then drop the old.
 */
export async function keyRing(secret: string | undefined): Promise<KeyRing> {
  if (!secret) throw new Error("DATA_KEYS is not set");
  const keys = new Map<string, CryptoKey>();
  for (const entry of secret.split(",")) {
    const [id, encoded] = entry.trim().split(":");
    if (!id || !encoded) throw new Error("DATA_KEYS entries look like id:base64url-key");
    const raw = base64urlDecode(encoded);
    if (raw.byteLength !== 32) throw new Error(`DATA_KEYS key ${id} is not 32 bytes`);
    keys.set(id, await crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["encrypt", "decrypt"]));
  }
  const currentId = secret.split(",")[0]?.trim().split(":")[0] ?? "";
  return { currentId, keys };
}

export type CaseCipher = { seal: (text: string) => Promise<string>; open: (text: string) => Promise<string> };

async function encrypt(key: CryptoKey, plain: Uint8Array, caseId: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode(caseId) }, key, plain),
  );
  const out = new Uint8Array(iv.byteLength + sealed.byteLength);
  out.set(iv);
  out.set(sealed, iv.byteLength);
  return base64url(out);
}

async function decrypt(key: CryptoKey, encoded: string, caseId: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = base64urlDecode(encoded);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: new TextEncoder().encode(caseId) },
    key,
    bytes.slice(12),
  );
  return new Uint8Array(plain);
}

function cipherFor(dataKey: CryptoKey, caseId: string): CaseCipher {
  return {
    seal: async (text) => PREFIX + (await encrypt(dataKey, new TextEncoder().encode(text), caseId)),
    open: async (text) =>
      text.startsWith(PREFIX)
        ? new TextDecoder().decode(await decrypt(dataKey, text.slice(PREFIX.length), caseId))
        : text,
  };
}

/** A new data key for a case: its cipher, and the row that keeps it (wrapped) with the case. */
export async function newCaseKey(env: Pick<Env, "DATA_KEYS">, caseId: string) {
  const ring = await keyRing(env.DATA_KEYS);
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const current = ring.keys.get(ring.currentId);
  if (!current) throw new Error("DATA_KEYS has no current key");
  const dataKey = await crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["encrypt", "decrypt"]);
  const row = { caseId, keyId: ring.currentId, wrappedKey: await encrypt(current, raw, caseId) };
  return { cipher: cipherFor(dataKey, caseId), row };
}

/** The cipher of an existing case, or null when its key was destroyed (a purged or erased case). */
export async function caseCipher(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  caseId: string,
): Promise<CaseCipher | null> {
  const row = await db.query.caseKeys.findFirst({ where: eq(caseKeys.caseId, caseId) });
  if (!row) return null;
  return unwrapCipher(await keyRing(env.DATA_KEYS), row);
}

/**
 * The ciphers of several cases, read in as few statements as D1's bound-parameter limit allows
 * (a page of the queue opens one short text per case). Cases whose key is gone are left out.
 */
export async function caseCiphers(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  caseIds: string[],
): Promise<Map<string, CaseCipher>> {
  const ciphers = new Map<string, CaseCipher>();
  if (caseIds.length === 0) return ciphers;
  const ring = await keyRing(env.DATA_KEYS);
  for (const chunk of inChunks([...new Set(caseIds)])) {
    for (const row of await db.query.caseKeys.findMany({ where: inArray(caseKeys.caseId, chunk) }))
      ciphers.set(row.caseId, await unwrapCipher(ring, row));
  }
  return ciphers;
}

async function unwrapCipher(ring: KeyRing, row: typeof caseKeys.$inferSelect): Promise<CaseCipher> {
  const wrapping = ring.keys.get(row.keyId);
  if (!wrapping)
    throw new Error(`case ${row.caseId}: its key was wrapped by ${row.keyId}, which DATA_KEYS no longer holds`);
  const raw = await decrypt(wrapping, row.wrappedKey, row.caseId);
  return cipherFor(await crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["encrypt", "decrypt"]), row.caseId);
}

/** Seals or opens the claim's free text of an application. */
export async function mapClaimText(
  application: Application,
  change: (text: string) => Promise<string>,
): Promise<Application> {
  const claim = { ...application.claim };
  for (const field of sealedClaimFields) {
    const value = claim[field];
    if (typeof value === "string") claim[field] = await change(value);
  }
  return { ...application, claim };
}

/** Opens an optional sealed value; without a key (destroyed) the text is gone. */
export async function openText(cipher: CaseCipher | null, text: string | null): Promise<string | null> {
  if (text === null) return null;
  if (!cipher) return text.startsWith(PREFIX) ? null : text;
  return cipher.open(text);
}

/**
 * Re-wraps every data key not wrapped by the current key-encryption key (after a rotation). The
 * sealed fields are untouched: only the small wrapped keys change. Returns how many were re-wrapped.
 */
export async function rewrapCaseKeys(env: Pick<Env, "DATA_KEYS">, db: Database): Promise<number> {
  const ring = await keyRing(env.DATA_KEYS);
  const current = ring.keys.get(ring.currentId);
  if (!current) throw new Error("DATA_KEYS has no current key");
  const stale = await db.query.caseKeys.findMany({ where: ne(caseKeys.keyId, ring.currentId) });
  for (const row of stale) {
    const wrapping = ring.keys.get(row.keyId);
    if (!wrapping) throw new Error(`case ${row.caseId}: key ${row.keyId} is not in DATA_KEYS; add it back to re-wrap`);
    const raw = await decrypt(wrapping, row.wrappedKey, row.caseId);
    await db
      .update(caseKeys)
      .set({ keyId: ring.currentId, wrappedKey: await encrypt(current, raw, row.caseId) })
      .where(eq(caseKeys.caseId, row.caseId));
  }
  return stale.length;
}

type Sealed = {
  application: Application;
  decisions: { note: string | null; questions: string | null }[];
  responses: { body: string | null }[];
};

/** A case's sealed text, opened for display; without its key (erased) the sealed text reads as empty. */
export async function openCase<T extends Sealed>(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  caseId: string,
  sealed: T,
): Promise<T> {
  const cipher = await caseCipher(env, db, caseId);
  const open = (text: string | null) => openText(cipher, text);
  return {
    ...sealed,
    application: await mapClaimText(sealed.application, async (text) => (await open(text)) ?? ""),
    decisions: await Promise.all(
      sealed.decisions.map(async (d) => ({ ...d, note: await open(d.note), questions: await open(d.questions) })),
    ),
    responses: await Promise.all(sealed.responses.map(async (r) => ({ ...r, body: await open(r.body) }))),
  };
}

/** Seals an optional text with the case's key. */
export async function sealText(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  caseId: string,
  text: string | null,
): Promise<string | null> {
  if (text === null) return null;
  const cipher = await caseCipher(env, db, caseId);
  if (!cipher) throw new Error(`case ${caseId} has no data key`);
  return cipher.seal(text);
}
