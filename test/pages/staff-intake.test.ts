import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  countRows,
  files,
  multipartBody,
  ORIGIN,
  request,
  staffJson,
  validApplication,
  waitUntil,
} from "../helpers";
import { asStaff, page } from "./staff-forms";

const PRISON = "SCI Example\n1 Prison Road\nExampletown, PA 19000";

/** The form's one-time id, as the page gives it. */
async function openForm(role = "self", headers: Record<string, string> = asStaff) {
  const response = await page(`/staff/cases/new?role=${role}`, headers);
  const html = await response.text();
  expect(response.status).toBe(200);
  const submissionId = /name="submissionId" value="([^"]+)"/.exec(html)?.[1];
  expect(submissionId).toBeTruthy();
  return { html, submissionId: submissionId ?? "" };
}

type Part = Parameters<typeof multipartBody>[0][number];

/** A letter from prison as staff type it in, with fields changed or left out (`undefined`). */
function letterFields(submissionId: string, changes: Record<string, string | undefined> = {}): Part[] {
  const fields: Record<string, string | undefined> = {
    "submitter.role": "self",
    submissionId,
    language: "es",
    organization: "demo-pa",
    "applicant.name": "Walter Typed",
    "applicant.prisonNumber": "KX-5150",
    "applicant.postalAddress": PRISON,
    "conviction.jurisdiction": "US-PA",
    "conviction.offenses": "Robbery",
    "claim.innocenceStatement": "I was at my sister's house that night.",
    "consent.dataProcessing": "true",
    ...changes,
  };
  return Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }]));
}

function send(parts: Part[], headers: Record<string, string> = asStaff) {
  const { body, contentType } = multipartBody(parts);
  return request("/staff/cases/new", {
    method: "POST",
    headers: { ...headers, Origin: ORIGIN, "Content-Type": contentType },
    body,
    redirect: "manual",
  });
}

const scan = (name: string): Part => ({
  name: "attachments",
  filename: name,
  type: "application/pdf",
  content: files.pdf(),
});

describe("the paper-intake form", () => {
  it("asks who wrote, then shows the application form's fields with a language to write back in", async () => {
    const choose = await page("/staff/cases/new");
    const html = await choose.text();
    expect(choose.status).toBe(200);
    expect(choose.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain('href="/staff/cases/new?role=family"');
    expect(html).toContain('href="/staff/questionnaire"');

    const { html: form } = await openForm("family");
    for (const name of [
      "applicant.name",
      "submitter.name",
      "conviction.offenses",
      "claim.innocenceStatement",
      "attachments",
    ])
      expect(form).toContain(`name="${name}"`);
    expect(form).toContain('<option value="es">Español</option>');
    expect(form).toContain('enctype="multipart/form-data"');
  });

  it("keeps the scans across a missing field, then saves the case through the usual intake", async () => {
    const cases = await countRows("cases");
    const { submissionId } = await openForm();
    const missing = await send([
      ...letterFields(submissionId, { "claim.innocenceStatement": undefined }),
      scan("page-1.pdf"),
    ]);
    const again = await missing.text();
    expect(missing.status).toBe(400);
    expect(again).toContain('href="#f-claim-innocenceStatement"');
    expect(again).toContain("Files already received");
    expect(again).toContain("page-1.pdf");
    expect(await countRows("cases")).toBe(cases);
    const held = /name="heldAttachments" value="([^"]+)"/.exec(again)?.[1] ?? "";

    const saved = await send([
      ...letterFields(submissionId),
      { name: "heldAttachments", value: held },
      scan("page-2.pdf"),
    ]);
    expect(saved.status).toBe(303);
    const caseId = /^\/staff\/cases\/([^?]+)\?done=entered$/.exec(saved.headers.get("location") ?? "")?.[1] ?? "";
    expect(caseId).not.toBe("");
    expect(await env.DB.prepare("SELECT source, language FROM cases WHERE id = ?").bind(caseId).first()).toEqual({
      source: "paper_mail",
      language: "es",
    });
    expect(await countRows("attachments", "case_id = ?", caseId)).toBe(2);
    const submitted = await env.DB.prepare("SELECT actor FROM events WHERE case_id = ? AND type = 'submitted'")
      .bind(caseId)
      .first();
    expect(submitted).toEqual({ actor: "staff:api-token" });
    // The same workflow as any case: a reviewer is asked; the applicant's acknowledgement waits to be printed.
    await waitUntil("the review request", async () =>
      (await countRows("notifications", "case_id = ? AND template = 'review-request'", caseId)) > 0 ? true : undefined,
    );
    expect(
      await countRows("notifications", "case_id = ? AND template = 'acknowledgement' AND channel = 'post'", caseId),
    ).toBe(1);
    expect(await (await page(`/staff/cases/${caseId}?done=entered`)).text()).toContain(
      "The mailed application was saved",
    );

    // A double-click sends the same form again: still one case.
    const replay = await send(letterFields(submissionId));
    expect(replay.headers.get("location")).toBe(`/staff/cases/${caseId}?done=entered`);
    expect(await countRows("cases")).toBe(cases + 1);
  });

  it("shows other applications about the same person before saving, and saves only once staff say it is new", async () => {
    const earlier = await staffJson(
      "/api/v1/cases",
      "POST",
      validApplication({
        submitter: { role: "self", name: "Walter Dupe", postalAddress: PRISON },
        applicant: { name: "Walter Dupe", prisonNumber: "KX-0777" },
      }),
    );
    const { reference } = await earlier.json<{ reference: string }>();
    const cases = await countRows("cases");

    const { submissionId } = await openForm();
    // The same person, written another way.
    const fields = letterFields(submissionId, { "applicant.name": "DUPE, walter", "applicant.prisonNumber": "kx 777" });
    const warned = await send([...fields, scan("letter.pdf")]);
    const html = await warned.text();
    expect(warned.status).toBe(200);
    expect(html).toContain("Is this a new application?");
    expect(html).toContain(reference);
    expect(html).toContain("name and prison number");
    expect(html).toContain("letter.pdf");
    expect(await countRows("cases")).toBe(cases);

    const fingerprint = /name="duplicatesSeen" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const held = /name="heldAttachments" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const saved = await send([
      ...fields,
      { name: "heldAttachments", value: held },
      { name: "duplicatesSeen", value: fingerprint },
    ]);
    expect(saved.status).toBe(303);
    const caseId = /^\/staff\/cases\/([^?]+)/.exec(saved.headers.get("location") ?? "")?.[1] ?? "";
    expect(await countRows("attachments", "case_id = ?", caseId)).toBe(1);
    expect(await (await page(`/staff/cases/${caseId}`)).text()).toContain(reference);
  });

  it("offers organization staff their own organization only, and refuses a form from another site", async () => {
    const identity = `clerk-${crypto.randomUUID().slice(0, 6)}@demo-uk.example.org`;
    await addStaffMember(identity, "org-demo-uk");
    const asClerk = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: identity }) };
    const { html, submissionId } = await openForm("self", asClerk);
    expect(html).toContain('<option value="demo-uk"');
    expect(html).not.toContain('<option value="demo-pa"');

    const cases = await countRows("cases");
    const elsewhere = await send(letterFields(submissionId), asClerk);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain("You can enter applications for your own organization only.");

    const { body, contentType } = multipartBody(letterFields(submissionId));
    const forged = await request("/staff/cases/new", {
      method: "POST",
      headers: { ...asStaff, Origin: "https://evil.example", "Content-Type": contentType },
      body,
    });
    expect(forged.status).toBe(403);
    expect(await countRows("cases")).toBe(cases);
  });
});
