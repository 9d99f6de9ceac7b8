/**
 * The staff side in a real browser: an intake coordinator signs in (in development, with the
 * staff token; in production Cloudflare Access does it), enters a mailed application, reads the
 * queue and the case, and prints the acknowledgement letter. axe-core checks every staff page and
 * the API reference, and the OpenAPI document is checked against the OpenAPI 3.1 schema.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import {
  axe,
  browserSession,
  DESKTOP,
  describeViolations,
  E2E_STAFF_TOKEN,
  eventually,
  PHONE,
  screenshot,
  smallPdf,
  visibleText,
} from "./harness.ts";

const session = browserSession();

test("the OpenAPI document is valid OpenAPI 3.1", async () => {
  const response = await fetch(`${session.server.origin}/api/v1/openapi.json`);
  assert.equal(response.status, 200);
  const result = await new Validator().validate(await response.json());
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
});

let reference = "";
let caseId = "";

test("a coordinator enters a mailed application with its scan; it shows in the queue and on its page", async () => {
  const application = {
    organization: "demo-pa",
    language: "en",
    submitter: {
      role: "self",
      name: "Walter Postal",
      postalAddress: "Walter Postal, KX-9001\nSCI Example\nExampletown, PA",
    },
    applicant: { name: "Walter Postal", prisonNumber: "KX-9001", facility: "SCI Example" },
    conviction: {
      jurisdiction: "US-PA",
      offenses: "Robbery",
      trialOrPlea: "trial",
      appealStatus: "direct_appeal_decided",
    },
    claim: { innocenceStatement: "I was in another city that night." },
    consent: { dataProcessing: true },
  };
  const form = new FormData();
  form.append("application", JSON.stringify(application));
  form.append(
    "attachments",
    new Blob([new Uint8Array(smallPdf("Letter page 1"))], { type: "application/pdf" }),
    "letter.pdf",
  );
  const response = await fetch(`${session.server.origin}/api/v1/cases`, {
    method: "POST",
    headers: { Authorization: `Bearer ${E2E_STAFF_TOKEN}` },
    body: form,
  });
  const created = (await response.json()) as { id: string; reference: string };
  assert.equal(response.status, 201, JSON.stringify(created));
  ({ reference, id: caseId } = created);

  // A phone-sized screen with JavaScript off, as on a locked-down office machine.
  const page = await (await session.staffContext({ ...PHONE, javaScriptEnabled: false })).newPage();
  await page.goto(`${session.server.origin}/staff`);
  await page.getByRole("link", { name: reference }).click();
  assert.match(await visibleText(page.locator("main")), /Walter Postal/);
  await screenshot(page, "staff-case-phone");
});

test("the acknowledgement to a postal-only applicant is printed as a letter", async () => {
  const page = await (await session.staffContext(DESKTOP)).newPage();
  await eventually("the letter to be listed", async () => {
    await page.goto(`${session.server.origin}/staff/letters`);
    return (await page.content()).includes(reference) ? true : undefined;
  });
  await page.getByRole("button", { name: /Print/ }).click();
  const letter = await visibleText(page.locator("main"));
  assert.match(letter, /SCI Example/);
  assert.match(letter, new RegExp(reference));
  await screenshot(page, "staff-letter");
});

let exportPath = "";

test("with JavaScript off on a phone, the queue's CSV is followed on its page until it downloads", async () => {
  const page = await (await session.staffContext({ ...PHONE, javaScriptEnabled: false })).newPage();
  await page.goto(`${session.server.origin}/staff?organization=demo-pa`);
  await page.getByRole("button", { name: "Export these cases as CSV" }).click();
  await page.waitForURL(/\/staff\/exports\//, { waitUntil: "load" });
  exportPath = new URL(page.url()).pathname;
  assert.match(exportPath, /^\/staff\/exports\/[0-9a-f-]+$/);
  // The page reloads itself (a meta refresh, no script) until the file is ready.
  const download = page.getByRole("link", { name: "Download the CSV" });
  await download.waitFor({ timeout: 60_000 });
  assert.match(await visibleText(page.locator("main")), /Ready: \d+ rows?, /);
  await screenshot(page, "staff-export-phone");
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  assert.equal(file.suggestedFilename(), "cases.csv");
  const csv = readFileSync(await file.path(), "utf8");
  assert.match(csv, /^id,reference,organization,status,/);
  assert.match(csv, new RegExp(`,${reference},demo-pa,`));
});

test("axe finds no WCAG 2.2 A/AA violations on the staff pages and the API reference, in English and Chinese", async () => {
  const page = await (await session.staffContext({ ...DESKTOP, bypassCSP: true })).newPage();
  const found: string[] = [];
  for (const lang of ["en", "zh-Hant"]) {
    for (const [label, path] of [
      ["queue", "/staff"],
      ["queue filtered", "/staff?status=in_review&overdue=true"],
      ["case", `/staff/cases/${caseId}`],
      ["letters", "/staff/letters"],
      ["reports", "/staff/reports"],
      ["reports filtered", "/staff/reports?from=2020-01-01&organization=demo-pa"],
      ["exports", "/staff/exports"],
      ["export", exportPath],
      ["export asked from an old link", "/staff/cases.csv?organization=demo-pa"],
      ["api docs", "/api/docs"],
      ["staff sign-in (development)", "/dev/staff-login"],
    ] as const) {
      const withLang = `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      const response = await page.goto(`${session.server.origin}${withLang}`);
      assert.equal(response?.status(), 200, `${label}: ${withLang}`);
      assert.equal(await page.locator("html").getAttribute("lang"), lang, `${label}: page language`);
      const violations = await axe(page);
      if (violations.length > 0) found.push(describeViolations(`${lang} ${label}`, violations));
    }
  }
  assert.deepEqual(found, []);
});

test("the reports page works with JavaScript off: charts drawn as SVG, each with its table", async () => {
  const page = await (await session.staffContext({ ...PHONE, javaScriptEnabled: false })).newPage();
  await page.goto(`${session.server.origin}/staff/reports`);
  await page.getByLabel("Received from").fill("2020-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  // The click returns once the next page is on its way; its URL is known before its charts are.
  await page.waitForURL(/from=2020-01-01/, { waitUntil: "load" });
  assert.ok((await page.locator("svg.chart").count()) >= 8);
  assert.match(await visibleText(page.locator("main")), /Applications by source/);
  await screenshot(page, "staff-reports-phone");
});
