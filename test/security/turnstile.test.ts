import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { countRows, multipartBody, request } from "../helpers";
import { expectStatus, expectText } from "../http";
import { formFields, postStep, type StepName, startForm, stepAnswers } from "../pages/forms";

const withTurnstile = { ...env, TURNSTILE_SITE_KEY: "1x00000000000000000000AA", TURNSTILE_SECRET_KEY: "test-secret" };

function fetchWithTurnstile(path: string, init?: RequestInit) {
  return createApp().fetch(new Request(new URL(path, "http://intake.test"), init), withTurnstile);
}

async function postForm(extra: Record<string, string>) {
  const submissionId = await startForm();
  const fields = { ...formFields(), submissionId, ...extra };
  const { body, contentType } = multipartBody(
    Object.entries(fields).flatMap(([name, value]) =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
    ),
  );
  return fetchWithTurnstile("/apply?lang=en", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
    redirect: "manual",
  });
}

async function humanCheckOfNewestCase() {
  const row = await env.DB.prepare(
    "SELECT json_extract(data, '$.humanCheck') AS check_ FROM events WHERE type = 'submitted' ORDER BY id DESC LIMIT 1",
  ).first<{ check_: string | null }>();
  return row?.check_;
}

describe("Turnstile on the public form (optional)", () => {
  it("is off unless configured: no widget, no third-party script, nothing allowed in the CSP", async () => {
    const response = await request("/apply?role=family&lang=en");
    expect(await response.text()).not.toContain("cf-turnstile");
    expect(response.headers.get("Content-Security-Policy")).not.toContain("challenges.cloudflare.com");
  });

  it("when configured, the page that sends the form carries the widget, and only its CSP allows Turnstile", async () => {
    const key = await startForm("family", "es");
    for (const step of Object.keys(stepAnswers) as StepName[])
      await postStep(key, step, stepAnswers[step], { lang: "es" });
    const form = await fetchWithTurnstile(`/apply/${key}/check?lang=es`);
    const html = await form.text();
    expect(html).toContain('class="cf-turnstile" data-sitekey="1x00000000000000000000AA" data-language="es"');
    expect(html).toContain('src="https://challenges.cloudflare.com/turnstile/v0/api.js"');
    const csp = form.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self' https://challenges.cloudflare.com");
    expect(csp).toContain("frame-src https://challenges.cloudflare.com");
    const landing = await fetchWithTurnstile("/");
    expect(landing.headers.get("Content-Security-Policy")).not.toContain("challenges.cloudflare.com");
    const step = await fetchWithTurnstile(`/apply/${key}/claim?lang=es`);
    expect(step.headers.get("Content-Security-Policy")).not.toContain("challenges.cloudflare.com");
    expect(await step.text()).not.toContain("cf-turnstile");
  });

  it("a token that fails verification brings the form back with everything kept, and makes no case", async () => {
    const cases = await countRows("cases");
    const response = await postForm({ "cf-turnstile-response": "token-of-a-bot" });
    const html = await expectText(response, 400);
    expect(html).toContain("The check that you are a person did not pass.");
    expect(html).toContain(`${formFields()["applicant.name"]}`);
    expect(await countRows("cases")).toBe(cases);
  });

  it("a token that passes makes the case, and the check is on its record", async () => {
    const response = await postForm({ "cf-turnstile-response": "token-of-a-person" });
    await expectStatus(response, 303);
    expect(await humanCheckOfNewestCase()).toBe("passed");
  });

  it("without JavaScript (no token at all) the application still goes through, marked as not checked", async () => {
    const response = await postForm({});
    await expectStatus(response, 303);
    expect(await humanCheckOfNewestCase()).toBe("not_run");
  });
});
