import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  countRows,
  files,
  mailbox,
  multipartBody,
  ORIGIN,
  r2Keys,
  request,
  staffRequest,
  validApplication,
  waitForReviewRequest,
} from "../helpers";
import { expectError, expectJson, expectStatus, expectText, shapes } from "../http";

const PRISON_ADDRESS = "Inmate KX-9001\nSCI Example\n1 Prison Road\nExampletown, PA 19000";

/** A letter from prison, typed in by staff: the applicant writes for themselves, by post only. */
function mailedApplication(overrides: Record<string, unknown> = {}) {
  return validApplication({
    submitter: { role: "self", name: "Walter Postal", postalAddress: PRISON_ADDRESS },
    applicant: {
      name: "Walter Postal",
      prisonNumber: "KX-9001",
      facility: "SCI Example",
      postalAddress: PRISON_ADDRESS,
    },
    lawyers: [],
    contacts: [],
    ...overrides,
  });
}

function enterPaper(application: unknown, headers: Record<string, string> = {}) {
  const { body, contentType } = multipartBody([
    { name: "application", value: JSON.stringify(application) },
    { name: "attachments", filename: "letter-page-1.pdf", type: "application/pdf", content: files.pdf() },
    { name: "attachments", filename: "letter-page-2.png", type: "image/png", content: files.png() },
  ]);
  return staffRequest("/api/v1/cases", { method: "POST", headers: { "Content-Type": contentType, ...headers }, body });
}

describe("paper-mail intake", () => {
  it("makes a case with the scans attached, and the same workflow runs; the acknowledgement becomes a letter to print", async () => {
    const created = await expectJson(await enterPaper(mailedApplication()), 201, shapes.createdCase);
    expect(created.reference).toMatch(/^IN-\d{4}-[A-HJ-NP-Z2-9]{6}$/);

    const row = await env.DB.prepare("SELECT source FROM cases WHERE id = ?").bind(created.id).first();
    expect(row).toEqual({ source: "paper_mail" });
    expect(await countRows("attachments", "case_id = ?", created.id)).toBe(2);
    const submitted = await env.DB.prepare("SELECT actor FROM events WHERE case_id = ? AND type = 'submitted'")
      .bind(created.id)
      .first();
    expect(submitted).toEqual({ actor: "staff:api-token" });

    await waitForReviewRequest(created.id);
    const detail = await expectJson(await staffRequest(`/api/v1/cases/${created.id}`), 200, shapes.case);
    expect(detail.contacts).toEqual([
      expect.objectContaining({ role: "applicant", email: null, postalAddress: PRISON_ADDRESS }),
    ]);
    expect(detail.screenings).toHaveLength(1);

    const { notifications } = await expectJson(
      await staffRequest(`/api/v1/cases/${created.id}/notifications`),
      200,
      shapes.notifications,
    );
    expect(notifications).toContainEqual(
      expect.objectContaining({ template: "acknowledgement", channel: "post", status: "pending" }),
    );
    // The applicant has no email address: the one message about the case is the reviewer's request.
    const mailed = (await mailbox()).filter((m) => m.subject.includes(created.reference));
    expect(mailed.map((m) => m.to.split("@")[1])).toEqual(["reviewers.example.org"]);

    // The letters page lists it; printing renders the letter with the prison address, and no link: the
    // applicant is in prison (see test/staff/letters.test.ts for the letter itself).
    const listed = await expectText(await staffRequest("/staff/letters"), 200);
    expect(listed).toContain(created.reference);
    const id = /name="ids" value="([^"]+)"/.exec(listed.slice(0, listed.indexOf(created.reference) + 2000))?.[1];
    expect(id).toBeTruthy();

    const printed = await staffRequest("/staff/letters/print", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: new URLSearchParams({ ids: id ?? "" }),
    });
    const letter = await expectText(printed, 200);
    expect(letter).toContain("Walter Postal");
    expect(letter).toContain("1 Prison Road");
    expect(letter).toContain(created.reference);
    expect(letter).not.toContain("/status/");

    const after = await expectJson(
      await staffRequest(`/api/v1/cases/${created.id}/notifications`),
      200,
      shapes.notifications,
    );
    expect(after.notifications.find((n) => n.template === "acknowledgement")).toMatchObject({
      status: "sent",
      channel: "post",
    });
    expect(await expectText(await staffRequest("/staff/letters"), 200)).not.toContain(created.reference);

    const again = await staffRequest("/staff/letters/print", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: new URLSearchParams({ ids: id ?? "" }),
    });
    expect(await again.text()).not.toContain("1 Prison Road");
  });

  it("printing letters from another site is refused (CSRF) and marks nothing", async () => {
    const response = await enterPaper(mailedApplication({ applicant: { name: "Csrf Target", postalAddress: "A" } }));
    const { id: caseId } = await expectJson(response, 201, shapes.createdCase);
    await waitForReviewRequest(caseId);
    const pending = await env.DB.prepare("SELECT id FROM notifications WHERE case_id = ? AND channel = 'post'")
      .bind(caseId)
      .first<{ id: string }>();
    const forged = await staffRequest("/staff/letters/print", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: new URLSearchParams({ ids: pending?.id ?? "" }),
    });
    await expectStatus(forged, 403);
    const row = await env.DB.prepare("SELECT status FROM notifications WHERE id = ?").bind(pending?.id).first();
    expect(row).toEqual({ status: "pending" });
  });

  it("refuses a bad application with field issues, and keeps no case and no file", async () => {
    const before = await r2Keys();
    const response = await enterPaper(mailedApplication({ applicant: { name: "" } }));
    const body = await expectError(response, 400, "invalid_request");
    expect(body.error.issues?.map((i) => i.path)).toContain("applicant.name");
    expect(await r2Keys()).toEqual(before);
  });

  it("refuses callers who are not staff, before storing anything", async () => {
    const before = await r2Keys();
    const { body, contentType } = multipartBody([
      { name: "application", value: JSON.stringify(mailedApplication()) },
      { name: "attachments", filename: "scan.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const response = await request("/api/v1/cases", { method: "POST", headers: { "Content-Type": contentType }, body });
    await expectError(response, 401, "unauthorized");
    expect(await r2Keys()).toEqual(before);
  });

  it("organization staff enter applications for their own organization only", async () => {
    await addStaffMember("clerk@demo-uk.example.org", "org-demo-uk");
    const jwt = await accessJwt({ email: "clerk@demo-uk.example.org" });
    const cases = await countRows("cases");
    const elsewhere = await request("/api/v1/cases", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Cf-Access-Jwt-Assertion": jwt },
      body: JSON.stringify(mailedApplication({ organization: "demo-pa" })),
    });
    await expectError(elsewhere, 403, "forbidden");
    expect(await countRows("cases")).toBe(cases);

    const own = await request("/api/v1/cases", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Cf-Access-Jwt-Assertion": jwt },
      body: JSON.stringify(
        mailedApplication({
          organization: undefined,
          conviction: { jurisdiction: "GB", offenses: "Theft", trialOrPlea: "trial", appealStatus: "none" },
        }),
      ),
    });
    const created = await expectJson(own, 201, shapes.createdCase);
    const row = await env.DB.prepare("SELECT organization_id FROM cases WHERE id = ?").bind(created.id).first();
    expect(row).toEqual({ organization_id: "org-demo-uk" });
  });
});
