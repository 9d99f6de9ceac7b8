import { type Language, submitterRoles } from "../../db/schema";
import { messages } from "../../lib/i18n";
import { Layout } from "../layout";

/** The first question, before the form: who fills it in, so that every question is worded for them. */
export function RolePage({ lang }: { lang: Language }) {
  const t = messages[lang].apply;
  return (
    <Layout lang={lang} title={t.title} path="/apply">
      <h1>{t.title}</h1>
      <h2 id="role-question">{t.roleQuestion}</h2>
      <p class="hint">{t.roleHint}</p>
      <ul class="roles" aria-labelledby="role-question">
        {submitterRoles.map((role) => (
          <li>
            <a class="button secondary" href={`/apply?role=${role}&lang=${lang}`}>
              {t.roles[role]}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/resume?lang=${lang}`}>{messages[lang].landing.resume}</a>
      </p>
    </Layout>
  );
}
