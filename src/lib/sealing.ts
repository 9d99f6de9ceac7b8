import { eq, gt, inArray, lt, or } from "drizzle-orm";
import { type Database, inListChunks } from "../db/client";
import { caseKeys } from "../db/schema";
import type { Application } from "../schemas/application";
import { base64url, base64urlDecode } from "./crypto";

/**
 * Encryption at rest of the sensitive free text of a case (the claim's statements, reviewers'
 * notes and questions, answers and opinions) and of drafts of the application form: each case and
 * each draft has its own AES-GCM data key, stored wrapped by a key-encryption key from the
 * `DATA_KEYS` secret. A sealed value is `sealed:v1:<base64url(iv ‖ ciphertext)>`, bound to its
 * case or draft, so a raw D1 dump shows only that.
 */

const PREFIX = "sealed:v1:";
const ALGORITHM = { name: "AES-GCM", length: 256 } as const;

/** The claim's free-text fields, sealed in the stored application. */
export const sealedClaimFields = ["innocenceStatement", "evidenceLocation", "newEvidence", "coDefendants"] as const;

export type KeyRing = { currentId: string; keys: Map<string, CryptoKey> };

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

/**
 * A data key wrapped by a key-encryption key of `DATA_KEYS`, as it is stored: with a case
 * (`case_keys`) or with a draft of the application form (`drafts`).
 */
export type WrappedKey = { keyId: string; wrappedKey: string };

/**
 * A new data key bound to `scope` (a case id, or `draft:<id>`): sealed values and the wrapped key
 * name the scope as additional data, so neither can be moved to another case or draft.
 */
export async function newDataKey(env: Pick<Env, "DATA_KEYS">, scope: string) {
  const ring = await keyRing(env.DATA_KEYS);
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const current = ring.keys.get(ring.currentId);
  if (!current) throw new Error("DATA_KEYS has no current key");
  const dataKey = await crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["encrypt", "decrypt"]);
  const wrapped: WrappedKey = { keyId: ring.currentId, wrappedKey: await encrypt(current, raw, scope) };
  return { cipher: cipherFor(dataKey, scope), wrapped };
}

/** The cipher of a stored data key. */
export async function openDataKey(env: Pick<Env, "DATA_KEYS">, scope: string, stored: WrappedKey) {
  const ring = await keyRing(env.DATA_KEYS);
  const wrapping = ring.keys.get(stored.keyId);
  if (!wrapping) throw new Error(`${scope}: its key was wrapped by ${stored.keyId}, which DATA_KEYS no longer holds`);
  const raw = await decrypt(wrapping, stored.wrappedKey, scope);
  return cipherFor(await crypto.subtle.importKey("raw", raw, ALGORITHM, false, ["encrypt", "decrypt"]), scope);
}

/**
 * The same data key wrapped by the current key-encryption key (after a rotation), or null when it
 * already is. The values it sealed are untouched.
 */
export async function rewrapDataKey(ring: KeyRing, scope: string, stored: WrappedKey): Promise<WrappedKey | null> {
  if (stored.keyId === ring.currentId) return null;
  const current = ring.keys.get(ring.currentId);
  if (!current) throw new Error("DATA_KEYS has no current key");
  const wrapping = ring.keys.get(stored.keyId);
  if (!wrapping) throw new Error(`${scope}: key ${stored.keyId} is not in DATA_KEYS; add it back to re-wrap`);
  const raw = await decrypt(wrapping, stored.wrappedKey, scope);
  return { keyId: ring.currentId, wrappedKey: await encrypt(current, raw, scope) };
}

/** A new data key for a case: its cipher, and the row that keeps it (wrapped) with the case. */
export async function newCaseKey(env: Pick<Env, "DATA_KEYS">, caseId: string) {
  const { cipher, wrapped } = await newDataKey(env, caseId);
  return { cipher, row: { caseId, ...wrapped } };
}

/** The cipher of an existing case, or null when its key was destroyed (a purged or erased case). */
export async function caseCipher(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  caseId: string,
): Promise<CaseCipher | null> {
  const row = await db.query.caseKeys.findFirst({ where: eq(caseKeys.caseId, caseId) });
  return row ? openDataKey(env, caseId, row) : null;
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
  for (const chunk of inListChunks([...new Set(caseIds)])) {
    for (const row of await db.query.caseKeys.findMany({ where: inArray(caseKeys.caseId, chunk) }))
      ciphers.set(row.caseId, await openDataKey(env, row.caseId, row));
  }
  return ciphers;
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
 * Re-wraps every case's data key not wrapped by the current key-encryption key (after a rotation).
 * The sealed fields are untouched: only the small wrapped keys change. Returns how many were re-wrapped.
 */
export async function rewrapCaseKeys(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  batch = 50,
): Promise<{ rewrapped: number; more: boolean }> {
  const ring = await keyRing(env.DATA_KEYS);
  // Two ranges of the key-id index (`<>` would read it whole).
  const stale = await db.query.caseKeys.findMany({
    where: or(lt(caseKeys.keyId, ring.currentId), gt(caseKeys.keyId, ring.currentId)),
    limit: batch,
  });
  for (const row of stale) {
    const rewrapped = await rewrapDataKey(ring, row.caseId, row);
    if (rewrapped) await db.update(caseKeys).set(rewrapped).where(eq(caseKeys.caseId, row.caseId));
  }
  return { rewrapped: stale.length, more: stale.length === batch };
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

const SERVICE_PREFIX = "kek:v1:";

/**
 * Seals a secret of the service itself (a webhook's signing secret) directly with the current
 * `DATA_KEYS` key, bound to `owner` (the row's id): `kek:v1:<key id>:<base64url(iv ‖ ciphertext)>`.
 */
export async function sealServiceSecret(env: Pick<Env, "DATA_KEYS">, owner: string, text: string): Promise<string> {
  const ring = await keyRing(env.DATA_KEYS);
  const current = ring.keys.get(ring.currentId);
  if (!current) throw new Error("DATA_KEYS has no current key");
  return `${SERVICE_PREFIX}${ring.currentId}:${await encrypt(current, new TextEncoder().encode(text), owner)}`;
}

/** Opens what `sealServiceSecret` sealed, with whichever listed key sealed it. */
export async function openServiceSecret(env: Pick<Env, "DATA_KEYS">, owner: string, sealed: string): Promise<string> {
  const [keyId, data] = sealed.slice(SERVICE_PREFIX.length).split(":");
  const key = keyId === undefined ? undefined : (await keyRing(env.DATA_KEYS)).keys.get(keyId);
  if (!sealed.startsWith(SERVICE_PREFIX) || !key || data === undefined)
    throw new Error(`the secret of ${owner} was sealed with a key DATA_KEYS no longer lists`);
  return new TextDecoder().decode(await decrypt(key, data, owner));
}
