import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type Language, messages } from "../../src/lib/i18n";
import { countRows, files, r2Keys, request, waitForReviewRequest } from "../helpers";
import { asHtml, expectStatus, expectText } from "../http";
import {
  formFields,
  heldIdsOfForm,
  inputValue,
  postStep,
  type StepName,
  startForm,
  stepAnswers,
  submitForm,
} from "./forms";

/** A new form's key, which a post of the whole form carries as `submissionId`. */
const freshSubmissionId = (role = "family") => startForm(role);

/** Every step's page of a form being filled in, in order. */
async function everyStepPage(role: string) {
  const key = await startForm(role);
  await postStep(key, "you", { "submitter.name": "Someone" }, { role, action: "save" });
  const pages: string[] = [];
  for (const step of Object.keys(stepAnswers) as StepName[])
    pages.push(await (await request(`/apply/${key}/${step}?lang=en`)).text());
  return pages;
}

describe("GET /apply", () => {
  it("first asks who is filling in the form, with plain links (no JavaScript)", async () => {
    const response = await request("/apply", { headers: { "Accept-Language": "en" } });
    const html = await expectText(response, 200);
    expect(html).toContain("Who is filling in this form?");
    for (const role of ["self", "family", "supporter", "defense_attorney"])
      expect(html).toContain(`href="/apply?role=${role}&amp;lang=en"`);
    expect(html).not.toContain("<script");
  });

  it("words the form for the role: 'About you' for the applicant, 'the person convicted' for family", async () => {
    const self = (await everyStepPage("self")).join("\n");
    const family = (await everyStepPage("family")).join("\n");
    expect(self).toContain("<h1>How we can reach you</h1>");
    expect(self).toContain("Why are you innocent?");
    expect(self).not.toContain('name="submitter.name"');
    expect(family).toContain("About the person convicted");
    expect(family).toContain("Why is this person innocent?");
    expect(family).toContain('name="submitter.name"');
  });

  it("names every field by its JSON path and labels it, over the steps", async () => {
    const html = (await everyStepPage("family")).join("\n");
    for (const name of [
      "applicant.name",
      "conviction.jurisdiction",
      "claim.innocenceStatement",
      "contacts.0.email",
      "lawyers.2.email",
    ]) {
      const id = `f-${name.replaceAll(".", "-")}`;
      expect(html).toContain(`name="${name}"`);
      expect(html).toContain(`for="${id}"`);
    }
    expect(html).toContain('name="attachments"');
    expect(html).toContain('enctype="multipart/form-data"');
  });

  /** Each language but English, with a tag a browser set to it might send. */
  const browserTags: Record<Exclude<Language, "en">, string> = {
    es: "es-MX",
    fr: "fr-CA",
    it: "it-IT",
    nl: "nl-BE",
    pt: "pt-BR",
    "zh-Hant": "zh-TW",
    ja: "ja-JP",
  };

  it.each(Object.entries(browserTags) as [Language, string][])(
    "speaks %s when asked by ?lang= or by Accept-Language %s",
    async (lang, tag) => {
      const byQuery = await expectText(await request(`/apply?role=self&lang=${lang}`), 200);
      const byHeader = await expectText(
        await request("/apply?role=self", { headers: { "Accept-Language": `${tag}, en;q=0.5` } }),
        200,
      );
      for (const html of [byQuery, byHeader]) {
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`<h1>${asHtml(messages[lang].apply.sections.submitterSelf)}</h1>`);
      }
    },
  );
});

describe("POST /apply with the whole application at once (every step's fields in one post)", () => {
  it("is the form's contract too: the same field names, one case, the receipt", async () => {
    const key = await freshSubmissionId();
    const response = await submitForm(formFields({ submissionId: key }));
    expect(response.status).toBe(303);
    const kase = await env.DB.prepare("SELECT id FROM cases WHERE idempotency_key = ?")
      .bind(`form:${key}`)
      .first<{ id: string }>();
    await waitForReviewRequest(kase?.id ?? "");
  });
});

