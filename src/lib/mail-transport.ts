import type { RenderedEmail } from "../../emails";

/** What every transport is handed: one message to one recipient, with its headers. */
export type MailMessage = Omit<RenderedEmail, "letterText"> & {
  from: string;
  to: string;
  /** `Content-Language`, `Auto-Submitted` and our own `X-Intake-Notification` (an id). */
  headers: Record<string, string>;
  /** The message's notification id, or a fresh id for a message about no case (a draft's link). */
  notificationId: string;
};

/** One way to hand a message to a provider; it throws `MailFailure` when the provider refuses. */
export type MailTransport = { send(message: MailMessage): Promise<{ messageId: string }> };

/**
 * A provider refused or failed a message. `code` is the provider's own (`E_RECIPIENT_SUPPRESSED`,
 * `SMTP 550 5.1.1`, `POSTMARK 406`). A permanent failure (the recipient is suppressed or invalid,
 * the quota is used up, the credentials are wrong) would fail the same way on every retry, so the
 * message is marked failed at once; any other is an outage, and the workflow step retries it. The
 * message never holds the provider's text, which may name the recipient: it ends up in workflow
 * history and logs.
 */
export class MailFailure extends Error {
  override name = "MailFailure";
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(`mail ${permanent ? "refused" : "not sent"}: ${code}`);
  }
}
