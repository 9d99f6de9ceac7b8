/**
 * Browser tests: the applicant's journey on a phone without JavaScript and on a desktop in Spanish,
 * the reviewer's decision from the dev mailbox, and axe-core on every page in all eight languages.
 * One isolated dev server and one Chromium serve all the tests of this file, in order.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import {
  axe,
  DESKTOP,
  type DevServer,
  describeViolations,
  eventually,
  launchBrowser,
  PHONE,
  screenshot,
  smallPdf,
  startDevServer,
  visibleText,
} from "./harness.ts";

const REFERENCE = new RegExp(`^IN-${new Date().getUTCFullYear()}-[A-Z0-9]{6}$`);
const ACTION_MS = 10_000;

let server: DevServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A case an applicant sent in a test, for the tests after it. */
type SentCase = { reference: string; statusUrl: string; applicantName: string; submitterEmail: string; lang: string };
const sent: SentCase[] = [];

before(
  async () => {
    [server, browser] = await Promise.all([startDevServer(), launchBrowser()]);
  },
  { timeout: 90_000 },
);

after(
  async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close().catch(() => {});
    await server?.stop();
  },
  { timeout: 30_000 },
);

async function newContext(options: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(ACTION_MS);
  context.setDefaultNavigationTimeout(15_000);
  contexts.push(context);
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
    const before = contexts.length;
    try {
      await fn();
    } catch (error) {
      const pages = contexts.slice(before).flatMap((c) => c.pages());
      await Promise.allSettled(pages.map((page, k) => screenshot(page, `FAILED-${number}-${k + 1}`)));
      throw error;
    }
  });
}

const url = (path: string) => new URL(path, server.origin).toString();

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

