/**
 * Browser tests: the applicant's journey step by step on a phone without JavaScript (saved part-way
 * and resumed with the code in another browser) and on a desktop in Spanish, the reviewer's
 * decision from the dev mailbox, and axe-core on every page, every step included, in all eight languages.
 * One isolated dev server and one Chromium serve all the tests of this file, in order.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import {
  axe,
  browserSession,
  DESKTOP,
  describeViolations,
  eventually,
  PHONE,
  screenshot,
  smallPdf,
  visibleText,
} from "./harness.ts";

const REFERENCE = new RegExp(`^IN-${new Date().getUTCFullYear()}-[A-Z0-9]{6}$`);
const ACTION_MS = 10_000;

const session = browserSession();

/** A case an applicant sent in a test, for the tests after it. */
type SentCase = { reference: string; statusUrl: string; applicantName: string; submitterEmail: string; lang: string };
const sent: SentCase[] = [];

async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await session.newContext(options);
  context.setDefaultTimeout(ACTION_MS);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/**
 * A test whose failure leaves a screenshot of every page it had open (`FAILED-<n>-<k>.png`), so a
 * red CI run shows what the browser showed.
 */
let testNumber = 0;
function browserTest(name: string, options: { timeout: number }, fn: () => Promise<void>) {
  const number = ++testNumber;
  test(name, options, async () => {
    const before = session.contexts.length;
    try {
      await fn();
    } catch (error) {
      const pages = session.contexts.slice(before).flatMap((c) => c.pages());
      await Promise.allSettled(pages.map((page, k) => screenshot(page, `FAILED-${number}-${k + 1}`)));
      throw error;
    }
  });
}

const url = (path: string) => new URL(path, session.server.origin).toString();

/** The text of the `<dd>` that follows the `<dt>` named `term` on a status page. */
async function fact(page: Page, term: string): Promise<string> {
  const dd = page.locator("dl.facts dt", { hasText: term }).first().locator("xpath=following-sibling::dd[1]");
  return visibleText(dd);
}

/**
 * Follows a link as a person would. Links in emails open a new tab (React Email's buttons have
 * `target="_blank"`); then the new tab is returned, else the same page after it navigated.
 */
async function follow(page: Page, link: Locator): Promise<Page> {
  if ((await link.getAttribute("target")) === "_blank") {
    const [opened] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await opened.waitForLoadState();
    return opened;
  }
  await link.click();
  await page.waitForLoadState();
  return page;
}

/** Fails when the document is wider than the screen (the reader would have to scroll sideways). */
async function assertNoHorizontalScroll(page: Page, what: string, width: number) {
  const scrollWidth = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  );
  assert.ok(scrollWidth <= width, `${what}: the page is ${scrollWidth}px wide, more than the ${width}px screen`);
}

const continueButton = (page: Page) => page.locator('button[name="action"][value="continue"]');

/** The "Step n of 8" line, and the step's heading. */
async function onStep(page: Page, progress: string, heading: string) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  assert.equal(await visibleText(page.locator(".progress")), progress);
}

// The warm-up (src/warm-up.tsx) runs where the unit tests cannot put it: in the global scope of a
// real startup, which refuses I/O and random numbers. Any part that failed there is in the log.
test("the server's startup ran every part of the warm-up", () => {
  assert.doesNotMatch(session.server.log(), /warm-up failed/);
});

