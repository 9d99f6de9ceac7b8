import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import {
  countRows,
  postApplication,
  requestWith,
  staffJson,
  staffRequest,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { caseRow, introspectWorkflow, linkFor, postForm, submitCase } from "../workflows/driver";

type Delivered = { name: string; headers: Record<string, string>; body: string; status: number };
type Payload = {
  type: string;
  timestamp: string;
  data: {
    eventId: number;
    caseId: string;
    reference: string;
    organization: string;
    status: string;
    application?: unknown;
  };
};

/** Runs the scheduled handler as Cloudflare does every minute, `later` ms from now. */
async function dispatch(later = 0) {
  const ctx = createExecutionContext();
  const scheduledTime = Date.now() + later;
  await worker.scheduled(createScheduledController({ cron: "* * * * *", scheduledTime }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** What the receiver on 127.0.0.1 got at `/hooks/<name>`, each delivery's signature verified with `standardwebhooks`. */
async function received(name: string, secret: string) {
  const { deliveries } = await (await fetch(`${env.TEST_WEBHOOK_RECEIVER}/__inspect`)).json<{
    deliveries: Delivered[];
  }>();
  const verifier = new Webhook(secret);
  return deliveries
    .filter((d) => d.name === name)
    .map((d) => ({ ...d, payload: verifier.verify(d.body, d.headers) as Payload, id: d.headers["webhook-id"] }));
}

async function endpointAnswers(name: string, status: number) {
  await fetch(`${env.TEST_WEBHOOK_RECEIVER}/__status/${name}`, { method: "POST", body: String(status) });
}

async function subscribe(events: string[], options: { includeCaseBody?: boolean } = {}) {
  const name = crypto.randomUUID();
  const response = await staffJson("/api/v1/organizations/demo-pa/webhooks", "POST", {
    url: `${env.TEST_WEBHOOK_RECEIVER}/hooks/${name}`,
    events,
    ...options,
  });
  const body = await response.json<{ id: string; secret: string; events: string[] }>();
  if (response.status !== 201) throw new Error(`subscription refused: ${JSON.stringify(body)}`);
  return { name, ...body };
}

async function applyAndWait() {
  const response = await postApplication(validApplication());
  const kase = await response.json<{ id: string; reference: string }>();
  await waitForReviewRequest(kase.id);
  return kase;
}

describe("signed webhooks", () => {
  it("delivers the case's events, each signed by the Standard Webhooks spec, with ids and no sealed text", async () => {
    const hook = await subscribe(["submitted", "screened", "assigned", "message"]);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await (await staffRequest("/api/v1/organizations/demo-pa/webhooks")).text();
    expect(listed).toContain(hook.id);
    expect(listed).not.toContain(hook.secret);

    const kase = await applyAndWait();
    await dispatch();
    // Deliveries go out side by side; receivers order them by `eventId`.
    const got = (await received(hook.name, hook.secret))
      .filter((d) => d.payload.data.caseId === kase.id)
      .sort((a, b) => a.payload.data.eventId - b.payload.data.eventId);
    expect(got.map((d) => d.payload.type)).toEqual([
      "case.submitted",
      "case.message",
      "case.message",
      "case.message",
      "case.screened",
      "case.assigned",
      "case.message",
    ]);
    for (const delivery of got) {
      expect(delivery.payload.data).toMatchObject({ reference: kase.reference, organization: "demo-pa" });
      expect(delivery.id).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(delivery.body).not.toContain("eyewitness was wrong");
      expect(delivery.body).not.toContain("Daniel Ortega");
      expect(delivery.body).not.toContain("maria@example.com");
    }
    expect(
      await countRows("webhook_deliveries", "case_id = ? AND status = 'delivered' AND attempts = 1", kase.id),
    ).toBe(got.length);
  });

  it("retries after a 500 with backoff, while the case moves on; staff replay a delivery under the same id", async () => {
    const hook = await subscribe(["decided", "declined"]);
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await endpointAnswers(hook.name, 500);

    // The endpoint is down; the reviewer declines, and the case ends all the same.
    await postForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["capacity"] });
    await instance.waitForStatus("complete");
    expect((await caseRow(kase.id))?.status).toBe("declined");
    await dispatch();
    // Deliveries go out side by side, so each round is compared in event order.
    const round = (list: Array<{ payload: Payload; status: number }>) =>
      list.map((d) => [d.payload.type, d.status]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(round(await received(hook.name, hook.secret))).toEqual([
      ["case.decided", 500],
      ["case.declined", 500],
    ]);
    expect(
      await countRows(
        "webhook_deliveries",
        "webhook_id = ? AND status = 'pending' AND attempts = 1 AND last_status = 500",
        hook.id,
      ),
    ).toBe(2);

    // Not yet due: the first retry waits a minute.
    await endpointAnswers(hook.name, 200);
    await dispatch(30_000);
    expect(await received(hook.name, hook.secret)).toHaveLength(2);
    await dispatch(61_000);
    const all = await received(hook.name, hook.secret);
    expect(round(all.slice(2))).toEqual([
      ["case.decided", 200],
      ["case.declined", 200],
    ]);
    // A retry is the same message: the same `webhook-id`.
    expect(new Set(all.map((d) => d.id)).size).toBe(2);
    expect(
      await countRows("webhook_deliveries", "webhook_id = ? AND status = 'delivered' AND attempts = 2", hook.id),
    ).toBe(2);

    const log = await (await staffRequest(`/api/v1/organizations/demo-pa/webhooks/${hook.id}/deliveries`)).json<{
      deliveries: Array<{ id: string; event: string; status: string; attempts: number; lastStatus: number }>;
    }>();
    expect(log.deliveries.map((d) => [d.event, d.status, d.attempts, d.lastStatus])).toEqual([
      ["declined", "delivered", 2, 200],
      ["decided", "delivered", 2, 200],
    ]);
    const replay = log.deliveries[0]?.id ?? "";
    const replayed = await staffRequest(
      `/api/v1/organizations/demo-pa/webhooks/${hook.id}/deliveries/${replay}/replay`,
      {
        method: "POST",
      },
    );
    expect(replayed.status).toBe(202);
    await dispatch(62_000);
    const afterReplay = await received(hook.name, hook.secret);
    expect(afterReplay).toHaveLength(5);
    expect(afterReplay[4]).toMatchObject({ id: replay, status: 200 });
    expect(afterReplay[4]?.payload.type).toBe("case.declined");
    expect(
      await countRows(
        "organization_events",
        "type = 'webhook_replayed' AND json_extract(data, '$.deliveryId') = ?",
        replay,
      ),
    ).toBe(1);
  });

  it("a paused subscription sends nothing and holds no case up; it catches up when resumed", async () => {
    const hook = await subscribe(["submitted"]);
    const paused = await staffJson(`/api/v1/organizations/demo-pa/webhooks/${hook.id}`, "PATCH", { active: false });
    expect(paused.status).toBe(200);
    const kase = await applyAndWait();
    await dispatch();
    expect(await received(hook.name, hook.secret)).toEqual([]);
    await staffJson(`/api/v1/organizations/demo-pa/webhooks/${hook.id}`, "PATCH", { active: true });
    await dispatch();
    const got = await received(hook.name, hook.secret);
    expect(got.map((d) => [d.payload.type, d.payload.data.caseId])).toEqual([["case.submitted", kase.id]]);
  });

  it("carries the application, sealed text opened, only when the subscription asks for the case body", async () => {
    const hook = await subscribe(["submitted"], { includeCaseBody: true });
    const kase = await applyAndWait();
    await dispatch();
    const [delivery] = (await received(hook.name, hook.secret)).filter((d) => d.payload.data.caseId === kase.id);
    expect(delivery?.payload.data.application).toMatchObject({
      applicant: { name: "Daniel Ortega" },
      claim: { innocenceStatement: "He was at work across town; the eyewitness was wrong." },
    });
  });

  it("takes only https URLs on public hosts in production, and loopback http in development", async () => {
    const add = (url: string, vars: Partial<Env> = {}) =>
      requestWith(vars, "/api/v1/organizations/demo-pa/webhooks", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer test-staff-api-token" },
        body: JSON.stringify({ url, events: ["submitted"] }),
      });
    const production = { ENVIRONMENT: "production" };
    for (const url of [
      "http://cms.example.org/hooks",
      "https://127.0.0.1/hooks",
      "https://10.1.2.3/hooks",
      "https://192.168.1.10/hooks",
      "https://[::1]/hooks",
      "https://localhost/hooks",
      "https://user:pass@cms.example.org/hooks",
      "not a url",
    ]) {
      const refused = await add(url, production);
      expect(refused.status, url).toBe(400);
      expect((await refused.json<{ error: { issues: Array<{ path: string }> } }>()).error.issues[0]?.path).toBe("url");
    }
    expect((await add("https://cms.example.org/hooks", production)).status).toBe(201);
    expect((await add("http://127.0.0.1:9/hooks", production)).status).toBe(400);
    expect((await add("http://127.0.0.1:9/hooks")).status).toBe(201);
    expect((await add("https://cms.example.org/hooks", production)).status).toBe(201);
    expect((await add("http://cms.example.org/hooks")).status).toBe(400);
  });

  it("refuses unknown events, and another organization's staff", async () => {
    const unknown = await staffJson("/api/v1/organizations/demo-pa/webhooks", "POST", {
      url: `${env.TEST_WEBHOOK_RECEIVER}/hooks/x`,
      events: ["everything"],
    });
    expect(unknown.status).toBe(400);
    expect(await countRows("webhooks", "url = ?", `${env.TEST_WEBHOOK_RECEIVER}/hooks/x`)).toBe(0);
  });
});
