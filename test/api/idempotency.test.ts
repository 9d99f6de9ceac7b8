import { describe, expect, it } from "vitest";
import { countRows, postApplication, request, validApplication, waitForReviewRequest } from "../helpers";
import { expectError, expectJson, expectStatus, shapes } from "../http";

describe("Idempotency-Key", () => {
  it("the same key and body return the first case, and make no second case or workflow", async () => {
    const key = crypto.randomUUID();
    const body = validApplication();
    const first = await postApplication(body, { "Idempotency-Key": key });
    const created = await expectJson(first, 201, shapes.createdCase);

    const again = await postApplication(body, { "Idempotency-Key": key });
    const replayed = await expectJson(again, 201, shapes.createdCase);
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
    const replayed = await expectJson(
      await postApplication(validApplication(), { "Idempotency-Key": key }),
      201,
      shapes.createdCase,
    );
    const token = replayed.statusUrl.split("/").pop();
    const status = await expectJson(await request(`/api/v1/status/${token}`), 200, shapes.caseStatus);
    expect(status.reference).toBe(replayed.reference);
  });

  it("the same key with another body is refused with 422 and changes nothing", async () => {
    const key = crypto.randomUUID();
    await expectStatus(await postApplication(validApplication(), { "Idempotency-Key": key }), 201);
    const casesBefore = await countRows("cases");
    const other = await postApplication(validApplication({ language: "ja" }), { "Idempotency-Key": key });
    await expectError(other, 422, "idempotency_key_reused");
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
    const ids: string[] = [];
    for (const response of responses) ids.push((await expectJson(response, 201, shapes.createdCase)).id);
    expect(new Set(ids).size).toBe(1);
    expect(await countRows("cases", "idempotency_key = ?", `api:${key}`)).toBe(1);
  });

  it("refuses a key that is not visible ASCII", async () => {
    const response = await postApplication(validApplication(), { "Idempotency-Key": "x".repeat(300) });
    await expectError(response, 400, "invalid_request");
  });
});
