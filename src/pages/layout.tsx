import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Language } from "../db/schema";
import { languages } from "../db/schema";
import { messages } from "../lib/i18n";

type LayoutProps = {
  lang: Language;
  title: string;
  /**
   * The current path and query without `lang`, so the language links keep the page. Pages that
   * exist in one language only (the staff side, the API reference) leave it out and offer no switch.
   */
  path?: string;
  /** Reloads the page after this many seconds: a page that follows work in progress, without JavaScript. */
  refreshSeconds?: number;
  children: Child;
};

export function Layout({ lang, title, path, refreshSeconds, children }: LayoutProps) {
  const t = messages[lang];
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {refreshSeconds !== undefined && <meta http-equiv="refresh" content={String(refreshSeconds)} />}
          <title>{`${title} — ${t.siteName}`}</title>
          <link rel="stylesheet" href="/assets/app.css" />
        </head>
        <body>
          <a class="skip" href="#main">
            {t.skipToContent}
          </a>
          <header>
            <a class="site" href={`/?lang=${lang}`}>
              {t.siteName}
            </a>
            {path !== undefined && (
              <nav class="langs" aria-label={t.languageSwitch}>
                {languages.map((code) => (
                  <a
                    href={withLang(path, code)}
                    hreflang={code}
                    lang={code}
                    aria-current={code === lang ? "true" : undefined}
                  >
                    {messages[code].languageName}
                  </a>
                ))}
              </nav>
            )}
          </header>
          <main id="main">{children}</main>
          <footer>{t.footer}</footer>
        </body>
      </html>
    </>
  );
}

/**
 * `path` (a path and query as the request gave them) with `lang` set. It is taken apart as text, not
 * resolved as a URL: a path such as `//` does not parse as one, and `//other.example/x` would be read
 * as another host.
 */
export function withLang(path: string, lang: Language): string {
  const [, pathname = "", search = ""] = /^([^?#]*)(?:\?([^#]*))?/.exec(path) ?? [];
  const query = new URLSearchParams(search);
  query.set("lang", lang);
  // One leading slash only: a browser follows `//host/…` or `/\host/…` to another site.
  return `/${pathname.replace(/^[/\\]+/, "")}?${query}`;
}
