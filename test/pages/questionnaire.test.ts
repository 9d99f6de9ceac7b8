import { describe, expect, it } from "vitest";
import { es } from "../../src/i18n/es";
import { accessJwt, addStaffMember, request } from "../helpers";
import { page } from "./staff-forms";

/** The printed sheet: what goes in the envelope. */
const sheetOf = (html: string) => /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? "";

describe("the printable questionnaire", () => {
  it("lets staff choose an organization, a language and the paper", async () => {
    const response = await page("/staff/questionnaire");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    for (const slug of ["demo-pa", "demo-uk", "demo-jp"]) expect(html).toContain(`<option value="${slug}">`);
    expect(html).toContain('<option value="ja">日本語</option>');
  });

  it("is the application form, blank, in the reader's language, with the organization's return address", async () => {
    const response = await page("/staff/questionnaire?organization=demo-pa&language=es");
    const sheet = sheetOf(await response.text());
    expect(response.status).toBe(200);
    expect(sheet).toContain('lang="es"');
    expect(sheet).toContain("paper-letter");
    expect(sheet).toContain(es.questionnaire.title);
    expect(sheet).toMatch(
      /Envíe este formulario a:<\/strong><br\/?>Keystone Innocence Project \(demo\)<br\/?>PO Box 1234/,
    );
    // The questions of the form, in its order, and its choices to tick.
    const order = [
      es.questionnaire.who,
      es.apply.fields["applicant.nameOther"],
      es.apply.fields["applicant.prisonNumber"],
      es.apply.fields["submitter.name"],
      es.apply.fields["conviction.offenses"],
      es.questionnaire.innocence,
      es.apply.fields["lawyers.trial"],
      es.apply.fields["consent.dataProcessing"],
      es.questionnaire.signature,
    ].map((text) => sheet.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(sheet).toContain(es.apply.choices.appealStatus.direct_appeal_pending);
    expect(sheet).toContain(es.apply.roles.family);
    expect(sheet).not.toMatch(/<input|https?:/);
  });

  it("prints on A4 outside North America, or on the paper chosen", async () => {
    expect(sheetOf(await (await page("/staff/questionnaire?organization=demo-uk&language=en")).text())).toContain(
      "paper-a4",
    );
    expect(
      sheetOf(await (await page("/staff/questionnaire?organization=demo-pa&language=en&paper=a4")).text()),
    ).toContain("paper-a4");
  });

  it("is for staff, and for their own organization", async () => {
    expect((await request("/staff/questionnaire?organization=demo-pa&language=en")).status).toBe(401);
    const identity = `clerk-${crypto.randomUUID().slice(0, 6)}@demo-uk.example.org`;
    await addStaffMember(identity, "org-demo-uk");
    const asClerk = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: identity }) };
    const choices = await (await page("/staff/questionnaire", asClerk)).text();
    expect(choices).toContain('<option value="demo-uk">');
    expect(choices).not.toContain('<option value="demo-pa">');
    const other = await page("/staff/questionnaire?organization=demo-pa&language=en", asClerk);
    expect(other.status).toBe(400);
    expect(await other.text()).not.toContain("PO Box 1234");
    expect((await page("/staff/questionnaire?organization=demo-uk&language=de", asClerk)).status).toBe(400);
  });
});
