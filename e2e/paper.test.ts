/**
 * The paper route in a real browser: an intake coordinator types in a mailed application (an error,
 * then a duplicate warning on the way), prints the blank questionnaire, and prints the letters to
 * people in prison. axe-core checks every page in every state; the print views are printed to PDF
 * with their own page size (A4 or US Letter), one letter per page, with no link in them.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import {
  ARTIFACTS,
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

const session = browserSession();

/**
 * A signed-in staff browser. axe runs as a script, so these contexts keep JavaScript on and let the
 * script in past the CSP; the pages themselves use none (the integration tests post their forms
 * as a browser without JavaScript does).
 */
async function staffPage(options: typeof DESKTOP): Promise<Page> {
  const context = await session.staffContext({ ...options, bypassCSP: true });
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

const url = (path: string) => new URL(path, session.server.origin).toString();

async function assertAxeClean(page: Page, label: string) {
  const violations = await axe(page);
  assert.deepEqual(violations.length === 0 ? [] : [describeViolations(label, violations)], []);
}

/** Prints the page to PDF with the size its CSS asks for; returns each page's size in points, `612x792`. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  await page.emulateMedia({ media: "screen" });
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    ([, w, h]) => `${Math.round(Number(w))}x${Math.round(Number(h))}`,
  );
}

const US_LETTER = "612x792";
const A4 = "595x842";

const references: string[] = [];

/** Fills the form as the letter from prison says it. */
async function typeLetter(page: Page, prisonNumber: string) {
  await page.getByLabel("Language to write back in").selectOption({ label: "Español" });
  await page.getByLabel("Your full name").fill("Tomás Papel");
  await page.getByLabel("Prison or inmate number").fill(prisonNumber);
  await page.getByLabel("Postal address in prison").fill("SCI Example\n1 Prison Road\nExampletown, PA 19000");
  await page.getByLabel("Where was the conviction?").selectOption({ label: "United States — PA" });
  await page.getByLabel("Why are you innocent?").fill("I was at my sister's house; two neighbours saw me there.");
  await page.getByLabel("I agree that the organization stores").check();
}

test("a coordinator types in a mailed application: a missing answer, then the scans kept, then the case", async () => {
  const page = await staffPage(PHONE);
  await page.goto(url("/staff/cases/new"));
  await page.getByRole("heading", { level: 2, name: "Who wrote to you?" }).waitFor();
  await assertAxeClean(page, "paper intake: who wrote");
  await page.getByRole("link", { name: "The person convicted (most letters from prison)" }).click();
  await page.getByRole("heading", { level: 1, name: "Enter a mailed application" }).waitFor();
  await assertAxeClean(page, "paper intake: form");

  await typeLetter(page, "PX-2024");
  // "What was the conviction for?" is left empty on purpose.
  await page.getByLabel("Add documents").setInputFiles({
    name: "letter-page-1.pdf",
    mimeType: "application/pdf",
    buffer: smallPdf("letter"),
  });
  await page.getByRole("button", { name: "Save the application" }).click();

  const summary = page.getByRole("alert");
  await summary.getByRole("link", { name: "What was the conviction for?: Fill this in." }).waitFor();
  const held = page.getByRole("group", { name: "Files already received" });
  assert.ok(await held.getByRole("checkbox", { name: /^letter-page-1\.pdf/ }).isChecked(), "the scan is kept");
  assert.equal(await page.getByLabel("Your full name").inputValue(), "Tomás Papel");
  await assertAxeClean(page, "paper intake: form with an error");
  await screenshot(page, "paper-intake-error");

  await page.getByLabel("What was the conviction for?").fill("Burglary");
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByText("The mailed application was saved").waitFor();
  const heading = await visibleText(page.getByRole("heading", { level: 1 }));
  references.push(heading.replace(/^Case /, ""));
  assert.match(await visibleText(page.locator("main")), /letter-page-1\.pdf/);
  await screenshot(page, "paper-intake-saved");
});

test("the same person typed in again: the earlier application is shown before anything is saved", async () => {
  const page = await staffPage(DESKTOP);
  await page.goto(url("/staff/cases/new?role=self"));
  await typeLetter(page, "px 2024");
  await page.getByLabel("What was the conviction for?").fill("Burglary");
  await page.getByRole("button", { name: "Save the application" }).click();

  const warning = page.getByRole("alert");
  await warning.getByRole("heading", { name: "Is this a new application?" }).waitFor();
  assert.ok(await warning.getByRole("link", { name: references[0] }).isVisible(), "the earlier case is linked");
  await assertAxeClean(page, "paper intake: duplicate warning");
  await screenshot(page, "paper-intake-duplicate");

  await page.getByLabel("I checked the applications listed at the top").check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByText("The mailed application was saved").waitFor();
  references.push((await visibleText(page.getByRole("heading", { level: 1 }))).replace(/^Case /, ""));
});

test("the blank questionnaire prints with the return address, in the reader's language, on the organization's paper", async () => {
  const page = await staffPage(DESKTOP);
  await page.goto(url("/staff/questionnaire"));
  await assertAxeClean(page, "questionnaire: choice");
  await page.getByLabel("Organization").selectOption({ label: "Keystone Innocence Project (demo)" });
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Español" });
  await page.getByRole("button", { name: "Show the questionnaire" }).click();

  const sheet = page.locator("article.questionnaire");
  await sheet.waitFor();
  assert.equal(await sheet.getAttribute("lang"), "es");
  const text = await visibleText(sheet);
  assert.match(text, /Envíe este formulario a:\s*Keystone Innocence Project \(demo\)\s*PO Box 1234/);
  assert.doesNotMatch(text, /https?:/);
  await assertAxeClean(page, "questionnaire: print view");

  assert.deepEqual([...new Set(await printedPages(page, "questionnaire-demo-pa"))], [US_LETTER]);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".no-print").isVisible(), false, "the staff notes are not printed");
  await screenshot(page, "questionnaire-print");
  await page.emulateMedia({ media: "screen" });

  await page.goto(url("/staff/questionnaire?organization=demo-uk&language=en"));
  assert.deepEqual([...new Set(await printedPages(page, "questionnaire-demo-uk"))], [A4]);
});

test("letters to people in prison print one per page, with the address and reference and no link", async () => {
  const page = await staffPage(DESKTOP);
  await eventually("both acknowledgements to be waiting", async () => {
    await page.goto(url("/staff/letters"));
    const listed = await page.content();
    return references.every((reference) => listed.includes(reference)) ? true : undefined;
  });
  await assertAxeClean(page, "letters to print");
  await page.getByRole("button", { name: "Print the chosen letters" }).click();

  const letters = page.locator("article.letter");
  await letters.first().waitFor();
  assert.equal(await letters.count(), 2);
  for (const letter of await letters.all()) {
    assert.equal(await letter.getAttribute("lang"), "es");
    const text = await visibleText(letter);
    assert.match(text, /Keystone Innocence Project \(demo\)\s*PO Box 1234/);
    assert.match(text, /Tomás Papel\s*N\.º (PX-2024|px 2024)\s*SCI Example/);
    assert.match(text, /Su número de referencia: IN-\d{4}-[A-Z0-9]{6}/);
    assert.doesNotMatch(text, /https?:|\/status\/|@/, "no link, web address or email for someone in prison");
  }
  await assertAxeClean(page, "printed letters");
  await screenshot(page, "letters-screen");

  const pages = await printedPages(page, "letters");
  assert.deepEqual(pages, [US_LETTER, US_LETTER], "one US Letter page per letter");
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "letters-print");
});
