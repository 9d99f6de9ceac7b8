import { introspectWorkflow, introspectWorkflowInstance } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_WORKFLOW_RESTARTS } from "../../src/cases/sweep";
import {
  acknowledgementsFor,
  countRows,
  mailbox,
  postApplication,
  runSweep,
  staffJson,
  staffRequest,
  submitApplication,
  validApplication,
  waitUntil,
  workflowSettled,
  workflowStatus,
} from "../helpers";
import { linkFor, postForm } from "../workflows/driver";

type Created = { id: string; reference: string };

/** The sweep leaves a fresh case to the request that stored it for a couple of minutes. */
async function storedMinutesAgo(caseId: string, minutes: number) {
  await env.DB.prepare("UPDATE cases SET created_at = ?, updated_at = ? WHERE id = ?")
    .bind(Date.now() - minutes * 60_000, Date.now() - minutes * 60_000, caseId)
    .run();
}

async function workflowState(caseId: string) {
  return env.DB.prepare("SELECT workflow_state AS state, workflow_restarts AS restarts FROM cases WHERE id = ?")
    .bind(caseId)
    .first<{ state: string; restarts: number }>();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("no case without a workflow", () => {
  it("a crash between storing the case and starting its workflow: the sweep starts it, with one acknowledgement each", async () => {
    vi.spyOn(env.CASE_REVIEW, "create").mockRejectedValueOnce(new Error("isolate evicted"));
    // The case is stored and the applicant gets the receipt (a 201): nothing they sent is lost.
    const created = await submitApplication();
    await expect(env.CASE_REVIEW.get(created.id)).rejects.toThrow();
    expect(await workflowState(created.id)).toEqual({ state: "pending", restarts: 0 });

    // Too fresh: the request that stored it might still start it.
    await runSweep();
    await expect(env.CASE_REVIEW.get(created.id)).rejects.toThrow();

    await storedMinutesAgo(created.id, 5);
    await runSweep();
    await using instance = await introspectWorkflowInstance(env.CASE_REVIEW, created.id);
    await instance.waitForStepResult({ name: "screen" });
    expect((await acknowledgementsFor(created.reference)).map((m) => m.to).sort()).toEqual([
      "ann@lawfirm.example.com",
      "maria@example.com",
      "tom@example.com",
    ]);
    expect((await workflowState(created.id))?.state).toBe("running");

    // A sweep after that finds nothing to do, and sends nothing.
    const before = (await mailbox()).length;
    await storedMinutesAgo(created.id, 10);
    await runSweep();
    expect((await mailbox()).length).toBe(before);
    expect(await countRows("events", "case_id = ? AND type = 'workflow_restarted'", created.id)).toBe(1);
  });

  it("a workflow whose step fails for good is restarted by the sweep and goes on, sending nothing twice", async () => {
    // D1 refuses the screening's writes long enough for the step's retries to run out.
    const prepare = env.DB.prepare.bind(env.DB);
    vi.spyOn(env.DB, "prepare").mockImplementation((query: string) => {
      if (query.includes('into "screenings"')) throw new Error("D1 unavailable");
      return prepare(query);
    });
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
    });
    const created = await submitApplication();
    const [instance] = await workflows.get();
    if (!instance) throw new Error("no workflow instance");
    await instance.waitForStatus("errored");
    expect((await workflowState(created.id))?.state).toBe("errored");
    expect(await countRows("events", "case_id = ? AND type = 'workflow_errored'", created.id)).toBe(1);
    const acknowledged = (await acknowledgementsFor(created.reference)).length;
    expect(acknowledged).toBe(3);

    // D1 is back; the next sweep restarts the workflow from its first step.
    vi.restoreAllMocks();
    await runSweep();
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    expect((await acknowledgementsFor(created.reference)).length).toBe(acknowledged);
    expect(await workflowState(created.id)).toEqual({ state: "running", restarts: 1 });
    expect(await countRows("assignments", "case_id = ? AND kind = 'review'", created.id)).toBe(1);
  });

  it("restarts that keep failing end as stuck: staff are told once and the queue shows it", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.mockStepError({ name: "screen" }, new Error("a bug"), 1000);
    });
    const created = await submitApplication();
    const [instance] = await workflows.get();
    if (!instance) throw new Error("no workflow instance");
    for (let restart = 1; restart <= MAX_WORKFLOW_RESTARTS; restart++) {
      await instance.waitForStatus("errored");
      await runSweep();
      expect((await workflowState(created.id))?.restarts).toBe(restart);
    }
    await instance.waitForStatus("errored");
    await runSweep();
    expect((await workflowState(created.id))?.state).toBe("stuck");
    await runSweep();
    const alerts = (await mailbox()).filter(
      (m) => m.to === "intake@demo-pa.example.org" && m.subject.includes(created.reference),
    );
    expect(alerts.map((m) => m.subject)).toEqual([`Case stopped moving — ${created.reference}`]);

    const queue = await staffRequest("/api/v1/cases?stuck=true&limit=200");
    const { cases } = await queue.json<{ cases: { id: string; stuck: boolean }[] }>();
    expect(cases.find((c) => c.id === created.id)).toMatchObject({ stuck: true });
    expect(cases.every((c) => c.stuck)).toBe(true);
    const page = await (await staffRequest("/staff?stuck=true")).text();
    expect(page).toContain(created.reference);
    expect(page).toContain("stuck");
  });
});

describe("staff moves and the sweep", () => {
  it("a staff move whose workflow restart failed is restarted by the sweep, which resumes from the move", async () => {
    const created = await (await postApplication(validApplication())).json<Created>();
    const review = await waitUntil("the review link", () =>
      linkFor(created.reference, "review").catch(() => undefined),
    );
    await postForm(review, { decision: "decline", reasonCodes: ["capacity"] });
    await workflowSettled(created.id);

    // The Workflows binding is unreachable just as staff reopen the case: the move is kept.
    vi.spyOn(env.CASE_REVIEW, "get").mockRejectedValueOnce(new Error("binding unavailable"));
    vi.spyOn(env.CASE_REVIEW, "create").mockRejectedValueOnce(new Error("binding unavailable"));
    const reopened = await staffJson(`/api/v1/cases/${created.id}/reopen`, "POST", { reason: "decided_in_error" });
    expect(reopened.status).toBe(200);
    vi.restoreAllMocks();
    expect(await workflowState(created.id)).toEqual({ state: "pending", restarts: 0 });
    expect(await workflowStatus(created.id)).toBe("complete");

    await storedMinutesAgo(created.id, 5);
    await runSweep();
    await waitUntil("the reviewer to be asked again", async () =>
      (await countRows("assignments", "case_id = ? AND kind = 'review' AND round = 2", created.id)) === 1
        ? true
        : undefined,
    );
    expect((await workflowState(created.id))?.state).toBe("running");
  });
});
