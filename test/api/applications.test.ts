import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  acknowledgementsFor,
  countRows,
  files,
  postApplication,
  postMultipart,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { expectJson, shapes } from "../http";

describe("POST /api/v1/applications (JSON)", () => {
  it("makes one case, one workflow and one acknowledgement per consenting recipient", async () => {
    const created = await expectJson(await postApplication(validApplication()), 201, shapes.createdCase);
    expect(created.reference).toMatch(/^IN-\d{4}-[A-HJ-NP-Z2-9]{6}$/);
    expect(created.status).toBe("submitted");
    expect(created.statusUrl).toMatch(/^http:\/\/intake\.test\/status\/[A-Za-z0-9_-]{43}$/);

    expect(await countRows("cases", "id = ?", created.id)).toBe(1);
    await waitForReviewRequest(created.id);

    const sent = await acknowledgementsFor(created.reference);
    expect(sent.map((m) => m.to).sort()).toEqual(["ann@lawfirm.example.com", "maria@example.com", "tom@example.com"]);
    const toMaria = sent.find((m) => m.to === "maria@example.com");
    // Maria asked for Spanish; her supporter Tom for English.
    expect(toMaria?.subject).toBe(`Solicitud recibida — ${created.reference}`);
    expect(sent.find((m) => m.to === "tom@example.com")?.subject).toBe(`Application received — ${created.reference}`);
    expect(toMaria?.text).toContain(created.reference);
    expect(toMaria?.text).toMatch(/http:\/\/intake\.test\/status\/[A-Za-z0-9_-]{43}/);
    expect(
      await countRows("notifications", "case_id = ? AND template = 'acknowledgement' AND status = 'sent'", created.id),
    ).toBe(3);
    expect(
      await countRows(
        "events",
        "case_id = ? AND type = 'notified' AND json_extract(data, '$.template') = 'acknowledgement'",
        created.id,
      ),
    ).toBe(3);
  });

  it("routes by jurisdiction when no organization is chosen", async () => {
    const response = await postApplication(
      validApplication({ organization: undefined, conviction: { jurisdiction: "JP-13", offenses: "Arson" } }),
    );
    const created = await expectJson(response, 201, shapes.createdCase);
    const row = await env.DB.prepare("SELECT organization_id FROM cases WHERE id = ?").bind(created.id).first();
    expect(row).toEqual({ organization_id: "org-demo-jp" });
    await waitForReviewRequest(created.id);
  });

  it("never lets unknown fields reach the database", async () => {
    const response = await postApplication({
      ...validApplication(),
      status: "accepted",
      organizationId: "org-demo-uk",
      reference: "IN-2026-AAAAAA",
      submitter: { ...validApplication().submitter, isSubmitter: false, role: "family" },
    });
    const created = await expectJson(response, 201, shapes.createdCase);
    const row = await env.DB.prepare("SELECT status, organization_id, reference, application FROM cases WHERE id = ?")
      .bind(created.id)
      .first<{ status: string; organization_id: string; reference: string; application: string }>();
    expect(row?.status).toBe("submitted");
    expect(row?.organization_id).toBe("org-demo-pa");
    expect(row?.reference).not.toBe("IN-2026-AAAAAA");
    expect(row?.application).not.toContain("organizationId");
    expect(row?.application).not.toContain("isSubmitter");
    await waitForReviewRequest(created.id);
  });
});

describe("POST /api/v1/applications (multipart)", () => {
  it("stores the application and its files in R2 with their SHA-256", async () => {
    const pdf = files.pdf();
    const response = await postMultipart([
      { name: "application", value: JSON.stringify(validApplication()) },
      { name: "attachments", filename: "judgment.pdf", type: "application/pdf", content: pdf },
      { name: "attachments", filename: "photo.png", type: "image/png", content: files.png() },
    ]);
    const created = await expectJson(response, 201, shapes.createdCase);

    const stored = await env.DB.prepare(
      "SELECT r2_key, file_name, content_type, size, sha256 FROM attachments WHERE case_id = ? ORDER BY file_name",
    )
      .bind(created.id)
      .all<{ r2_key: string; file_name: string; content_type: string; size: number; sha256: string }>();
    expect(stored.results.map((a) => [a.file_name, a.content_type, a.size])).toEqual([
      ["judgment.pdf", "application/pdf", pdf.byteLength],
      ["photo.png", "image/png", 16],
    ]);
    const judgment = stored.results[0];
    if (!judgment) throw new Error("no attachment row");
    const expectedHash = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", pdf)), (b) =>
      b.toString(16).padStart(2, "0"),
    ).join("");
    expect(judgment.sha256).toBe(expectedHash);
    expect(judgment.r2_key).toMatch(/^attachments\/[0-9a-f-]{36}$/);
    const object = await env.ATTACHMENTS.get(judgment.r2_key);
    expect(new Uint8Array((await object?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(pdf);
    await waitForReviewRequest(created.id);
    expect(await acknowledgementsFor(created.reference)).toHaveLength(3);
  });
});
