import type { RenderedEmail } from "../../emails";
import { createDb } from "../db/client";
import { devMailbox } from "../db/schema";
import { newId } from "./ids";

/** A message to send; `notificationId` names its row in `notifications` (messages about no case have none). */
export type OutgoingMail = RenderedEmail & { to: string; notificationId?: string };

/**
 * The one way the system sends mail: Cloudflare's `send_email` binding. In development every
 * message is also copied to the dev mailbox (`/dev/mailbox`) so the whole flow can be followed
 * locally without a mail provider.
 */
export async function sendMail(env: Env, mail: OutgoingMail): Promise<{ messageId: string }> {
  const { messageId } = await env.MAIL.send({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
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
