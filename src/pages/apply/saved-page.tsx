import type { DraftPosition, Language } from "../../db/schema";
import { longDate } from "../../lib/dates";
import { messages } from "../../lib/i18n";
import { Layout } from "../layout";

type SavedPageProps = {
  lang: Language;
  formKey: string;
  code: string;
  keptUntil: Date;
  position: DraftPosition;
  emailed: boolean;
};

/** After "Save and continue later": the code to write down, until when it works, and the way back. */
export function SavedPage({ lang, formKey, code, keptUntil, position, emailed }: SavedPageProps) {
  const t = messages[lang].apply.saved;
  return (
    <Layout lang={lang} title={t.title} path={`/apply/${formKey}/saved`}>
      <div class="notice" role="status">
        <h1>{t.title}</h1>
      </div>
      <p>{t.code}</p>
      <p class="code" id="resume-code">
        {code}
      </p>
      <p>{t.keptUntil(longDate(lang, keptUntil))}</p>
      <p>{t.how}</p>
      {emailed && <p>{t.emailed}</p>}
      <p>
        <a class="button secondary" href={`/apply/${formKey}/${position}?lang=${lang}`}>
          {t.continueNow}
        </a>
      </p>
    </Layout>
  );
}
