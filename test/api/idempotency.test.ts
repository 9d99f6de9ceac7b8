import { describe, expect, it } from "vitest";
import { countRows, postApplication, validApplication, waitForReviewRequest } from "../helpers";

type Created = { id: string; reference: string; status: string; statusUrl: string };

describe("Idempotency-Key", () => {
  it("the same key and body return the first case, and make no second case or workflow", async () => {
    const key = crypto.randomUUID();
    const body = validApplication();
    const first = await postApplication(body, { "Idempotency-Key": key });
    const created: Created = await first.json();
    expect(first.status).toBe(201);

    const again = await postApplication(body, { "Idempotency-Key": key });
    const replayed: Created = await again.json();
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect({ id: replayed.id, reference: replayed.reference }).toEqual({
      id: created.id,
      reference: created.reference,
    });
    expect(await countRows("cases", "idempotency_key = ?", `api:${key}`)).toBe(1);

    await waitForReviewRequest(created.id);
    expect(await countRows("notifications", "case_id = ? AND template = 'acknowledgement'", created.id)).toBe(3);
  });

  it("a replay's status link opens the same case", async () => {
    const key = crypto.randomUUID();
    await postApplication(validApplication(), { "Idempotency-Key": key });
    const replayed: Created = await (await postApplication(validApplication(), { "Idempotency-Key": key })).json();
    const { request } = await import("../helpers");
    const token = replayed.statusUrl.split("/").pop();
    const status = await request(`/api/v1/status/${token}`);
    expect(((await status.json()) as { reference: string }).reference).toBe(replayed.reference);
  });

  it("the same key with another body is refused with 422 and changes nothing", async () => {
    const key = crypto.randomUUID();
    const first = await postApplication(validApplication(), { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    const casesBefore = await countRows("cases");
    const other = await postApplication(validApplication({ language: "ja" }), { "Idempotency-Key": key });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
    expect(await countRows("cases")).toBe(casesBefore);
  });

  it("two concurrent requests with one key make one case", async () => {
    const key = crypto.randomUUID();
    const body = validApplication();
    const responses = await Promise.all([
      postApplication(body, { "Idempotency-Key": key }),
      postApplication(body, { "Idempotency-Key": key }),
      postApplication(body, { "Idempotency-Key": key }),
    ]);
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as Created).id));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(ids).size).toBe(1);
    expect(await countRows("cases", "idempotency_key = ?", `api:${key}`)).toBe(1);
  });

  it("refuses a key that is not visible ASCII", async () => {
    const response = await postApplication(validApplication(), { "Idempotency-Key": "x".repeat(300) });
    expect(response.status).toBe(400);
  });
});
