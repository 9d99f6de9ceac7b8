import * as z from "zod";
import { MailFailure, type MailTransport } from "./mail-transport";

const POSTMARK_API = "https://api.postmarkapp.com";

/**
 * Postmark's `ErrorCode`s that fail the same way on every retry: bad or missing server token (10),
 * an invalid request or recipient address (300), a sender signature that is missing or not
 * confirmed (400, 401), no credits left (405), an inactive (bounced or complained) recipient (406),
 * an account pending approval or not allowed to send (412, 413). Maintenance (100), rate limits
 * (429) and server errors are retried.
 */
const permanentCodes = new Set([10, 300, 400, 401, 402, 403, 405, 406, 409, 411, 412, 413]);

/** The answer of `POST /email` (https://postmarkapp.com/developer/api/email-api), success or error. */
const PostmarkAnswer = z.object({ ErrorCode: z.number(), MessageID: z.string().optional() });

/**
 * Postmark's Email API over HTTPS: one `POST /email` per message, authenticated by the server
 * token, on the transactional message stream.
 */
export function postmarkTransport(env: Pick<Env, "POSTMARK_SERVER_TOKEN" | "POSTMARK_MESSAGE_STREAM">): MailTransport {
  const token = env.POSTMARK_SERVER_TOKEN;
  if (!token) throw new Error("POSTMARK_SERVER_TOKEN must be set for Postmark mail");
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(`${POSTMARK_API}/email`, {
          method: "POST",
          headers: {
            Accept: "application/json",
            "Content-Type": "application/json",
            "X-Postmark-Server-Token": token,
          },
          body: JSON.stringify({
            From: message.from,
            To: message.to,
            Subject: message.subject,
            HtmlBody: message.html,
            TextBody: message.text,
            MessageStream: env.POSTMARK_MESSAGE_STREAM || "outbound",
            Headers: Object.entries(message.headers).map(([Name, Value]) => ({ Name, Value })),
            TrackOpens: false,
            TrackLinks: "None",
          }),
          signal: AbortSignal.timeout(30_000),
        });
      } catch {
        throw new MailFailure("POSTMARK NETWORK", false);
      }
      const answer = PostmarkAnswer.safeParse(await response.json().catch(() => undefined));
      if (response.ok && answer.success && answer.data.ErrorCode === 0 && answer.data.MessageID)
        return { messageId: answer.data.MessageID };
      if (!answer.success || response.status === 429 || response.status >= 500)
        throw new MailFailure(`POSTMARK HTTP ${response.status}`, false);
      const code = answer.data.ErrorCode;
      throw new MailFailure(`POSTMARK ${code}`, permanentCodes.has(code) || response.status === 401);
    },
  };
}