browserTest(
  "phone without JavaScript, English: an error keeps what was typed and the document, then the receipt",
  { timeout: 90_000 },
  async () => {
    const context = await newContext({ ...PHONE, javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();

    await page.goto(url("/"));
    await page.getByRole("heading", { level: 1, name: "Ask for help with a wrongful conviction" }).waitFor();
    await screenshot(page, "phone-en-1-landing");
    await assertNoHorizontalScroll(page, "landing", 360);

    await page.getByRole("link", { name: "Start an application" }).click();
    await page.getByRole("heading", { name: "Who is filling in this form?" }).waitFor();
    await screenshot(page, "phone-en-2-role");
    await assertNoHorizontalScroll(page, "role picker", 360);

    await page.getByRole("link", { name: "I am a family member" }).click();
    await page.getByRole("heading", { level: 1, name: "Apply for help" }).waitFor();
    assert.ok(await page.getByText("I am a family member").isVisible());

    const applicantName = "Marta Example-Alvarez";
    const typed = {
      "Their full name": applicantName,
      "Prison or inmate number": "QX-4471",
      "Your full name": "Rosa Example",
      "Your relationship to the person convicted": "Sister",
      "Your email address": "rosa.family@example.org",
      "Why is this person innocent?":
        "She was at work across town that night; her timecard and two coworkers confirm it.",
    };
    for (const [label, value] of Object.entries(typed)) await page.getByLabel(label).fill(value);
    await page.getByLabel("Where was the conviction?").selectOption({ label: "United States — PA" });
    await page.getByLabel("I agree that the organization stores").check();
    // "What was the conviction for?" is required and left empty on purpose.
    await page.getByLabel("Add documents").setInputFiles({
      name: "court-judgment.pdf",
      mimeType: "application/pdf",
      buffer: smallPdf("judgment"),
    });
    await screenshot(page, "phone-en-3-form-filled");
    await assertNoHorizontalScroll(page, "form", 360);

    await page.getByRole("button", { name: "Send application" }).click();

    // The summary names the problem and links to the field; the field says what is wrong.
    const summary = page.getByRole("alert");
    await summary.getByRole("heading", { name: "Please check these answers" }).waitFor();
    const summaryLink = summary.getByRole("link", { name: "What was the conviction for?: Fill this in." });
    assert.equal(await summaryLink.getAttribute("href"), "#f-conviction-offenses");
    const offenses = page.getByLabel("What was the conviction for?");
    assert.equal(await offenses.getAttribute("aria-invalid"), "true");
    assert.equal(await visibleText(page.locator("#f-conviction-offenses-error")), "Fill this in.");
    assert.equal(await summary.locator("li").count(), 1, "only the empty field is reported");

    // Everything typed is still there.
    for (const [label, value] of Object.entries(typed)) {
      assert.equal(await page.getByLabel(label).inputValue(), value, `"${label}" kept its value`);
    }
    assert.equal(await page.getByLabel("Where was the conviction?").inputValue(), "US-PA");
    assert.ok(await page.getByLabel("I agree that the organization stores").isChecked(), "consent still ticked");

    // The document is listed as received, ticked, and is not asked for again.
    const held = page.getByRole("group", { name: "Files already received" });
    const heldFile = held.getByRole("checkbox", { name: /^court-judgment\.pdf \(\d+ KB\)$/ });
    assert.ok(await heldFile.isChecked(), "the PDF is kept for the next try");
    await screenshot(page, "phone-en-4-form-errors");
    await assertNoHorizontalScroll(page, "form with errors", 360);

    await offenses.fill("Robbery");
    await page.getByRole("button", { name: "Send application" }).click();

    await page.getByRole("heading", { level: 1, name: "Thank you. Your application has been received." }).waitFor();
    const reference = await fact(page, "Reference");
    assert.match(reference, REFERENCE);
    const linkBox = page.getByRole("heading", { name: "Your private link" }).locator("xpath=following-sibling::p[1]");
    const statusUrl = await visibleText(linkBox);
    assert.match(statusUrl, new RegExp(`^${server.origin}/status/[A-Za-z0-9_-]{20,}$`));
    assert.equal(await fact(page, "Organization"), "Keystone Innocence Project (demo)");
    await screenshot(page, "phone-en-5-receipt");
    await assertNoHorizontalScroll(page, "receipt", 360);
    sent.push({ reference, statusUrl, applicantName, submitterEmail: "rosa.family@example.org", lang: "en" });

    // No sideways scrolling at 360px. The pages above were measured as they were, through
    // Playwright's own evaluation, which works with the page's JavaScript off; the GET-able pages
    // are measured again in a phone context with JavaScript on, as a browser running scripts shows them.
    const measuring = await newContext({ ...PHONE, locale: "en-US" });
    const probe = await measuring.newPage();
    for (const path of ["/", "/apply", "/apply?role=family", `${new URL(statusUrl).pathname}?received=1`]) {
      await probe.goto(url(path));
      await assertNoHorizontalScroll(probe, path.replace(/status\/[^?]+/, "status/…"), 360);
    }
    await measuring.close();
  },
);

browserTest(
  "desktop with JavaScript, Spanish: the same journey, an error and its fix, nothing lost",
  { timeout: 90_000 },
  async () => {
    // Spanish from the browser's Accept-Language; every link then carries ?lang=es.
    const context = await newContext({ ...DESKTOP, locale: "es-ES" });
    const page = await context.newPage();

    await page.goto(url("/"));
    assert.equal(await page.locator("html").getAttribute("lang"), "es");
    await page.getByRole("heading", { level: 1, name: "Pida ayuda por una condena injusta" }).waitFor();
    await screenshot(page, "desktop-es-1-landing");

    await page.getByRole("link", { name: "Empezar una solicitud" }).click();
    await page.getByRole("heading", { name: "¿Quién llena este formulario?" }).waitFor();
    await screenshot(page, "desktop-es-2-role");

    await page.getByRole("link", { name: "Soy un familiar" }).click();
    await page.getByRole("heading", { level: 1, name: "Pedir ayuda" }).waitFor();

    const applicantName = "Joaquín Ejemplo Ruiz";
    const typed = {
      "Su nombre completo": "Lucía Ejemplo",
      "Su relación con la persona condenada": "Madre",
      "Su correo electrónico": "lucia.familia@example.org",
      "¿Por qué delito fue la condena?": "Homicidio",
      "¿Por qué es inocente esta persona?": "Estaba en el hospital con su hija esa noche; hay registros de admisión.",
    };
    for (const [label, value] of Object.entries(typed)) await page.getByLabel(label).fill(value);
    await page.getByLabel("¿Dónde fue la condena?").selectOption({ label: "Estados Unidos — PA" });
    await page
      .getByRole("group", { name: /¿Hubo un juicio/ })
      .getByLabel("Juicio")
      .check();
    await page.getByLabel("Acepto que la organización guarde").check();
    // The person's name ("Nombre completo de la persona") is required and left empty on purpose.
    await page.getByLabel("Agregar documentos").setInputFiles({
      name: "sentencia.pdf",
      mimeType: "application/pdf",
      buffer: smallPdf("sentencia"),
    });
    await page.getByRole("button", { name: "Enviar solicitud" }).click();

    const summary = page.getByRole("alert");
    await summary.getByRole("heading", { name: "Por favor, revise estas respuestas" }).waitFor();
    assert.equal(await summary.locator("li").count(), 1);
    const summaryLink = summary.getByRole("link", { name: /^Nombre completo de la persona: / });
    await screenshot(page, "desktop-es-3-form-errors");

    // The summary's link takes the reader to the field.
    await summaryLink.click();
    await page.waitForURL(/#f-applicant-name$/);
    const nameField = page.getByLabel("Nombre completo de la persona");
    assert.equal(await nameField.getAttribute("aria-invalid"), "true");
    assert.ok(await nameField.isVisible());

    for (const [label, value] of Object.entries(typed)) {
      assert.equal(await page.getByLabel(label).inputValue(), value, `"${label}" kept its value`);
    }
    assert.equal(await page.getByLabel("¿Dónde fue la condena?").inputValue(), "US-PA");
    assert.ok(
      await page
        .getByRole("group", { name: /¿Hubo un juicio/ })
        .getByLabel("Juicio")
        .isChecked(),
    );
    assert.ok(await page.getByLabel("Acepto que la organización guarde").isChecked());
    const held = page.getByRole("group", { name: "Archivos ya recibidos" });
    assert.ok(await held.getByRole("checkbox", { name: /^sentencia\.pdf \(\d+ KB\)$/ }).isChecked());

    await nameField.fill(applicantName);
    await page.getByRole("button", { name: "Enviar solicitud" }).click();

    await page.getByRole("heading", { level: 1, name: "Gracias. Recibimos su solicitud." }).waitFor();
    const reference = await fact(page, "Referencia");
    assert.match(reference, REFERENCE);
    const statusUrl = await visibleText(
      page.getByRole("heading", { name: "Su enlace privado" }).locator("xpath=following-sibling::p[1]"),
    );
    assert.match(statusUrl, new RegExp(`^${server.origin}/status/[A-Za-z0-9_-]{20,}$`));
    await screenshot(page, "desktop-es-4-receipt");
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
 * Sends the family form once with nothing filled in, then with the required fields, running
 * `check` on the empty form, the form with errors and the receipt. Returns the case's reference
 * and the path of its status link.
 */
async function applyAfterErrors(page: Page, lang: string, check: (label: string) => Promise<void>) {
  await page.goto(url(`/apply?role=family&lang=${lang}`));
  await check("form");
  await page.locator('button[type="submit"]').click();
  await page.locator(".error-summary").waitFor();
  await check("form with errors");
  await page.locator("#f-applicant-name").fill(`A11y Applicant ${lang}`);
  await page.locator("#f-submitter-name").fill(`A11y Submitter ${lang}`);
  await page.locator("#f-submitter-email").fill(`a11y.${lang}@example.org`);
  await page.locator("#f-conviction-jurisdiction").selectOption("US-PA");
  await page.locator("#f-conviction-offenses").fill("Burglary");
  await page.locator("#f-claim-innocenceStatement").fill("Mistaken eyewitness identification.");
  await page.locator("#f-consent-dataProcessing").check();
  await page.locator('button[type="submit"]').click();
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
      ];
      for (const [label, path, status] of simplePages) {
        const response = await page.goto(url(path));
        assert.equal(response?.status(), status, `${lang} ${label}: HTTP status`);
        assert.equal(await page.locator("html").getAttribute("lang"), lang, `${lang} ${label}: page language`);
        await check(`${lang} ${label}`);
      }
      // The form, the form with errors (a POST) and the receipt, reached as a person would.
      const sentHere = await applyAfterErrors(page, lang, (label) => check(`${lang} ${label}`));
      cases.push({ lang, ...sentHere });
      await page.goto(url(`${sentHere.statusPath}?lang=${lang}`));
      await check(`${lang} status page`);
    }

    await page.goto(url("/dev/mailbox"));
    await check("dev mailbox");

    // Each case's reviewer link: the review page and, after a decision (a POST), the thank-you page.
    type Mail = { id: string; subject: string; html: string };
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
    }

    assert.equal(found.length, 0, `axe found violations:\n${found.join("\n")}`);
  },
);
