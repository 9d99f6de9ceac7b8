import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { languages, messages } from "../../src/lib/i18n";
import { request } from "../helpers";
import { expectJson, expectStatus, expectText, shapes } from "../http";

describe("public pages and directory", () => {
  it("the landing page explains, lists the organizations and links to the form", async () => {
    const response = await request("/", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    const html = await expectText(response, 200);
    expect(html).toContain("Ask for help with a wrongful conviction");
    for (const name of [
      "Keystone Innocence Project (demo)",
      "Innocence Network UK (demo)",
      "Innocence Project Japan (demo)",
    ]) {
      expect(html).toContain(name);
    }
    expect(html).toContain('href="/apply?lang=en"');
    expect(html).not.toContain("<script");
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("every language has its page, with the switch to every other, each named in itself", async () => {
    for (const lang of languages) {
      const html = await expectText(await request(`/apply?role=family&lang=${lang}`), 200, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      for (const code of languages) {
        const current = code === lang ? ' aria-current="true"' : "";
        expect(html).toContain(
          `<a href="/apply?role=family&amp;lang=${code}" hreflang="${code}" lang="${code}"${current}>${messages[code].languageName}</a>`,
        );
      }
    }
  });

  it("the stylesheet gives Japanese and Traditional Chinese each their own fonts, wherever their lang is", async () => {
    const css = await expectText(await request("/assets/app.css"), 200);
    const fontsOf = (lang: string) => css.match(new RegExp(`\\[lang\\|="${lang}"\\]\\{font-family:([^}]*)\\}`))?.[1];
    expect(fontsOf("ja")).toContain("Noto Sans JP");
    expect(fontsOf("ja")).not.toContain(" TC");
    expect(fontsOf("zh-Hant")).toContain("Noto Sans TC");
    expect(fontsOf("zh-Hant")).not.toContain(" JP");
    expect(fontsOf("zh-Hant")).not.toContain("Hiragino");
  });

  it("GET /api/v1/organizations is the public directory", async () => {
    const { organizations } = await expectJson(await request("/api/v1/organizations"), 200, shapes.directory);
    expect(organizations.map((o) => o.slug).sort()).toEqual(["demo-jp", "demo-pa", "demo-uk"]);
    expect(organizations.find((o) => o.slug === "demo-jp")).toMatchObject({
      jurisdictions: ["JP"],
      languages: ["ja", "en"],
    });
    // Nothing internal leaks into the public directory.
    expect(JSON.stringify(organizations)).not.toContain("intake@");
  });

  it("GET /healthz", async () => {
    expect(await expectJson(await request("/healthz"), 200)).toEqual({ status: "ok" });
  });

  it("unknown pages get a plain 404 page in the reader's language", async () => {
    const response = await request("/nowhere", { headers: { "Accept-Language": "es" } });
    expect(await expectText(response, 404)).toContain('<html lang="es">');
  });
});

describe("dev mailbox", () => {
  it("lists sent messages as HTML and JSON in development", async () => {
    expect(await expectText(await request("/dev/mailbox"), 200)).toContain("Dev mailbox");
    expect(Array.isArray(await expectJson(await request("/dev/mailbox.json"), 200))).toBe(true);
  });

  it("does not exist outside development", async () => {
    const app = createApp();
    for (const path of ["/dev/mailbox", "/dev/mailbox.json"]) {
      const response = await app.request(path, {}, { ...env, ENVIRONMENT: "production" });
      await expectStatus(response, 404, path);
    }
  });
});
