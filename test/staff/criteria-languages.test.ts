import { beforeAll, describe, expect, it } from "vitest";
import { languages, messages } from "../../src/lib/i18n";
import { request, staffJson, staffRequest, submitApplication, waitForReviewRequest } from "../helpers";
import { expectInvalid, expectJson, expectText, shapes } from "../http";
import { linkFor } from "../workflows/driver";

/**
 * An organization of its own, in a place no demo member serves, so that its criteria versions and
 * its one reviewer are this file's alone.
 */
const SLUG = "demo-lang";
const JURISDICTION = "BE";

/** One criterion only a person can judge (so it is listed for the reviewer), asked in some languages. */
const ASKED = {
  id: "new_evidence",
  question: "Is there evidence the court never heard?",
  questions: {
    es: "¿Hay pruebas que el tribunal nunca escuchó?",
    "zh-Hant": "有沒有法院從來沒有審查過的證據？",
    ja: "裁判所が一度も検討していない証拠はありますか？",
  },
  onFail: "flag",
} as const;

let reviewLink: string;

beforeAll(async () => {
  await expectJson(
    await staffJson("/api/v1/organizations", "POST", {
      slug: SLUG,
      name: "Languages Test Project (demo)",
      languages: ["en", "es"],
      intakeEmail: `intake@${SLUG}.example.org`,
      jurisdictions: [JURISDICTION],
    }),
    201,
    shapes.organization,
  );
  await expectJson(
    await staffJson(`/api/v1/organizations/${SLUG}/reviewers`, "POST", {
      name: "Lena Reviewer",
      email: `lena@${SLUG}.example.org`,
      language: "es",
    }),
    201,
  );
  await expectJson(
    await staffJson(`/api/v1/organizations/${SLUG}/criteria`, "POST", { criteria: [ASKED] }),
    201,
    shapes.criteriaVersion,
  );
  const kase = await submitApplication({
    organization: SLUG,
    conviction: { jurisdiction: JURISDICTION, offenses: "Burglary" },
  });
  await waitForReviewRequest(kase.id);
  reviewLink = await linkFor(kase.reference, "review");
});

describe("a criterion's question in several languages", () => {
  it("the criteria API keeps `questions` beside `question`, as sent", async () => {
    const { versions } = await expectJson(
      await staffRequest(`/api/v1/organizations/${SLUG}/criteria`),
      200,
      shapes.criteriaVersions,
    );
    expect(versions[0]?.criteria).toEqual([ASKED]);
  });

  it("a criterion without `questions` is still accepted, as before", async () => {
    const { criteria } = await expectJson(
      await staffJson(`/api/v1/organizations/${SLUG}/criteria`, "POST", {
        criteria: [{ id: ASKED.id, question: ASKED.question, onFail: "flag" }],
      }),
      201,
      shapes.criteriaVersion,
    );
    expect(criteria).toEqual([{ id: ASKED.id, question: ASKED.question, onFail: "flag" }]);
    // Put the multilingual version back as the current one, for the next tests' new cases.
    await staffJson(`/api/v1/organizations/${SLUG}/criteria`, "POST", { criteria: [ASKED] });
  });

  it.each([
    ["a language the service does not speak", { de: "Gibt es neue Beweise?" }, "criteria.0.questions"],
    ["a blank translation", { es: "   " }, "criteria.0.questions.es"],
    ["a translation that is not text", { ja: 42 }, "criteria.0.questions.ja"],
  ])("%s → 400 naming it", async (_, questions, path) => {
    await expectInvalid(
      await staffJson(`/api/v1/organizations/${SLUG}/criteria`, "POST", {
        criteria: [{ ...ASKED, questions }],
      }),
      [path],
    );
  });

  it("the reviewer reads the question in the language of their page, where the organization gave one", async () => {
    for (const lang of ["es", "zh-Hant", "ja"] as const) {
      const html = await expectText(await request(`${reviewLink}?lang=${lang}`), 200, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h2>${messages[lang].caseView.screening}</h2>`);
      expect(html).toContain(ASKED.questions[lang]);
      expect(html).not.toContain(ASKED.question);
    }
    const byHeader = await request(reviewLink, { headers: { "Accept-Language": "es-MX,es;q=0.9" } });
    expect(await expectText(byHeader, 200)).toContain(ASKED.questions.es);
    const fromTaiwan = await request(reviewLink, { headers: { "Accept-Language": "zh-TW,zh;q=0.9" } });
    expect(await expectText(fromTaiwan, 200)).toContain(ASKED.questions["zh-Hant"]);
  });

  it("and in `question`, the organization's own wording, in every language it gave none for", async () => {
    const without = languages.filter((lang) => !Object.hasOwn(ASKED.questions, lang));
    expect(without).toContain("en");
    for (const lang of without) {
      const html = await expectText(await request(`${reviewLink}?lang=${lang}`), 200, lang);
      expect(html).toContain(ASKED.question);
    }
  });
});
