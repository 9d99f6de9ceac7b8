import { describe, expect, it } from "vitest";
import {
  type PersonalTemplateName,
  type PersonalTemplateProps,
  personalTemplates,
  renderEmail,
  renderPersonalEmail,
  type TemplateName,
  type TemplateProps,
  templates,
} from "../../emails";
import { languages } from "../../src/lib/i18n";

const names = Object.keys(templates) as TemplateName[];

/** The registry seen by name, so that each template's preview props keep their type. */
const previews: { [T in TemplateName]: { component: { PreviewProps: TemplateProps<T> } } } = templates;

function previewProps<T extends TemplateName>(name: T, language: (typeof languages)[number]): TemplateProps<T> {
  return { ...previews[name].component.PreviewProps, language };
}

const personalPreviews: {
  [T in PersonalTemplateName]: { component: { PreviewProps: PersonalTemplateProps<T> } };
} = personalTemplates;

function personalPreview<T extends PersonalTemplateName>(
  name: T,
  language: (typeof languages)[number],
): PersonalTemplateProps<T> {
  return { ...personalPreviews[name].component.PreviewProps, language };
}

/** Props that carry a person's or an organization's name, which a subject line must never show. */
function namesIn(props: Record<string, unknown>): string[] {
  return Object.entries(props)
    .filter(([key, value]) => (key.endsWith("Name") || key === "detail") && typeof value === "string" && value !== "")
    .map(([, value]) => String(value));
}

function urlsIn(props: Record<string, unknown>): string[] {
  return Object.entries(props)
    .filter(([key, value]) => key.endsWith("Url") && typeof value === "string")
    .map(([, value]) => String(value));
}

