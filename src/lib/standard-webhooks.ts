/**
 * Signing by the Standard Webhooks specification (https://www.standardwebhooks.com): a secret is
 * `whsec_` and base64 of random bytes; each message is signed with HMAC-SHA256 over
 * `<webhook-id>.<webhook-timestamp>.<body>`, and `webhook-signature` is `v1,<base64 signature>`.
 */

const SECRET_PREFIX = "whsec_";

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A new signing secret: 32 random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + base64(crypto.getRandomValues(new Uint8Array(32)));
}

/** The three headers of one signed message; `timestamp` in seconds since the epoch. */
export async function signedHeaders(
  secret: string,
  message: { id: string; timestamp: number; body: string },
): Promise<Record<string, string>> {
  const raw = Uint8Array.from(atob(secret.slice(SECRET_PREFIX.length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const content = new TextEncoder().encode(`${message.id}.${message.timestamp}.${message.body}`);
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, content));
  return {
    "webhook-id": message.id,
    "webhook-timestamp": String(message.timestamp),
    "webhook-signature": `v1,${base64(signature)}`,
  };
}