browserTest(
  "phone without JavaScript, English: three steps, save, resume with the code elsewhere, finish through check your answers",
  { timeout: 150_000 },
  async () => {
    const context = await newContext({ ...PHONE, javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();

    await page.goto(url("/"));
    await page.getByRole("heading", { level: 1, name: "Ask for help with a wrongful conviction" }).waitFor();
    await screenshot(page, "phone-en-1-landing");
    await assertNoHorizontalScroll(page, "landing", 360);

    await page.getByRole("link", { name: "Start an application" }).click();
    await page.getByRole("heading", { name: "Who is filling in this form?" }).waitFor();
    await assertNoHorizontalScroll(page, "role picker", 360);
    await page.getByRole("link", { name: "I am a family member" }).click();

    // Step 1: who you are.
    await onStep(page, "Step 1 of 8", "About you");
    const you = {
      "Your full name": "Rosa Example",
      "Your relationship to the person convicted": "Sister",
      "Your email address": "rosa.family@example.org",
    };
    for (const [label, value] of Object.entries(you)) await page.getByLabel(label).fill(value);
    await screenshot(page, "phone-en-2-step-1");
    await assertNoHorizontalScroll(page, "step 1", 360);
    await continueButton(page).click();

    // Step 2: the person convicted.
    await onStep(page, "Step 2 of 8", "About the person convicted");
    const applicantName = "Marta Example-Alvarez";
    await page.getByLabel("Their full name").fill(applicantName);
    await page.getByLabel("Prison or inmate number").fill("QX-4471");
    await page
      .getByRole("group", { name: /In prison now/ })
      .getByLabel("Yes")
      .check();
    await continueButton(page).click();

    // Step 3: the conviction, sent first without the offense: the error, everything kept.
    await onStep(page, "Step 3 of 8", "The conviction");
    await page.getByLabel("Where was the conviction?").selectOption({ label: "United States — PA" });
    await page.getByLabel("Court").fill("Court of Common Pleas");
    await continueButton(page).click();
    const summary = page.getByRole("alert");
    await summary.getByRole("heading", { name: "Please check these answers" }).waitFor();
    const summaryLink = summary.getByRole("link", { name: "What was the conviction for?: Fill this in." });
    assert.equal(await summaryLink.getAttribute("href"), "#f-conviction-offenses");
    assert.equal(await summary.locator("li").count(), 1, "only the empty field is reported");
    const offenses = page.getByLabel("What was the conviction for?");
    assert.equal(await offenses.getAttribute("aria-invalid"), "true");
    assert.equal(await page.getByLabel("Where was the conviction?").inputValue(), "US-PA");
    assert.equal(await page.getByLabel("Court").inputValue(), "Court of Common Pleas");
    await screenshot(page, "phone-en-3-step-3-errors");
    await assertNoHorizontalScroll(page, "step 3 with errors", 360);
    await offenses.fill("Robbery");
    await continueButton(page).click();

    // Step 4: save and continue later; the code is on the screen to write down.
    await onStep(page, "Step 4 of 8", "Why the conviction is wrong");
    await page.getByRole("button", { name: "Save and continue later" }).click();
    await page.getByRole("heading", { level: 1, name: "Your application is saved" }).waitFor();
    const code = await visibleText(page.locator("#resume-code"));
    assert.match(code, /^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    assert.ok(await page.getByText("We also sent a link to continue to the email address you gave.").isVisible());
    await screenshot(page, "phone-en-4-saved");
    await assertNoHorizontalScroll(page, "saved page", 360);
    await context.close();

    // Another browser (a new session on the tablet): first a wrong code, then the right one.
    const later = await newContext({ ...PHONE, javaScriptEnabled: false, locale: "en-US" });
    const resumed = await later.newPage();
    await resumed.goto(url("/"));
    await resumed.getByRole("link", { name: "Continue a saved application" }).click();
    await resumed.getByRole("heading", { level: 1, name: "Continue a saved application" }).waitFor();
    await resumed.getByLabel("Your code").fill(code.startsWith("A") ? `B${code.slice(1)}` : `A${code.slice(1)}`);
    await resumed.getByRole("button", { name: "Continue" }).click();
    await resumed
      .getByRole("alert")
      .getByText("This code does not open a saved application.", { exact: false })
      .waitFor();
    assert.equal(new URL(resumed.url()).pathname, "/resume", "a wrong code opens nothing");
    await screenshot(resumed, "phone-en-5-wrong-code");
    await assertNoHorizontalScroll(resumed, "resume with a wrong code", 360);
    await resumed.getByLabel("Your code").fill(code.toLowerCase().replace("-", " "));
    await resumed.getByRole("button", { name: "Continue" }).click();

    // Step 4 again, where it was left, with everything before it kept.
    await onStep(resumed, "Step 4 of 8", "Why the conviction is wrong");
    await screenshot(resumed, "phone-en-6-resumed-step-4");
    await resumed.getByRole("button", { name: "Back" }).click();
    await onStep(resumed, "Step 3 of 8", "The conviction");
    assert.equal(await resumed.getByLabel("What was the conviction for?").inputValue(), "Robbery");
    assert.equal(await resumed.getByLabel("Where was the conviction?").inputValue(), "US-PA");
    await continueButton(resumed).click();

    await onStep(resumed, "Step 4 of 8", "Why the conviction is wrong");
    await resumed
      .getByLabel("Why is this person innocent?")
      .fill("She was at work across town that night; her timecard and two coworkers confirm it.");
    await continueButton(resumed).click();
    await onStep(resumed, "Step 5 of 8", "Lawyers");
    await continueButton(resumed).click();
    await onStep(resumed, "Step 6 of 8", "People to keep informed");
    await continueButton(resumed).click();
    await onStep(resumed, "Step 7 of 8", "Documents");
    await resumed.getByLabel("Add documents").setInputFiles({
      name: "court-judgment.pdf",
      mimeType: "application/pdf",
      buffer: smallPdf("judgment"),
    });
    await continueButton(resumed).click();
    await onStep(resumed, "Step 8 of 8", "Permission");
    await resumed.getByLabel("I agree that the organization stores").check();
    await continueButton(resumed).click();

    // Check your answers: every section, with its change link; then send.
    await resumed.getByRole("heading", { level: 1, name: "Check your answers" }).waitFor();
    for (const text of ["Rosa Example", applicantName, "QX-4471", "Robbery", "court-judgment.pdf"])
      assert.ok(await resumed.getByText(text, { exact: false }).first().isVisible(), `${text} is on the check page`);
    assert.equal(await resumed.getByRole("link", { name: /^Change/ }).count(), 8, "a change link per section");
    await screenshot(resumed, "phone-en-7-check");
    await assertNoHorizontalScroll(resumed, "check your answers", 360);
    await resumed.getByRole("button", { name: "Send application" }).click();

    await resumed.getByRole("heading", { level: 1, name: "Thank you. Your application has been received." }).waitFor();
    const reference = await fact(resumed, "Reference");
    assert.match(reference, REFERENCE);
    const linkBox = resumed
      .getByRole("heading", { name: "Your private link" })
      .locator("xpath=following-sibling::p[1]");
    const statusUrl = await visibleText(linkBox);
    assert.match(statusUrl, new RegExp(`^${session.server.origin}/status/[A-Za-z0-9_-]{43}$`));
    assert.equal(await fact(resumed, "Organization"), "Keystone Innocence Project (demo)");
    await screenshot(resumed, "phone-en-8-receipt");
    await assertNoHorizontalScroll(resumed, "receipt", 360);
    sent.push({ reference, statusUrl, applicantName, submitterEmail: "rosa.family@example.org", lang: "en" });

    // The saved code opens nothing once the application is sent.
    await resumed.goto(url("/resume"));
    await resumed.getByLabel("Your code").fill(code);
    await resumed.getByRole("button", { name: "Continue" }).click();
    await resumed.getByRole("alert").waitFor();

    // No sideways scrolling at 360px, measured again with JavaScript on, as a browser running scripts shows them.
    const measuring = await newContext({ ...PHONE, locale: "en-US" });
    const probe = await measuring.newPage();
    for (const path of ["/", "/apply", "/apply?role=family", "/resume", `${new URL(statusUrl).pathname}?received=1`]) {
      await probe.goto(url(path));
      await assertNoHorizontalScroll(probe, path.replace(/status\/[^?]+/, "status/…"), 360);
    }
    await measuring.close();
  },
);

browserTest(
  "desktop with JavaScript, Spanish: the steps, an error and its fix, a document kept, nothing lost",
  { timeout: 120_000 },
  async () => {
    // Spanish from the browser's Accept-Language; every link then carries ?lang=es.
    const context = await newContext({ ...DESKTOP, locale: "es-ES" });
    const page = await context.newPage();
    await page.goto(url("/"));
    assert.equal(await page.locator("html").getAttribute("lang"), "es");
    await page.getByRole("heading", { level: 1, name: "Pida ayuda por una condena injusta" }).waitFor();
    await page.getByRole("link", { name: "Empezar una solicitud" }).click();
    await page.getByRole("heading", { name: "¿Quién llena este formulario?" }).waitFor();
    await page.getByRole("link", { name: "Soy un familiar" }).click();

    await onStep(page, "Paso 1 de 8", "Sobre usted");
    await page.getByLabel("Su nombre completo").fill("Lucía Ejemplo");
    await page.getByLabel("Su relación con la persona condenada").fill("Madre");
    await page.getByLabel("Su correo electrónico").fill("lucia.familia@example.org");
    await continueButton(page).click();

    // The person's name is required and left empty on purpose.
    await onStep(page, "Paso 2 de 8", "Sobre la persona condenada");
    await page.getByLabel("Número de recluso o de prisión").fill("ES-1234");
    await continueButton(page).click();
    const summary = page.getByRole("alert");
    await summary.getByRole("heading", { name: "Por favor, revise estas respuestas" }).waitFor();
    await summary.getByRole("link", { name: /^Nombre completo de la persona: / }).click();
    await page.waitForURL(/#f-applicant-name$/);
    const nameField = page.getByLabel("Nombre completo de la persona");
    assert.equal(await nameField.getAttribute("aria-invalid"), "true");
    assert.equal(await page.getByLabel("Número de recluso o de prisión").inputValue(), "ES-1234");
    await screenshot(page, "desktop-es-1-step-2-errors");
    const applicantName = "Joaquín Ejemplo Ruiz";
    await nameField.fill(applicantName);
    await continueButton(page).click();

    await onStep(page, "Paso 3 de 8", "La condena");
    await page.getByLabel("¿Dónde fue la condena?").selectOption({ label: "Estados Unidos — PA" });
    await page.getByLabel("¿Por qué delito fue la condena?").fill("Homicidio");
    await page
      .getByRole("group", { name: /¿Hubo un juicio/ })
      .getByLabel("Juicio")
      .check();
    await continueButton(page).click();
    await onStep(page, "Paso 4 de 8", "Por qué la condena es injusta");
    await page
      .getByLabel("¿Por qué es inocente esta persona?")
      .fill("Estaba en el hospital con su hija esa noche; hay registros de admisión.");
    await continueButton(page).click();
    await continueButton(page).click();
    await continueButton(page).click();
    await onStep(page, "Paso 7 de 8", "Documentos");
    await page.getByLabel("Agregar documentos").setInputFiles({
      name: "sentencia.pdf",
      mimeType: "application/pdf",
      buffer: smallPdf("sentencia"),
    });
    await continueButton(page).click();
    // Back to the documents: the file is kept, ticked, and not asked for again.
    await onStep(page, "Paso 8 de 8", "Permiso");
    await page.getByRole("button", { name: "Volver" }).click();
    const held = page.getByRole("group", { name: "Archivos ya recibidos" });
    assert.ok(await held.getByRole("checkbox", { name: /^sentencia\.pdf \(\d+ KB\)$/ }).isChecked());
    await continueButton(page).click();
    await page.getByLabel("Acepto que la organización guarde").check();
    await continueButton(page).click();

    await page.getByRole("heading", { level: 1, name: "Revise sus respuestas" }).waitFor();
    assert.ok(await page.getByText("sentencia.pdf", { exact: false }).isVisible());
    await screenshot(page, "desktop-es-2-check");
    await page.getByRole("button", { name: "Enviar solicitud" }).click();

    await page.getByRole("heading", { level: 1, name: "Gracias. Recibimos su solicitud." }).waitFor();
    const reference = await fact(page, "Referencia");
    assert.match(reference, REFERENCE);
    const statusUrl = await visibleText(
      page.getByRole("heading", { name: "Su enlace privado" }).locator("xpath=following-sibling::p[1]"),
    );
    assert.match(statusUrl, new RegExp(`^${session.server.origin}/status/[A-Za-z0-9_-]{20,}$`));
    await screenshot(page, "desktop-es-3-receipt");
    sent.push({ reference, statusUrl, applicantName, submitterEmail: "lucia.familia@example.org", lang: "es" });
  },
);

browserTest(
  "reviewer from the dev mailbox declines; the applicant's status link shows it",
  { timeout: 90_000 },
  async () => {
    assert.ok(sent.length > 0, "needs a case sent by an earlier test");
    const context = await newContext({ ...DESKTOP, locale: "en-US" });
    const page = await context.newPage();

    // The workflow screens and assigns the case, then mails the reviewer; refresh until it is there.
    const references = sent.map((c) => c.reference);
    const subject = new RegExp(`^Case to review — (${references.join("|")})$`);
    await page.goto(url("/dev/mailbox"));
    const message = await eventually("a “Case to review” message in the dev mailbox", async () => {
      const link = page.getByRole("link", { name: subject }).first();
      if (await link.count()) return link;
      await page.reload();
      return undefined;
    });
    const reference = ((await visibleText(message)).match(/IN-\d{4}-[A-Z0-9]{6}/) ?? [""])[0];
    const kase = sent.find((c) => c.reference === reference);
    if (!kase) throw new Error(`the message is about a case not sent here (${reference})`);
    await screenshot(page, "reviewer-1-mailbox");

    await message.click();
    await page.getByRole("heading", { name: `Case to review — ${reference}` }).waitFor();
    await screenshot(page, "reviewer-2-email");

    const reviewPage = await follow(page, page.getByRole("link", { name: "Open the case" }));
    await reviewPage.waitForURL(/\/review\/[A-Za-z0-9_-]+$/);
    await reviewPage.getByRole("heading", { level: 1, name: `Review a case — ${reference}` }).waitFor();
    assert.ok(
      await reviewPage.getByText(kase.applicantName, { exact: true }).isVisible(),
      "the applicant's name is shown",
    );
    await screenshot(reviewPage, "reviewer-3-review");

    await reviewPage.getByLabel("Decline: the organization cannot take the case").check();
    await reviewPage.getByLabel("No capacity right now").check();
    await reviewPage.getByLabel("Note for the organization's team").fill("Declined in the browser test.");
    await reviewPage.getByRole("button", { name: "Send decision" }).click();
    await reviewPage.getByRole("heading", { level: 1, name: "Thank you. Your decision was recorded." }).waitFor();
    await screenshot(reviewPage, "reviewer-4-thanks");

    // The applicant opens their acknowledgement and follows its link, in their own language.
    const es = kase.lang === "es";
    const applicant = await (await newContext({ ...DESKTOP, locale: es ? "es-ES" : "en-US" })).newPage();
    await applicant.goto(url("/dev/mailbox"));
    const ack = `${es ? "Solicitud recibida" : "Application received"} — ${reference}`;
    await applicant
      .getByRole("row")
      .filter({ hasText: kase.submitterEmail })
      .getByRole("link", { name: ack, exact: true })
      .click();
    const status = await follow(
      applicant,
      applicant.getByRole("link", { name: es ? "Ver en qué punto está" : "See where it stands" }),
    );
    await status.waitForURL(/\/status\/[A-Za-z0-9_-]+$/);

    const stageTerm = es ? "Etapa" : "Stage";
    const declined = es ? "La organización no puede tomar este caso." : "The organization cannot take this case.";
    await eventually("the status page to show the decline", async () => {
      if ((await fact(status, stageTerm)) === declined) return true;
      await status.reload();
      return undefined;
    });
    assert.equal(await fact(status, es ? "Referencia" : "Reference"), reference);
    await status
      .getByRole("heading", { name: es ? "Razones que dio la organización" : "Reasons the organization gave" })
      .waitFor();
    assert.ok(
      await status
        .getByText(
          es
            ? "En este momento, esta organización no tiene suficientes abogados ni tiempo para aceptar más casos."
            : "Right now, this organization does not have enough lawyers or time to take more cases.",
        )
        .isVisible(),
    );
    await screenshot(status, "reviewer-5-applicant-status");
  },
);

/**
 * Goes through the family form step by step, running `check` on every step (the first also with
 * its errors), the saved page, "check your answers" and the receipt. Returns the case's reference
 * and the path of its status link.
 */
async function applyThroughSteps(page: Page, lang: string, check: (label: string) => Promise<void>) {
  const proceed = () => page.locator('button[name="action"][value="continue"]').click();
  await page.goto(url(`/apply?role=family&lang=${lang}`));
  await check("step 1");
  await proceed();
  await page.locator(".error-summary").waitFor();
  await check("step 1 with errors");
  await page.locator("#f-submitter-name").fill(`A11y Submitter ${lang}`);
  await page.locator("#f-submitter-email").fill(`a11y.${lang}@example.org`);
  await proceed();
  await page.locator("#f-applicant-name").fill(`A11y Applicant ${lang}`);
  await check("step 2");
  await page.locator('button[name="action"][value="save"]').click();
  await page.locator("#resume-code").waitFor();
  await check("saved");
  await page.locator("a.button").click();
  await proceed();
  await page.locator("#f-conviction-jurisdiction").selectOption("US-PA");
  await page.locator("#f-conviction-offenses").fill("Burglary");
  await check("step 3");
  await proceed();
  await page.locator("#f-claim-innocenceStatement").fill("Mistaken eyewitness identification.");
  await check("step 4");
  for (const step of [5, 6, 7]) {
    await proceed();
    await page.locator(".progress", { hasText: String(step) }).waitFor();
    await check(`step ${step}`);
  }
  await proceed();
  await page.locator("#f-consent-dataProcessing").check();
  await check("step 8");
  await proceed();
  await page.locator('form[action^="/apply?"] button[type="submit"]').waitFor();
  await check("check your answers");
  await page.locator('form[action^="/apply?"] button[type="submit"]').click();
  await page.waitForURL(/\/status\/[^?]+\?received=1/);
  await check("receipt");
  const reference = await visibleText(page.locator(".reference"));
  return { reference, statusPath: new URL(page.url()).pathname };
}

browserTest(
  "axe finds no WCAG 2.2 AA violations on any page, in each of the eight languages",
  { timeout: 300_000 },
  async () => {
    const context = await newContext({ ...DESKTOP, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    /** Runs axe on the page and collects its violations, so one run reports every page. */
    const check = async (label: string) => {
      await screenshot(
        page,
        `axe-${label
          .replace(/\(.*\)/, "")
          .trim()
          .replace(/[^A-Za-z0-9]+/g, "-")}`,
      );
      const violations = await axe(page);
      if (violations.length > 0) found.push(describeViolations(label, violations));
    };

    const languages = ["en", "es", "fr", "it", "nl", "pt", "zh-Hant", "ja"];
    const cases: { lang: string; reference: string; statusPath: string }[] = [];
    for (const lang of languages) {
      const simplePages: [label: string, path: string, status: number][] = [
        ["landing", `/?lang=${lang}`, 200],
        ["role picker", `/apply?lang=${lang}`, 200],
        ["404", `/no-such-page?lang=${lang}`, 404],
        ["broken link", `/status/xxxx?lang=${lang}`, 404],
        ["send me my link", `/reviewer?lang=${lang}`, 200],
        // Last: the wrong resume code below is typed into this page.
        ["resume", `/resume?lang=${lang}`, 200],
      ];
      for (const [label, path, status] of simplePages) {
        const response = await page.goto(url(path));
        assert.equal(response?.status(), status, `${lang} ${label}: HTTP status`);
        assert.equal(await page.locator("html").getAttribute("lang"), lang, `${lang} ${label}: page language`);
        await check(`${lang} ${label}`);
      }
      // A wrong resume code (a POST).
      await page.locator("#f-code").fill("AAAAA-AAAAA");
      await page.locator('form[action^="/resume"] button[type="submit"]').click();
      await page.locator(".error-summary").waitFor();
      await check(`${lang} resume with a wrong code`);
      // Every step of the form, with errors, saved, checked, and the receipt, reached as a person would.
      const sentHere = await applyThroughSteps(page, lang, (label) => check(`${lang} ${label}`));
      cases.push({ lang, ...sentHere });
      await page.goto(url(`${sentHere.statusPath}?lang=${lang}`));
      await check(`${lang} status page`);
    }

    await page.goto(url("/dev/mailbox"));
    await check("dev mailbox");

    // Each case's reviewer link: the review page and, after a decision (a POST), the thank-you page.
    type Mail = { id: string; subject: string; html: string };
    const ownPages: string[] = [];
    for (const { lang, reference } of cases) {
      const mail = await eventually(`the review request for ${reference}`, async () => {
        const mails = (await (await fetch(url("/dev/mailbox.json"))).json()) as Mail[];
        return mails.find((m) => m.subject.endsWith(reference) && m.html.includes("/review/"));
      });
      // The email as the recipient sees it: React Email output, held to the same rules as the pages.
      await page.goto(url(`/dev/mailbox/${mail.id}`));
      await check(`${lang} email view (${mail.subject})`);

      const reviewUrl = (mail.html.match(/href="([^"]*\/review\/[A-Za-z0-9_-]+)"/) ?? [])[1];
      assert.ok(reviewUrl, `the review request has a link: ${mail.subject}`);
      await page.goto(`${reviewUrl}?lang=${lang}`);
      await page.locator("h1", { hasText: reference }).waitFor();
      await check(`${lang} review page`);
      if (lang === "en") {
        // "Show all organizations" opens without JavaScript, on a phone, within the screen.
        const phone = await (await newContext({ ...PHONE, javaScriptEnabled: false, locale: "en-US" })).newPage();
        await phone.goto(`${reviewUrl}?lang=en`);
        const others = phone.locator("details input[name=organization]").first();
        assert.equal(await others.isVisible(), false, "other members start hidden");
        await phone.getByText("Show all organizations").click();
        assert.ok(await others.isVisible(), "other members show after “Show all organizations”");
        await assertNoHorizontalScroll(phone, "review page with every organization shown", 360);
        await phone.context().close();
        await page.getByText("Show all organizations").click();
        await check(`${lang} review page, every organization shown`);
      }
      // A decision sent without choosing one comes back with its errors (a POST; the link stays unused).
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator(".error-summary").waitFor();
      await check(`${lang} review page with errors`);
      await page.locator('input[name="decision"][value="decline"]').check();
      await page.locator('input[name="reasonCodes"][value="other"]').check();
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator('form[method="post"]').waitFor({ state: "detached" });
      assert.equal(await page.locator("html").getAttribute("lang"), lang);
      await check(`${lang} review thank-you page`);

      // The reviewer's own page from the same email, and the case they decided, to read again.
      const ownPage = (mail.html.match(/href="([^"]*\/reviewer\/[A-Za-z0-9_-]+)"/) ?? [])[1];
      assert.ok(ownPage, `the review request links the reviewer's page: ${mail.subject}`);
      ownPages.push(ownPage);
      await page.goto(`${ownPage}?lang=${lang}`);
      await check(`${lang} reviewer's own page`);
      await page.locator(`a[href*="/cases/"]`, { hasText: reference }).first().click();
      await page.locator("h1", { hasText: reference }).waitFor();
      assert.equal(await page.locator('form[method="post"]').count(), 0, "a decided case is read-only");
      await check(`${lang} reviewer's decided case`);
    }

    // The reviewer's page and a decided case on a phone without JavaScript: nothing wider than the screen.
    const phone = await (await newContext({ ...PHONE, javaScriptEnabled: false, locale: "en-US" })).newPage();
    await phone.goto(`${ownPages[0]}?lang=en`);
    await assertNoHorizontalScroll(phone, "reviewer's own page", 360);
    await screenshot(phone, "phone-reviewer-own-page");
    await phone.locator('a[href*="/cases/"]').first().click();
    await phone.locator("h1").waitFor();
    await assertNoHorizontalScroll(phone, "reviewer's decided case", 360);
    await phone.context().close();

    // "Send me my link" answered (a POST), the same page whatever the address.
    await page.goto(url("/reviewer?lang=en"));
    await page.locator("#f-email").fill("someone@example.org");
    await page.locator('form[method="post"] button[type="submit"]').click();
    await page.locator("h1").waitFor();
    await check("en send me my link, answered");

    assert.equal(found.length, 0, `axe found violations:\n${found.join("\n")}`);
  },
);
