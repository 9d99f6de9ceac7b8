import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { multipartBody, request, staffRequest } from "../helpers";
import type { CreatedCase } from "../http";
import { introspectWorkflow, linkFor, postForm, submitCase } from "../workflows/driver";

/**
 * The status page of each person on the applicant's side, at each stage, driven from the links in
 * the dev mailbox: the mother sent the application (in Spanish), the sister and a friend are kept
 * informed, and the lawyer is told too. Pages are read in English (`?lang=en`) unless a test is
 * about the language.
 */
const people = {
  mother: "maria@example.com",
  sister: "sara@example.com",
  lawyer: "ann@lawfirm.example.com",
} as const;
type Person = keyof typeof people;

const sister = {
  role: "family",
  name: "Sara Ortega",
  relationship: "sister",
  email: people.sister,
  language: "en",
  notify: true,
};
const friend = { role: "supporter", name: "Tom Friend", email: "tom@example.com", language: "en", notify: true };

type Links = Record<Person, string>;

async function statusLinks(kase: CreatedCase): Promise<Links> {
  const entries = await Promise.all(
    Object.entries(people).map(async ([person, email]) => [person, await linkFor(kase.reference, "status", email)]),
  );
  return Object.fromEntries(entries);
}

/** The status page as its holder reads it, as plain text (tags dropped, spaces collapsed). */
async function pageText(link: string, lang = "en") {
  const response = await request(`${link}?lang=${lang}`);
  expect(response.status).toBe(200);
  return textOf(await response.text());
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ");
}

async function everyone(links: Links) {
  return {
    mother: await pageText(links.mother),
    sister: await pageText(links.sister),
    lawyer: await pageText(links.lawyer),
  };
}

