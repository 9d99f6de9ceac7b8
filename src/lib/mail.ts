import type { RenderedEmail } from "../../emails";
import { createDb } from "../db/client";
import { devMailbox, type Language } from "../db/schema";
import { newId } from "./ids";
import { cloudflareTransport } from "./mail-cloudflare";
import { postmarkTransport } from "./mail-postmark";
import { smtpTransport } from "./mail-smtp";
import type { MailTransport } from "./mail-transport";

export { MailFailure } from "./mail-transport";

/** A message to send; `notificationId` names its row in `notifications` (messages about no case have none). */
export type OutgoingMail = RenderedEmail & { to: string; notificationId?: string; language: Language };

export const mailTransports = ["cloudflare", "smtp", "postmark"] as const;
export type MailTransportName = (typeof mailTransports)[number];

/** The transport `MAIL_TRANSPORT` names; Cloudflare Email Service (the `MAIL` binding) by default. */
export function mailTransport(env: Env): MailTransport {
  const name = env.MAIL_TRANSPORT || "cloudflare";
  if (name === "cloudflare") return cloudflareTransport(env);
  if (name === "smtp") return smtpTransport(env);
  if (name === "postmark") return postmarkTransport(env);
  throw new Error(`MAIL_TRANSPORT must be one of ${mailTransports.join(", ")}`);
}

/**
 * The one way the system sends mail, through the configured transport. In development every
 * message is also copied to the dev mailbox (`/dev/mailbox`) so the whole flow can be followed
 * locally without a mail provider.
 */
export async function sendMail(env: Env, mail: OutgoingMail): Promise<{ messageId: string }> {
  const id = mail.notificationId ?? newId();
  const { messageId } = await mailTransport(env).send({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    notificationId: id,
    headers: {
      "Content-Language": mail.language,
      "Auto-Submitted": "auto-generated",
      "X-Intake-Notification": id,
    },
  });
  if (env.ENVIRONMENT === "development") {
    await createDb(env)
      .insert(devMailbox)
      .values({
        id: newId(),
        notificationId: mail.notificationId ?? null,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      });
  }
  return { messageId };
}
