import { introspectWorkflow, introspectWorkflowInstance } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { deliverMessage } from "../../src/cases/messages/deliver";
import type { acknowledgeReceipt } from "../../src/cases/steps/screening";
import { acknowledgementsFor, countRows, submitApplication } from "../helpers";
import { stepResult } from "./driver";

type Receipt = Awaited<ReturnType<typeof acknowledgeReceipt>>;

const ACKNOWLEDGED = "case_id = ? AND type = 'notified' AND json_extract(data, '$.template') = 'acknowledgement'";

describe("case-review workflow: receipt", () => {
  it("records receipt and sends each acknowledgement in its own step, with only ids in outputs", async () => {
    const created = await submitApplication();
    await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
    await instance.waitForStepResult({ name: "screen" });
    const { planned } = await stepResult<Receipt>(instance, { name: "record receipt" });
    expect(planned).toHaveLength(3);
    for (const id of planned) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await countRows("notifications", "case_id = ? AND template = 'acknowledgement'", created.id)).toBe(3);
    expect(await instance.waitForStepResult({ name: "send for record receipt", index: 2 })).toEqual({
      notificationId: planned[1],
      outcome: "sent",
      attempt: 1,
    });
    expect(await countRows("events", "case_id = ? AND type = 'received'", created.id)).toBe(1);
  });

  it("a send step that fails and is retried sends no second message and skips none", async () => {
    await using introspector = await introspectWorkflow(env.CASE_REVIEW);
    await introspector.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.mockStepError({ name: "send for record receipt", index: 1 }, new Error("mail provider unavailable"), 2);
      await m.mockStepError({ name: "record receipt" }, new Error("D1 overloaded"), 1);
    });
    const created = await submitApplication();
    const [instance] = await introspector.get();
    if (!instance) throw new Error("no workflow instance was created");
    await instance.waitForStepResult({ name: "screen" });

    const sent = await acknowledgementsFor(created.reference);
    expect(sent.map((m) => m.to).sort()).toEqual(["ann@lawfirm.example.com", "maria@example.com", "tom@example.com"]);
    expect(await countRows("notifications", "case_id = ? AND template = 'acknowledgement'", created.id)).toBe(3);
    expect(await countRows("events", ACKNOWLEDGED, created.id)).toBe(3);
    expect(await countRows("events", "case_id = ? AND type = 'received'", created.id)).toBe(1);
  });

  it("running a delivery again after it succeeded (a replayed step) sends nothing", async () => {
    const created = await submitApplication();
    await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
    await instance.waitForStepResult({ name: "screen" });
    const { planned } = await stepResult<Receipt>(instance, { name: "record receipt" });
    const before = (await acknowledgementsFor(created.reference)).length;

    for (const id of planned) {
      expect(await deliverMessage(env, id)).toEqual({ notificationId: id, outcome: "already_sent" });
    }
    expect((await acknowledgementsFor(created.reference)).length).toBe(before);
    expect(await countRows("events", ACKNOWLEDGED, created.id)).toBe(3);
  });

  it("nobody is emailed without consent or an email address; a postal-only submitter gets a letter to print", async () => {
    const created = await submitApplication({
      submitter: { role: "self", name: "Daniel Ortega", postalAddress: "SCI Example, PO Box 1" },
      consent: { dataProcessing: true, contactPeopleNamed: false },
    });
    await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
    await instance.waitForStepResult({ name: "screen" });
    const { planned } = await stepResult<Receipt>(instance, { name: "record receipt" });
    expect(planned).toEqual([expect.any(String)]);
    expect(await acknowledgementsFor(created.reference)).toEqual([]);
    const letters = await env.DB.prepare("SELECT channel, status FROM notifications WHERE case_id = ?")
      .bind(created.id)
      .all();
    expect(letters.results).toEqual([{ channel: "post", status: "pending" }]);
  });
});
