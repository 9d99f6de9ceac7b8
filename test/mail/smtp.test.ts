import { describe, expect, it } from "vitest";
import { countRows } from "../helpers";
import { mailFor } from "../workflows/driver";
import { applyAndAcknowledge, letterWaits, notificationsTo, smtpAttempts, smtpReceived, staffAlerts } from "./outside";

// This file runs in the "smtp" project of vitest.config.ts: MAIL_TRANSPORT=smtp, to the SMTP server
// the tests start on 127.0.0.1 (with a username and password, as Workspace or Microsoft 365 want).

describe("mail over SMTP", () => {
  it("delivers each message to the server: headers, both parts, in the recipient's language", async () => {
    const { kase, submitterAck } = await applyAndAcknowledge("maria@example.com");
    expect(submitterAck).toMatchObject({ outcome: "sent", attempt: 1 });

    const [toMaria] = await smtpReceived("maria@example.com");
    if (!toMaria) throw new Error("nothing reached the SMTP server for maria@example.com");
    const header = (name: string) => toMaria.headers.find((h) => h.key === name)?.value;
    expect(toMaria.from?.address).toBe("intake@example.org");
    expect(toMaria.subject).toBe(`Solicitud recibida — ${kase.reference}`);
    expect(header("content-language")).toBe("es");
    expect(header("auto-submitted")).toBe("auto-generated");
    const [sent] = await notificationsTo(kase.id, "maria@example.com");
    expect(header("x-intake-notification")).toBe(sent?.id);
    expect(toMaria.messageId).toBe(sent?.providerMessageId);
    expect(toMaria.text).toContain("http://intake.test/status/");
    expect(toMaria.html).toContain('href="http://intake.test/status/');
    expect(toMaria.html).toContain('lang="es"');

    const [toAnn] = await smtpReceived("ann@lawfirm.example.com");
    expect(toAnn?.subject).toBe(`Application received — ${kase.reference}`);
    expect(toAnn?.headers.find((h) => h.key === "content-language")?.value).toBe("en");
    // The dev mailbox keeps its copy whatever the transport.
    expect(await mailFor(kase.reference, { to: "maria@example.com" })).toHaveLength(1);
  });

  it("a permanent refusal marks the message failed, alerts staff once, makes a letter, and is never retried", async () => {
    const refused = "refused+maria@example.com";
    const { kase, submitterAck } = await applyAndAcknowledge(refused);

    // The send step finished on its first try: a refusal is not thrown, so the step's retry policy
    // (five retries over half an hour) never starts.
    expect(submitterAck).toMatchObject({ outcome: "failed", code: "SMTP 550 5.1.1", attempt: 1 });
    expect(await smtpAttempts(refused)).toBe(1);
    const [email, letter] = await notificationsTo(kase.id, refused);
    expect(email).toMatchObject({ channel: "email", status: "failed", failureCode: "SMTP 550 5.1.1" });
    expect(letter).toMatchObject({ template: "acknowledgement", channel: "post", status: "pending" });
    expect(await letterWaits(kase.reference)).toBe(true);
    expect(await countRows("events", "case_id = ? AND type = 'message_failed'", kase.id)).toBe(1);

    expect(await staffAlerts(kase.id)).toEqual([{ reason: "mail_refused_letter", status: "sent" }]);
    const [alert, ...more] = await smtpReceived("intake@demo-pa.example.org");
    expect(more).toEqual([]);
    expect(alert?.subject).toBe(`Email not delivered: letter to print — ${kase.reference}`);
    expect(alert?.text).toContain("SMTP 550 5.1.1");
  });

  it("an outage (451) is retried by the step, and the message goes out once", async () => {
    const flaky = "flaky+maria@example.com";
    const { kase, submitterAck } = await applyAndAcknowledge(flaky, { retryAtOnce: true });
    expect(submitterAck).toMatchObject({ outcome: "sent", attempt: 2 });
    expect(await smtpAttempts(flaky)).toBe(2);
    expect(await smtpReceived(flaky)).toHaveLength(1);
    expect(await notificationsTo(kase.id, flaky)).toMatchObject([{ status: "sent", failureCode: null }]);
  });
});
