import { env } from "cloudflare:workers";
import PostalMime, { type Email } from "postal-mime";
import type { Delivery } from "../../src/cases/messages/deliver";
import { countRows, postApplication, staffRequest, validApplication } from "../helpers";
import { introspectWorkflow, stepResult } from "../workflows/driver";

/** What reached the local servers of vitest.config.ts (test/node/local-services.ts). */
async function inspect<T>(origin: string): Promise<T> {
  const response = await fetch(`${origin}/__inspect`);
  if (!response.ok) throw new Error(`${origin} answered ${response.status}`);
  return response.json<T>();
}

type SmtpLog = { received: Array<{ from: string; to: string[]; raw: string }>; attempts: Record<string, number> };

/** Messages the SMTP server accepted for `to`, parsed as a mail client would. */
export async function smtpReceived(to: string): Promise<Email[]> {
  const { received } = await inspect<SmtpLog>(env.TEST_SMTP_INSPECT);
  return Promise.all(received.filter((m) => m.to.includes(to)).map((m) => PostalMime.parse(m.raw)));
}

/** How many times the SMTP server was asked to take a message for `to`. */
export async function smtpAttempts(to: string): Promise<number> {
  return (await inspect<SmtpLog>(env.TEST_SMTP_INSPECT)).attempts[to] ?? 0;
}

export type PostmarkMessage = {
  From: string;
  To: string;
  Subject: string;
  HtmlBody: string;
  TextBody: string;
  MessageStream: string;
  TrackLinks: string;
  TrackOpens: boolean;
  Headers: Array<{ Name: string; Value: string }>;
  headers: Record<string, string>;
};
type PostmarkLog = { received: PostmarkMessage[]; attempts: Record<string, number> };

export async function postmarkReceived(to: string): Promise<PostmarkMessage[]> {
  return (await inspect<PostmarkLog>(env.TEST_POSTMARK_STUB)).received.filter((m) => m.To === to);
}

export async function postmarkAttempts(to: string): Promise<number> {
  return (await inspect<PostmarkLog>(env.TEST_POSTMARK_STUB)).attempts[to] ?? 0;
}

/**
 * An application whose submitter (Spanish-speaking, with an email and a postal address) is
 * `submitterEmail`; the lawyer and the supporter read English. Returns the case and the result
 * of the step that sent the submitter's acknowledgement (the first one planned).
 */
export async function applyAndAcknowledge(submitterEmail: string, options: { retryAtOnce?: boolean } = {}) {
  await using workflows = await introspectWorkflow(env.CASE_REVIEW);
  if (options.retryAtOnce) await workflows.modifyAll((m) => m.disableRetryDelays());
  const application = validApplication();
  const response = await postApplication({
    ...application,
    submitter: { ...application.submitter, email: submitterEmail, postalAddress: "12 Calle Mayor, Reading PA" },
  });
  const kase = await response.json<{ id: string; reference: string }>();
  if (response.status !== 201) throw new Error(`application refused: ${JSON.stringify(kase)}`);
  const [instance] = await workflows.get();
  if (!instance) throw new Error("no workflow instance");
  const submitterAck = await stepResult<Delivery>(instance, { name: "send for record receipt", index: 1 });
  // The case moves on to a reviewer whatever happened to that one message.
  await instance.waitForStepResult({ name: "tally round 1" });
  return { kase, submitterAck };
}

/** The notifications of a case sent to one address's contact, oldest first. */
export async function notificationsTo(caseId: string, email: string) {
  const { results } = await env.DB.prepare(
    `SELECT n.id, n.template, n.channel, n.status, n.failure_code AS failureCode, n.provider_message_id AS providerMessageId
     FROM notifications n JOIN contacts c ON c.id = n.contact_id WHERE n.case_id = ? AND c.email = ? ORDER BY n.created_at, n.id`,
  )
    .bind(caseId, email)
    .all<{
      id: string;
      template: string;
      channel: string;
      status: string;
      failureCode: string | null;
      providerMessageId: string | null;
    }>();
  return results;
}

/** Staff alerts planned for a case, with their reason. */
export async function staffAlerts(caseId: string) {
  const { results } = await env.DB.prepare(
    "SELECT json_extract(context, '$.reason') AS reason, status FROM notifications WHERE case_id = ? AND template = 'staff-alert'",
  )
    .bind(caseId)
    .all<{ reason: string; status: string }>();
  return results;
}

/** Whether the staff letters page lists a letter for the case. */
export async function letterWaits(reference: string): Promise<boolean> {
  return (await (await staffRequest("/staff/letters")).text()).includes(reference);
}

export { countRows };