describe("the status page explains where a case stands, per person and stage", () => {
  it("review, questions to the mother only, an expert, acceptance and the lawyer who took the case", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { contacts: [sister, friend] });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const links = await statusLinks(kase);

    // In review: what is happening, in the mother's words and in everyone else's.
    let pages = await everyone(links);
    expect(pages.mother).toContain(
      "A volunteer reviewer at Keystone Innocence Project (demo) is reading your application.",
    );
    expect(pages.sister).toContain(
      "A volunteer reviewer at Keystone Innocence Project (demo) is reading the application.",
    );
    expect(pages.lawyer).toContain("is reading the application.");
    for (const page of Object.values(pages)) {
      expect(page).toContain("Being reviewed.");
      expect(page).toContain("What happens next");
    }

    // The reviewer asks questions: they went to the mother, who sent the application.
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "request_info",
      questions: "Who can confirm he was at work?",
    });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    pages = await everyone(links);
    expect(pages.mother).toContain("We need information from you");
    expect(pages.mother).toContain("Answer the questions");
    for (const person of ["sister", "lawyer"] as const) {
      expect(pages[person]).not.toContain("from you");
      expect(pages[person]).not.toContain("Answer the questions");
      expect(pages[person]).toContain(
        "Keystone Innocence Project (demo) asked the person who sent the application for more information.",
      );
      expect(pages[person]).toMatch(/This should happen by about \w+ \d{1,2}, \d{4}\./);
    }
    expect(await (await request(`/api/v1/status${links.sister.slice("/status".length)}`)).json()).toMatchObject({
      status: "awaiting_info",
      informationRequested: { fromYou: false },
    });

    // The sister's button (were she to post it) leads nowhere; the mother's opens the answer form.
    const sisterTries = await request(`${links.sister}/answer`, { method: "POST", redirect: "manual" });
    expect(sisterTries.status).toBe(303);
    expect(sisterTries.headers.get("Location")).toMatch(/^\/status\//);
    const opened = await request(`${links.mother}/answer?lang=en`, { method: "POST", redirect: "manual" });
    expect(opened.status).toBe(303);
    const respond = opened.headers.get("Location")?.split("?")[0] ?? "";
    expect(respond).toMatch(/^\/respond\/[A-Za-z0-9_-]{43}$/);
    expect(await (await request(respond)).text()).toContain("Who can confirm he was at work?");
    const { body, contentType } = multipartBody([{ name: "answer", value: "His shift manager." }]);
    const answered = await request(respond, { method: "POST", headers: { "Content-Type": contentType }, body });
    expect(answered.status).toBe(200);
    // One answer spends the request: the emailed link is used up too.
    expect((await request(await linkFor(kase.reference, "respond", people.mother))).status).toBe(409);

    // Round 2: an expert is asked.
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "consult_expert",
      expertEmail: "dr.lab@lab.example.org",
      questions: "Is the identification reliable?",
    });
    await instance.waitForStepResult({ name: "send for consult_expert round 2" });
    pages = await everyone(links);
    for (const page of Object.values(pages)) {
      expect(page).toContain("asked an expert, such as a scientist, for an opinion on the case.");
      expect(page).toMatch(/This should happen by about/);
      expect(page).not.toContain("We need information from you");
    }

    // The expert answers, the reviewer accepts: the organization looks for a lawyer.
    await postForm(await linkFor(kase.reference, "consult"), { opinion: "The line-up was suggestive." });
    await instance.waitForStepResult({ name: "send for assign reviewers round 3" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "accept" });
    await instance.waitForStepResult({ name: "send for offer to referral partner" });
    pages = await everyone(links);
    expect(pages.mother).toContain(
      "Good news: Keystone Innocence Project (demo) has accepted your case for more work.",
    );
    expect(pages.sister).toContain("Keystone Innocence Project (demo) has accepted the case for more work.");
    expect(pages.lawyer).toContain("The organization now looks for a lawyer to take the case.");

    // The referral partner takes it: every page names who.
    await postForm(await linkFor(kase.reference, "referral"), { response: "accept" });
    await instance.waitForStatus("complete");
    pages = await everyone(links);
    expect(pages.mother).toContain("Liberty Pro Bono LLP agreed to work on your case.");
    expect(pages.mother).toContain("they will be in touch with you directly");
    expect(pages.sister).toContain("Liberty Pro Bono LLP agreed to work on the case.");
    expect(pages.lawyer).toContain("Liberty Pro Bono LLP agreed to work on the case.");
    expect(await (await request(`/api/v1/status${links.lawyer.slice("/status".length)}`)).json()).toMatchObject({
      status: "referred",
      referredTo: "Liberty Pro Bono LLP",
    });
  });

  it("a decline shows the reasons and the directory on every person's page, the sister's too", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { contacts: [sister] });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "decline",
      reasonCodes: ["appeals_pending", "capacity"],
    });
    await instance.waitForStatus("complete");
    const pages = await everyone(await statusLinks(kase));
    expect(pages.mother).toContain("cannot take your case");
    expect(pages.sister).toContain("cannot take the case");
    for (const page of Object.values(pages)) {
      expect(page).toContain("Reasons the organization gave");
      expect(page).toContain("The case is still in court, for example in an appeal.");
      expect(page).toContain("Right now, this organization does not have enough lawyers or time to take more cases.");
      expect(page).toContain("Innocence Network UK (demo)");
      expect(page).toContain("This does not mean that the organization thinks the person is guilty.");
    }
  });

  it("every other stage has its own words, for the one who applied and for the others", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { contacts: [sister] });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const links = await statusLinks(kase);
    expect((await staffRequest(`/api/v1/cases/${kase.id}/withdraw`, { method: "POST" })).status).toBe(200);
    let pages = await everyone(links);
    expect(pages.mother).toContain("Your application to Keystone Innocence Project (demo) was withdrawn.");
    expect(pages.sister).toContain("The application to Keystone Innocence Project (demo) was withdrawn.");

    // The stages a case passes through in moments (received, checked, sent on) and the end staff
    // give it, set directly: the case's workflow is stopped, so nothing moves it on meanwhile.
    const expected: [status: string, mother: string, sister: string][] = [
      [
        "submitted",
        "Keystone Innocence Project (demo) has received your application.",
        "First the organization checks that the form is complete",
      ],
      ["screening", "is checking your application against its rules", "is checking the application against its rules"],
      [
        "routed",
        "The conviction happened in a place that Keystone Innocence Project (demo) covers, so your application was sent to them.",
        "Nobody needs to apply again",
      ],
      ["closed", "write to the organization and give your reference number", "has closed this case."],
    ];
    for (const [status, mother, sisterSees] of expected) {
      await env.DB.prepare("UPDATE cases SET status = ? WHERE id = ?").bind(status, kase.id).run();
      pages = await everyone(links);
      expect(pages.mother, status).toContain(mother);
      expect(pages.sister, status).toContain(sisterSees);
    }
  });

  it("a status link in an email opens in its recipient's language, whatever the browser asks for", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitCase(workflows, { contacts: [sister] });
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const links = await statusLinks(kase);

    // The mother chose Spanish; her browser asks for English.
    const mother = await request(links.mother, { headers: { "Accept-Language": "en" } });
    const motherHtml = await mother.text();
    expect(motherHtml).toContain('<html lang="es">');
    expect(motherHtml).toContain(
      "Un revisor voluntario de Keystone Innocence Project (demo) está leyendo su solicitud.",
    );
    // The sister chose English; her browser asks for Japanese.
    const sisterPage = await request(links.sister, { headers: { "Accept-Language": "ja" } });
    expect(await sisterPage.text()).toContain('<html lang="en">');
    // The page's own language switch still wins.
    const switched = await request(`${links.mother}?lang=ja`);
    expect(await switched.text()).toContain('<html lang="ja">');
  });
});
