import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { deliverMessage } from "../../src/cases/messages/deliver";
import { planMessages } from "../../src/cases/messages/plan";
import { createDb } from "../../src/db/client";
import { MailFailure } from "../../src/lib/mail";
import { countRows, postApplication, validApplication, waitForReviewRequest } from "../helpers";
import { notificationsTo, staffAlerts } from "./outside";

/**
 * Cloudflare Email Service is the default transport, and every other test sends through the local
 * `send_email` binding. That binding accepts everything, so here a stand-in with the binding's
 * documented interface (`send(builder)`, errors with a string `code`) records what it was handed
 * and refuses some recipients the way the service does.
 */
function emailService(refusals: Record<string, string>) {
  const handed: Array<EmailMessage | EmailMessageBuilder> = [];
  async function send(message: EmailMessage): Promise<EmailSendResult>;
  async function send(builder: EmailMessageBuilder): Promise<EmailSendResult>;
  async function send(message: EmailMessage | EmailMessageBuilder): Promise<EmailSendResult> {
    handed.push(message);
    const to = typeof message.to === "string" ? message.to : "";
    const code = refusals[to];
    if (code) throw Object.assign(new Error(`cannot send to ${to}`), { code });
    return { messageId: crypto.randomUUID() };
  }
  const binding: SendEmail = { send };
  return { handed, env: { ...env, MAIL: binding } };
}

async function caseWithMessage(submitterEmail: string) {
  const application = validApplication();
  const response = await postApplication({
    ...application,
    submitter: { ...application.submitter, email: submitterEmail, postalAddress: "12 Calle Mayor, Reading PA" },
  });
  const kase = await response.json<{ id: string; reference: string }>();
  await waitForReviewRequest(kase.id);
  const [ack] = await notificationsTo(kase.id, submitterEmail);
  const contact = await env.DB.prepare("SELECT id FROM contacts WHERE case_id = ? AND email = ?")
    .bind(kase.id, submitterEmail)
    .first<{ id: string }>();
  if (!ack || !contact) throw new Error("no acknowledgement");
  const [id] = await planMessages(createDb(env), [
    { caseId: kase.id, template: "case-accepted", context: {}, recipient: { contactId: contact.id }, occasion: "test" },
  ]);
  if (!id) throw new Error("nothing planned");
  return { kase, id };
}

describe("mail through Cloudflare Email Service (the MAIL binding)", () => {
  it("hands the binding both parts, the sender and the recipient's language", async () => {
    const { kase, id } = await caseWithMessage("maria@example.com");
    const service = emailService({});
    expect(await deliverMessage(service.env, id)).toMatchObject({ outcome: "sent" });
    expect(service.handed).toEqual([
      {
        from: "intake@example.org",
        to: "maria@example.com",
        subject: `Caso aceptado para seguir trabajando — ${kase.reference}`,
        html: expect.stringContaining('lang="es"'),
        text: expect.stringContaining(kase.reference),
        headers: { "Content-Language": "es", "Auto-Submitted": "auto-generated", "X-Intake-Notification": id },
      },
    ]);
  });

  it("E_RECIPIENT_SUPPRESSED fails the message at once, alerts staff once and makes a letter", async () => {
    const refused = "suppressed@example.com";
    const { kase, id } = await caseWithMessage(refused);
    const service = emailService({ [refused]: "E_RECIPIENT_SUPPRESSED" });
    expect(await deliverMessage(service.env, id)).toMatchObject({ outcome: "failed", code: "E_RECIPIENT_SUPPRESSED" });
    // Run again, as a retried step would: nothing more is sent, planned or alerted.
    expect(await deliverMessage(service.env, id)).toMatchObject({ outcome: "failed", code: "E_RECIPIENT_SUPPRESSED" });
    expect(service.handed.map((m) => m.to)).toEqual([refused, "intake@demo-pa.example.org"]);
    const accepted = (await notificationsTo(kase.id, refused)).filter((n) => n.template === "case-accepted");
    expect(accepted).toMatchObject([
      { channel: "email", status: "failed", failureCode: "E_RECIPIENT_SUPPRESSED" },
      { channel: "post", status: "pending" },
    ]);
    expect(await staffAlerts(kase.id)).toEqual([{ reason: "mail_refused_letter", status: "sent" }]);
    expect(await countRows("events", "case_id = ? AND type = 'message_failed'", kase.id)).toBe(1);
  });

  it("E_DAILY_LIMIT_EXCEEDED fails for good; a message to a reviewer gets no letter but an alert", async () => {
    const { kase } = await caseWithMessage("maria@example.com");
    const [id] = await planMessages(createDb(env), [
      {
        caseId: kase.id,
        template: "review-reminder",
        context: { assignmentId: "none" },
        recipient: { reviewerId: "rev-pa-1" },
        occasion: "test",
      },
    ]);
    if (!id) throw new Error("nothing planned");
    await env.DB.prepare(
      "UPDATE notifications SET context = json_object('assignmentId', (SELECT id FROM assignments WHERE case_id = ? LIMIT 1)) WHERE id = ?",
    )
      .bind(kase.id, id)
      .run();
    const reviewer = await env.DB.prepare("SELECT email FROM reviewers WHERE id = 'rev-pa-1'").first<{
      email: string;
    }>();
    const service = emailService({ [reviewer?.email ?? ""]: "E_DAILY_LIMIT_EXCEEDED" });
    expect(await deliverMessage(service.env, id)).toMatchObject({ outcome: "failed", code: "E_DAILY_LIMIT_EXCEEDED" });
    expect(await countRows("notifications", "case_id = ? AND channel = 'post'", kase.id)).toBe(0);
    expect(await staffAlerts(kase.id)).toEqual([{ reason: "mail_refused", status: "sent" }]);
  });

  it("a rate limit or an error without a code is an outage: thrown for the step to retry, nothing marked", async () => {
    const { kase, id } = await caseWithMessage("busy@example.com");
    for (const code of ["E_RATE_LIMIT_EXCEEDED", "E_INTERNAL_SERVER_ERROR", ""]) {
      const service = emailService({ "busy@example.com": code || "not-a-code" });
      const error = await deliverMessage(service.env, id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailFailure);
      expect(error).toMatchObject({ permanent: false });
      // The provider's text names the recipient; what is thrown (and logged by Workflows) does not.
      expect(String(error)).not.toContain("busy@example.com");
    }
    expect(await notificationsTo(kase.id, "busy@example.com")).toMatchObject([
      { status: "sent" },
      { status: "pending" },
    ]);
    expect(await staffAlerts(kase.id)).toEqual([]);
  });
});
