import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createDb } from "../../src/db/client";
import { rewrapCaseKeys } from "../../src/lib/sealing";
import { mailbox, multipartBody, request, STAFF_TOKEN, submitApplication } from "../helpers";
import { expectJson, expectStatus, shapes } from "../http";
import { introspectWorkflow, linkFor, postForm, submitCase } from "../workflows/driver";

const STATEMENT = "Marker-statement: I was at the night shift at the bakery on Elm Street.";
const NEW_EVIDENCE = "Marker-evidence: the bakery's time cards.";
const QUESTIONS = "Marker-questions: who else worked that night?";
const NOTE = "Marker-note: check the time cards with the owner.";
const ANSWER = "Marker-answer: Rosa Delgado, the baker.";

/** Everything D1 holds, as text, the way a raw dump would show it. */
async function rawDump(): Promise<string> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
  ).all<{ name: string }>();
  const out: string[] = [];
  for (const { name } of tables.results) {
    if (name === "dev_mailbox") continue; // copies of sent mail, development only: mail is plain text by nature
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all();
    out.push(JSON.stringify(rows.results));
  }
  return out.join("\n");
}

/** The part of the application these tests read: the shape says only that it is an object. */
const claimOf = z.object({ claim: z.object({ innocenceStatement: z.string(), newEvidence: z.string().optional() }) });

async function staffCase(caseId: string, dataKeys = env.DATA_KEYS) {
  const { createApp } = await import("../../src/app");
  const response = await createApp().fetch(
    new Request(`http://intake.test/api/v1/cases/${caseId}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } }),
    { ...env, DATA_KEYS: dataKeys },
  );
  const kase = await expectJson(response, 200, shapes.case);
  return { ...kase, application: claimOf.parse(kase.application) };
}

describe("encryption at rest", () => {
  it("the claim, the reviewer's note and questions and the answer are only ciphertext in D1, and readable in the app", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, {
      claim: { innocenceStatement: STATEMENT, newEvidence: NEW_EVIDENCE, evidenceTypes: ["alibi"] },
    });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });

    const review = await linkFor(kase.reference, "review");
    expect(await (await request(review)).text()).toContain("Marker-statement");
    await postForm(review, { decision: "request_info", questions: QUESTIONS, note: NOTE });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const question = (await mailbox()).find(
      (m) => m.subject.endsWith(kase.reference) && m.text.includes("Marker-questions"),
    );
    expect(question, "the applicant's email carries the questions in plain words").toBeTruthy();

    const { body, contentType } = multipartBody([{ name: "answer", value: ANSWER }]);
    const respond = await linkFor(kase.reference, "respond");
    await expectStatus(await request(respond, { method: "POST", headers: { "Content-Type": contentType }, body }), 200);
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    expect(await (await request(await linkFor(kase.reference, "review"))).text()).toContain("Marker-answer");

    const dump = await rawDump();
    for (const marker of ["Marker-statement", "Marker-evidence", "Marker-questions", "Marker-note", "Marker-answer"])
      expect(dump, marker).not.toContain(marker);
    const stored = await env.DB.prepare("SELECT application FROM cases WHERE id = ?")
      .bind(kase.id)
      .first<{ application: string }>();
    expect(JSON.parse(stored?.application ?? "{}").claim.innocenceStatement).toMatch(/^sealed:v1:[A-Za-z0-9_-]+$/);
    // What needs no secrecy stays queryable: screening rules read the evidence types.
    expect(JSON.parse(stored?.application ?? "{}").claim.evidenceTypes).toEqual(["alibi"]);

    const seen = await staffCase(kase.id);
    expect(seen.application.claim.innocenceStatement).toBe(STATEMENT);
    expect(seen.application.claim.newEvidence).toBe(NEW_EVIDENCE);
    expect(seen.decisions[0]).toMatchObject({ note: NOTE, questions: QUESTIONS });
    expect(seen.responses[0]?.body).toBe(ANSWER);
  });

  it("rotating the key-encryption key re-wraps the case keys without re-encrypting, and the old key can then go", async () => {
    const { id } = await submitApplication({ claim: { innocenceStatement: STATEMENT } });
    const before = await env.DB.prepare("SELECT application FROM cases WHERE id = ?").bind(id).first();
    const newKey = `test-2:${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
      .replaceAll("+", "-")
      .replaceAll("/", "_")
      .replace(/=+$/, "")}`;

    // The daily job re-wraps in batches until none is left.
    let rewrapped = 0;
    for (let more = true; more; ) {
      const batch = await rewrapCaseKeys({ DATA_KEYS: `${newKey},${env.DATA_KEYS}` }, createDb(env), 2);
      rewrapped += batch.rewrapped;
      more = batch.more;
    }
    expect(rewrapped).toBeGreaterThanOrEqual(1);
    const keys = await env.DB.prepare("SELECT DISTINCT key_id FROM case_keys").all<{ key_id: string }>();
    expect(keys.results.map((k) => k.key_id)).toEqual(["test-2"]);
    expect(await env.DB.prepare("SELECT application FROM cases WHERE id = ?").bind(id).first()).toEqual(before);

    // Only the new key is left, and the case still reads.
    expect((await staffCase(id, newKey)).application.claim.innocenceStatement).toBe(STATEMENT);
    expect(await rewrapCaseKeys({ DATA_KEYS: newKey }, createDb(env))).toEqual({ rewrapped: 0, more: false });
  });

  it("destroying a case's key leaves its sealed text unreadable anywhere it was copied", async () => {
    const { id } = await submitApplication({ claim: { innocenceStatement: STATEMENT } });
    await env.DB.prepare("DELETE FROM case_keys WHERE case_id = ?").bind(id).run();
    const seen = await staffCase(id, `test-2:${"A".repeat(43)},${env.DATA_KEYS}`);
    expect(seen.application.claim.innocenceStatement).toBe("");
  });
});
