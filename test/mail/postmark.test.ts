import { describe, expect, it } from "vitest";
import { countRows } from "../helpers";
import {
  applyAndAcknowledge,
  letterWaits,
  notificationsTo,
  postmarkAttempts,
  postmarkReceived,
  staffAlerts,
} from "./outside";

// This file runs in the "postmark" project of vitest.config.ts: MAIL_TRANSPORT=postmark, and the
// Worker's requests to https://api.postmarkapp.com reach a stub of its Email API on 127.0.0.1.

describe("mail through Postmark's Email API", () => {
  it("posts each message as the API documents it: token, both bodies, headers, the recipient's language", async () => {
    const { kase, submitterAck } = await applyAndAcknowledge("maria@example.com");
    expect(submitterAck).toMatchObject({ outcome: "sent", attempt: 1 });

    const [toMaria] = await postmarkReceived("maria@example.com");
    if (!toMaria) throw new Error("nothing reached the Postmark stub for maria@example.com");
    expect(toMaria.headers["x-postmark-server-token"]).toBe("postmark-test-token");
    expect(toMaria.headers["content-type"]).toBe("application/json");
    expect(toMaria).toMatchObject({
      From: "intake@example.org",
      Subject: `Solicitud recibida — ${kase.reference}`,
      MessageStream: "outbound",
      // Link tracking would send capability links through the provider's servers.
      TrackLinks: "None",
      TrackOpens: false,
    });
    expect(toMaria.Headers).toContainEqual({ Name: "Content-Language", Value: "es" });
    expect(toMaria.TextBody).toContain("http://intake.test/status/");
    expect(toMaria.HtmlBody).toContain('href="http://intake.test/status/');
    const [sent] = await notificationsTo(kase.id, "maria@example.com");
    expect(sent?.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);

    const [toAnn] = await postmarkReceived("ann@lawfirm.example.com");
    expect(toAnn?.Subject).toBe(`Application received — ${kase.reference}`);
    expect(toAnn?.Headers).toContainEqual({ Name: "Content-Language", Value: "en" });
  });

  it("an inactive recipient (ErrorCode 406) fails the message at once, alerts staff once and makes a letter", async () => {
    const refused = "refused+maria@example.com";
    const { kase, submitterAck } = await applyAndAcknowledge(refused);
    expect(submitterAck).toMatchObject({ outcome: "failed", code: "POSTMARK 406", attempt: 1 });
    expect(await postmarkAttempts(refused)).toBe(1);
    const [email, letter] = await notificationsTo(kase.id, refused);
    expect(email).toMatchObject({ status: "failed", failureCode: "POSTMARK 406" });
    expect(letter).toMatchObject({ channel: "post", status: "pending" });
    expect(await letterWaits(kase.reference)).toBe(true);
    expect(await countRows("events", "case_id = ? AND type = 'message_failed'", kase.id)).toBe(1);
    expect(await staffAlerts(kase.id)).toEqual([{ reason: "mail_refused_letter", status: "sent" }]);
    const alerts = await postmarkReceived("intake@demo-pa.example.org");
    expect(alerts.filter((m) => m.Subject.endsWith(kase.reference))).toHaveLength(1);
  });

  it("a server error (HTTP 500) is retried by the step, and the message goes out once", async () => {
    const flaky = "flaky+maria@example.com";
    const { kase, submitterAck } = await applyAndAcknowledge(flaky, { retryAtOnce: true });
    expect(submitterAck).toMatchObject({ outcome: "sent", attempt: 2 });
    expect(await postmarkAttempts(flaky)).toBe(2);
    expect(await postmarkReceived(flaky)).toHaveLength(1);
    expect(await notificationsTo(kase.id, flaky)).toMatchObject([{ status: "sent" }]);
  });
});