describe("email templates", () => {
  it("registers every template", () => {
    expect(names.sort()).toEqual(
      [
        "acknowledgement",
        "applied-for-you",
        "case-accepted",
        "case-declined",
        "case-referred",
        "case-routed",
        "expert-request",
        "info-request",
        "preservation-request",
        "referral-request",
        "review-released",
        "review-reminder",
        "review-request",
        "staff-alert",
        "staff-message",
      ].sort(),
    );
  });

  for (const name of names) {
    for (const language of languages) {
      it(`renders ${name} in ${language}`, async () => {
        const props: Record<string, unknown> = previewProps(name, language);
        const email = await renderEmail(name, previewProps(name, language));

        // Every message about a case names it.
        expect(email.subject).toContain(String(props.reference));
        for (const personal of namesIn(props)) expect(email.subject).not.toContain(personal);

        const urls = urlsIn(props);
        // Updates, staff messages, the letter to an evidence custodian and the one to a person in prison carry no link.
        const linkless = ["review-released", "preservation-request", "applied-for-you"].includes(name);
        if (!linkless && !name.startsWith("staff-") && !name.startsWith("case-"))
          expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) expect(email.text).toContain(url);

        expect(email.html).toContain(`lang="${language}"`);
        expect(email.text).toContain(String(props.reference));
      });
    }
  }

  for (const name of Object.keys(personalTemplates) as PersonalTemplateName[]) {
    for (const language of languages) {
      it(`renders the personal message ${name} in ${language}, its link in the text and no name in the subject`, async () => {
        const props = personalPreview(name, language);
        const email = await renderPersonalEmail(name, props);
        const urls = urlsIn(props);
        expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) expect(email.text).toContain(url);
        for (const personal of namesIn(props)) expect(email.subject).not.toContain(personal);
        expect(email.html).toContain(`lang="${language}"`);
      });
    }
  }

  it("gives each review-request reason its own subject", async () => {
    const base = templates["review-request"].component.PreviewProps;
    const subjects = new Set<string>();
    for (const reason of ["new", "answer_received", "opinion_received", "reassigned", "returned"] as const) {
      subjects.add((await renderEmail("review-request", { ...base, reason })).subject);
    }
    expect(subjects.size).toBe(5);
  });

  it("mentions flags only when there are some", async () => {
    const base = templates["review-request"].component.PreviewProps;
    expect((await renderEmail("review-request", { ...base, flags: 3 })).text).toContain("3 points");
    expect((await renderEmail("review-request", { ...base, flags: 0 })).text).not.toContain("points");
  });

  it("formats the due date in the reader's language", async () => {
    const base = templates["review-request"].component.PreviewProps;
    const march15: Record<(typeof languages)[number], string> = {
      en: "March 15, 2026",
      es: "15 de marzo de 2026",
      fr: "15 mars 2026",
      it: "15 marzo 2026",
      nl: "15 maart 2026",
      pt: "15 de março de 2026",
      "zh-Hant": "2026年3月15日",
      ja: "2026年3月15日",
    };
    for (const language of languages) {
      const email = await renderEmail("review-request", { ...base, language, dueDate: "2026-03-15" });
      expect(email.text, language).toContain(march15[language]);
    }
  });

  it("names Traditional Chinese fonts for zh-Hant and Japanese ones for ja, never the other's", async () => {
    const base = templates.acknowledgement.component.PreviewProps;
    const chinese = (await renderEmail("acknowledgement", { ...base, language: "zh-Hant" })).html;
    const japanese = (await renderEmail("acknowledgement", { ...base, language: "ja" })).html;
    expect(chinese).toContain("Noto Sans TC");
    expect(chinese).not.toContain("Noto Sans JP");
    expect(chinese).not.toContain("Hiragino");
    expect(japanese).toContain("Noto Sans JP");
    expect(japanese).not.toContain("Noto Sans TC");
  });

  it("warns on the last reminder only", async () => {
    const base = templates["review-reminder"].component.PreviewProps;
    const last = await renderEmail("review-reminder", { ...base, remindersLeft: 0 });
    const earlier = await renderEmail("review-reminder", { ...base, remindersLeft: 2 });
    expect(last.text).toContain("another reviewer");
    expect(earlier.text).not.toContain("another reviewer");
  });

  it("keeps the line breaks of free-text questions", async () => {
    const base = templates["info-request"].component.PreviewProps;
    const email = await renderEmail("info-request", { ...base, questions: "First question?\nSecond question?" });
    expect(email.html).toMatch(/First question\?<br\/?>Second question\?/);
    expect(email.text).toMatch(/First question\?\s*\n\s*Second question\?/);
  });

  it("writes the plain-text part from the same texts: each paragraph once, links spelled out, no hidden preview", async () => {
    const base = templates.acknowledgement.component.PreviewProps;
    const email = await renderEmail("acknowledgement", base);
    const lines = email.text.split("\n");
    expect(lines[0]).toBe(email.subject);
    expect(email.text).toContain(`${base.statusUrl}`);
    expect(email.text.match(/Dear Maria Example,/g)).toHaveLength(1);
    // The inbox preview repeats the subject inside a hidden element; the text shows it once, as a heading.
    expect(email.text.split(email.subject)).toHaveLength(2);
    expect(email.text).not.toMatch(/[\u200b-\u200f\ufeff]/);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it("lists decline reasons and the directory, linking only safe websites", async () => {
    const base = templates["case-declined"].component.PreviewProps;
    const email = await renderEmail("case-declined", {
      ...base,
      directory: [
        { name: "Safe Org", jurisdictions: "Ohio", website: "example.org/help" },
        { name: "Bad Org", jurisdictions: "Utah", website: "javascript:alert(1)" },
      ],
    });
    for (const reason of base.reasons) expect(email.text).toContain(reason);
    expect(email.html).toContain('href="https://example.org/help"');
    expect(email.html).not.toContain("javascript:");
    expect(email.text).toContain("Bad Org");
  });

  it("the resume link of a saved form says until when it is kept, in the reader's language, and nothing about the person", async () => {
    const base = personalTemplates["draft-saved"].component.PreviewProps;
    const email = await renderPersonalEmail("draft-saved", { ...base, language: "es", keptUntil: "2026-12-30" });
    expect(email.subject).toBe("Su solicitud guardada");
    expect(email.text).toContain("30 de diciembre de 2026");
    expect(email.text).toContain(base.resumeUrl);
  });

  it("tells a person in prison who applied for them, and asks for their written agreement only when the organization needs it", async () => {
    const base = templates["applied-for-you"].component.PreviewProps;
    const asking = await renderEmail("applied-for-you", base);
    expect(asking.text).toContain("Maria Example (mother) has asked Keystone Innocence Project (demo)");
    expect(asking.text).toContain("agree in writing");
    const telling = await renderEmail("applied-for-you", {
      ...base,
      relationship: undefined,
      confirmationRequired: false,
    });
    expect(telling.text).toContain("Maria Example (a family member)");
    expect(telling.text).not.toContain("agree in writing");
    expect(telling.text).toContain("We will keep Maria Example informed");
  });

  it("prints as a letter without the heading, button, reference and footer; without a link, questions are answered on paper", async () => {
    const base = templates["info-request"].component.PreviewProps;
    const online = (await renderEmail("info-request", base)).letterText;
    expect(online).toContain("You can answer on the page below");
    expect(online.match(/example-token/g)).toHaveLength(1);
    expect(online).not.toContain("Answer the questions");

    const onPaper = (await renderEmail("info-request", { ...base, respondUrl: undefined })).letterText;
    for (const gone of [
      "QUESTIONS ABOUT",
      "Questions about the application",
      "IN-2026-K7M3QX",
      "You receive this message",
      "http",
    ])
      expect(onPaper).not.toContain(gone);
    expect(onPaper).toContain("Please write your answers on paper and post them to us.");
    expect(onPaper).toContain("1. Who was the lawyer at the trial?\n2. Do you have the names");
    expect(onPaper).toContain("Please answer by April 1, 2026.");
  });

  it("rejects props that are not valid", async () => {
    const base = templates["review-request"].component.PreviewProps;
    await expect(renderEmail("review-request", { ...base, reviewUrl: "not a url" })).rejects.toThrow();
    await expect(renderEmail("review-request", { ...base, dueDate: "15/03/2026" })).rejects.toThrow();
  });
});