describe("POST /apply", () => {
  it("a valid form makes one case and redirects (303) to the receipt with reference and status link", async () => {
    const submissionId = await freshSubmissionId();
    const response = await submitForm(formFields({ submissionId }), [
      { filename: "judgment.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    await expectStatus(response, 303);
    const location = response.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/status\/[A-Za-z0-9_-]{43}\?received=1&lang=en$/);

    const receipt = await request(location);
    const html = await expectText(receipt, 200);
    expect(receipt.headers.get("Cache-Control")).toBe("no-store");
    expect(receipt.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(html).toContain("Your application has been received");
    const reference = html.match(/IN-\d{4}-[A-HJ-NP-Z2-9]{6}/)?.[0];
    expect(reference).toBeDefined();
    expect(html).toContain(`http://intake.test${location.split("?")[0]}`);

    const caseRow = await env.DB.prepare("SELECT id, source FROM cases WHERE reference = ?")
      .bind(reference)
      .first<{ id: string; source: string }>();
    expect(caseRow?.source).toBe("web_form");
    expect(await countRows("attachments", "case_id = ?", caseRow?.id)).toBe(1);
    await waitForReviewRequest(caseRow?.id ?? "");
  });

  it("on errors, comes back to check your answers with every value kept, a summary linking to each field's step and the message next to it", async () => {
    const casesBefore = await countRows("cases");
    const key = await freshSubmissionId();
    const response = await submitForm(
      formFields({
        submissionId: key,
        "applicant.name": "",
        "submitter.email": "maria-at-example",
        "claim.innocenceStatement": "Él estaba en el trabajo. <script>alert(1)</script>",
        "contacts.1.name": "Tom Friend",
        "contacts.1.email": "tom@",
        "consent.dataProcessing": undefined,
      }),
    );
    const html = await expectText(response, 400);
    expect(await countRows("cases")).toBe(casesBefore);
    expect(html).toContain("<h1>Check your answers</h1>");

    expect(html).toContain('class="error-summary"');
    // The summary names each field, in the order the steps ask them.
    const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf("</ul>"));
    expect(summary).toContain("Their full name: Fill this in.");
    expect(summary.indexOf("Your email address")).toBeLessThan(summary.indexOf("Their full name"));
    for (const [id, step] of [
      ["f-applicant-name", "person"],
      ["f-submitter-email", "you"],
      ["f-contacts-1-email", "contacts"],
      ["f-consent-dataProcessing", "permission"],
    ]) {
      expect(html).toContain(`href="/apply/${key}/${step}?from=check&amp;lang=en#${id}"`);
      expect(html).toContain(`id="${id}-error"`);
      // The step it links to shows the problem at the field, which says it is not valid.
      const page = await (await request(`/apply/${key}/${step}?from=check&lang=en`)).text();
      expect(page).toMatch(new RegExp(`id="${id}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${id}"`));
    }
    // The error on the second contact block stays on that block, though the first was empty.
    expect(html).toContain("Enter an email address like name@example.org.");
    expect(html).toContain("maria-at-example");
    expect(html).toContain("Tom Friend");
    expect(html).toContain("Maria Ortega");
    expect(html).toContain("Él estaba en el trabajo. &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    const you = await (await request(`/apply/${key}/you?lang=en`)).text();
    expect(inputValue(you, "submitter.email")).toBe("maria-at-example");
    const claim = await (await request(`/apply/${key}/claim?lang=en`)).text();
    expect(claim).toContain("Él estaba en el trabajo. &lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
    expect(claim).toMatch(/value="alibi" checked/);
  });

  it.each([
    ["submitter.name", "Your full name: Fill this in."],
    ["applicant.name", "Their full name: Fill this in."],
    ["conviction.jurisdiction", "Where was the conviction?: Fill this in."],
    ["conviction.offenses", "What was the conviction for?: Fill this in."],
    ["claim.innocenceStatement", "Why is this person innocent?: Fill this in."],
    ["consent.dataProcessing", "only review the case with this permission"],
  ])("without %s the form comes back with the error at that field and nothing stored", async (name, summary) => {
    const casesBefore = await countRows("cases");
    const response = await submitForm(formFields({ submissionId: await freshSubmissionId(), [name]: undefined }));
    const html = await expectText(response, 400);
    expect(html).toContain(summary);
    expect(html).toContain(`id="f-${name.replaceAll(".", "-")}-error"`);
    expect(await countRows("cases")).toBe(casesBefore);
  });

  it("without an email or postal address the form says so at the email field", async () => {
    const response = await submitForm(formFields({ submissionId: await freshSubmissionId(), "submitter.email": "" }));
    const html = await expectText(response, 400);
    expect(html).toMatch(/id="f-submitter-email-error">Give an email address or a postal address/);
  });

  it("keeps files uploaded with a form that had errors, and attaches them on the corrected retry", async () => {
    const submissionId = await freshSubmissionId();
    const keysBefore = (await r2Keys()).length;
    const first = await submitForm(formFields({ submissionId, "applicant.name": "" }), [
      { filename: "letter.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const html = await expectText(first, 400);
    expect(html).toContain("letter.pdf");
    const [heldId] = await heldIdsOfForm(submissionId);
    expect(heldId).toBeDefined();
    expect(inputValue(html, "submissionId")).toBe(submissionId);
    expect((await r2Keys()).length).toBe(keysBefore + 1);

    // The retry sends no file again, only the held one's id.
    const retry = await submitForm(formFields({ submissionId, heldAttachments: heldId }));
    await expectStatus(retry, 303);
    const attached = await env.DB.prepare("SELECT case_id, draft_id, file_name FROM attachments WHERE id = ?")
      .bind(heldId)
      .first<{ case_id: string | null; draft_id: string | null; file_name: string }>();
    expect(attached?.case_id).toBeTruthy();
    expect(attached?.draft_id).toBeNull();
    expect((await r2Keys()).length).toBe(keysBefore + 1);
  });

  it("a held file id from another form claims nothing", async () => {
    const owner = await freshSubmissionId();
    await (
      await submitForm(formFields({ submissionId: owner, "applicant.name": "" }), [
        { filename: "private.pdf", type: "application/pdf", content: files.pdf() },
      ])
    ).arrayBuffer();
    const [heldId] = await heldIdsOfForm(owner);
    const thief = await submitForm(formFields({ submissionId: await freshSubmissionId(), heldAttachments: heldId }));
    await expectStatus(thief, 303);
    const row = await env.DB.prepare("SELECT case_id FROM attachments WHERE id = ?")
      .bind(heldId)
      .first<{ case_id: string | null }>();
    expect(row?.case_id).toBeNull();
  });

  it("shows a refused file next to the file field and keeps the rest", async () => {
    const response = await submitForm(formFields({ submissionId: await freshSubmissionId() }), [
      { filename: "judgment.pdf", type: "application/pdf", content: files.exeAsPdf() },
    ]);
    const html = await expectText(response, 400);
    expect(html).toContain('id="f-attachments-error"');
    expect(html).toContain("“judgment.pdf” was not added");
    expect(html).toContain("Daniel Ortega");
  });

  it("a double-clicked submit makes one case and both clicks land on the receipt", async () => {
    const submissionId = await freshSubmissionId();
    const fields = formFields({ submissionId });
    const [a, b] = await Promise.all([submitForm(fields), submitForm(fields)]);
    await expectStatus(a, 303);
    await expectStatus(b, 303);
    expect(await countRows("cases", "idempotency_key = ?", `form:${submissionId}`)).toBe(1);
  });

  it("a person applying for themselves gives their name once", async () => {
    const fields = formFields({
      submissionId: await freshSubmissionId("self"),
      "submitter.role": "self",
      "submitter.name": undefined,
      "submitter.relationship": undefined,
      "submitter.email": "",
      "applicant.postalAddress": "SCI Example, PO Box 1, Example PA",
    });
    await expectStatus(await submitForm(fields), 303);
  });
});
