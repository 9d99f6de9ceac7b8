// Sealing for seeded cases (bench/seed.ts), as src/lib/sealing.ts does it (AES-GCM, the case id
// as additional data, `sealed:v1:`), so the app opens a seeded statement as it opens its own;
// test/bench/seed.test.ts reads one through the API. Pure TypeScript, like seed.ts.
import type { SeedCase } from "./seed.ts";

/** AES-256-GCM of `plain` under the raw `key`, `aad` as additional data: the 12-byte IV, then the ciphertext and tag. */
export type Encrypt = (
  key: Uint8Array<ArrayBuffer>,
  plain: Uint8Array<ArrayBuffer>,
  aad: string,
) => Uint8Array | Promise<Uint8Array>;

/** With WebCrypto, in workerd and in Node alike. */
const webCryptoEncrypt: Encrypt = async (raw, plain, aad) => {
  const key = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const additionalData = new TextEncoder().encode(aad);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData }, key, plain));
  const out = new Uint8Array(iv.byteLength + sealed.byteLength);
  out.set(iv);
  out.set(sealed, iv.byteLength);
  return out;
};

const base64url = (bytes: Uint8Array) => {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
};

/**
 * Gives every case of `history` a data key wrapped by the first key of `dataKeys` (the `DATA_KEYS`
 * secret the app runs with) and its innocence statement sealed with it. One data key serves the
 * whole history — the seeding is quicker and the app cannot tell — but each case's copy is wrapped
 * and its text sealed for that case alone. `encrypt` may be swapped for a quicker one where there
 * is one (the bench uses node:crypto).
 */
export async function sealHistory(
  history: SeedCase[],
  dataKeys: string,
  statement = "Seeded.",
  encrypt: Encrypt = webCryptoEncrypt,
): Promise<void> {
  const [keyId = "", encoded = ""] = (dataKeys.split(",")[0] ?? "").trim().split(":");
  const base64 = encoded.replaceAll("-", "+").replaceAll("_", "/");
  const wrapping: Uint8Array<ArrayBuffer> = Uint8Array.from(
    atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)),
    (c) => c.charCodeAt(0),
  );
  const dataKey = crypto.getRandomValues(new Uint8Array(32));
  const text = new Uint8Array(new TextEncoder().encode(statement));
  for (let i = 0; i < history.length; i += 1000) {
    await Promise.all(
      history.slice(i, i + 1000).map(async (kase) => {
        kase.sealed = {
          keyId,
          wrappedKey: base64url(await encrypt(wrapping, dataKey, kase.id)),
          innocenceStatement: `sealed:v1:${base64url(await encrypt(dataKey, text, kase.id))}`,
        };
      }),
    );
  }
}
