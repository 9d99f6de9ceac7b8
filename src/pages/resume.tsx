import type { Language } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";

/**
 * "Continue a saved application": one field, `code`. A code that opens nothing gets one message,
 * the same whatever the reason, so the page tells nothing about any draft.
 */
export function ResumePage({ lang, typed, wrong }: { lang: Language; typed: string; wrong: boolean }) {
  const t = messages[lang].resume;
  const id = fieldId("code");
  return (
    <Layout lang={lang} title={t.title} path="/resume">
      <h1>{t.title}</h1>
      {wrong && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
          <h2 id="error-summary-title">{messages[lang].apply.errorSummaryTitle}</h2>
          <ul>
            <li>
              <a href={`#${id}`}>{t.wrongCode}</a>
            </li>
          </ul>
        </div>
      )}
      <p>{t.intro}</p>
      <form method="post" action={`/resume?lang=${lang}`} novalidate>
        <div class="field">
          <label for={id}>{t.code}</label>
          <span class="hint" id={`${id}-hint`}>
            {t.codeHint}
          </span>
          {wrong && (
            <p class="error-message" id={`${id}-error`}>
              {t.wrongCode}
            </p>
          )}
          <input
            type="text"
            id={id}
            name="code"
            value={typed}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            class="code-input"
            aria-invalid={wrong ? "true" : undefined}
            aria-describedby={wrong ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
        </div>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
      <p>
        <a href={`/apply?lang=${lang}`}>{t.startNew}</a>
      </p>
    </Layout>
  );
}
