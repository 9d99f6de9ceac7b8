import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { commit, moveCase } from "../../src/cases/transitions";
import { createDb } from "../../src/db/client";
import { countRows, submitApplication } from "../helpers";

describe("compare-and-set", () => {
  it("of two changes that expect the same state, exactly one commits and the other changes nothing", async () => {
    const { id } = await submitApplication();
    const db = createDb(env);
    await env.DB.prepare("UPDATE cases SET status = 'in_review' WHERE id = ?").bind(id).run();

    const accept = commit(db, [
      ...moveCase(db, id, { from: ["in_review"], to: "accepted" }, { type: "accepted", actor: "system" }),
    ]);
    const withdraw = commit(db, [
      ...moveCase(db, id, { from: ["in_review"], to: "withdrawn" }, { type: "withdrawn", actor: "staff:x" }),
    ]);
    const results = await Promise.all([accept, withdraw]);

    expect(results.filter(Boolean)).toHaveLength(1);
    const status = await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(id).first<{ status: string }>();
    expect(status?.status).toBe(results[0] ? "accepted" : "withdrawn");
    expect(await countRows("events", "case_id = ? AND type IN ('accepted','withdrawn')", id)).toBe(1);
  });
});
