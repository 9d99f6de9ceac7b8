import { MailFailure, type MailTransport } from "./mail-transport";

/**
 * Codes of Cloudflare Email Service (the Workers binding's `error.code`) that fail the same way
 * on every retry: the recipient is suppressed, not allowed or malformed, the sender's domain is
 * not set up, the day's quota is used, or the message itself is refused. Anything else
 * (`E_RATE_LIMIT_EXCEEDED`, `E_INTERNAL_SERVER_ERROR`, no code at all) is retried.
 */
const permanentCodes = new Set([
  "E_RECIPIENT_SUPPRESSED",
  "E_RECIPIENT_NOT_ALLOWED",
  "E_DELIVERY_FAILED",
  "E_VALIDATION_ERROR",
  "E_FIELD_MISSING",
  "E_TOO_MANY_RECIPIENTS",
  "E_SENDER_NOT_VERIFIED",
  "E_SENDER_DOMAIN_NOT_AVAILABLE",
  "E_DAILY_LIMIT_EXCEEDED",
  "E_CONTENT_TOO_LARGE",
  "E_HEADER_NOT_ALLOWED",
  "E_HEADER_USE_API_FIELD",
  "E_HEADER_VALUE_INVALID",
  "E_HEADER_VALUE_TOO_LONG",
  "E_HEADER_NAME_INVALID",
  "E_HEADERS_TOO_LARGE",
  "E_HEADERS_TOO_MANY",
]);

/** The provider's code of a binding error, when it has a well-formed one. */
function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  return typeof code === "string" && /^E_[A-Z_]{1,60}$/.test(code) ? code : undefined;
}

/** Cloudflare Email Service through the `send_email` binding `MAIL`. */
export function cloudflareTransport(env: Pick<Env, "MAIL">): MailTransport {
  return {
    async send(message) {
      try {
        return await env.MAIL.send({
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: message.headers,
        });
      } catch (error) {
        const code = codeOf(error);
        throw new MailFailure(code ?? "CLOUDFLARE_ERROR", code !== undefined && permanentCodes.has(code));
      }
    },
  };
}
