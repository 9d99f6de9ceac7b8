import type { Backlog } from "../db/queries/backlog";
import type { Organization } from "../db/queries/organizations";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";
import { WaitFacts } from "./wait";

type LandingPageProps = { lang: Language; organizations: Organization[]; backlogs: Map<string, Backlog> };

export function LandingPage({ lang, organizations, backlogs }: LandingPageProps) {
  const t = messages[lang].landing;
  const countedAt = [...backlogs.values()][0]?.computedAt;
  return (
    <Layout lang={lang} title={t.title} path="/">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a class="button" href={`/apply?lang=${lang}`}>
          {t.start}
        </a>
      </p>
      <p>
        <a href={`/resume?lang=${lang}`}>{t.resume}</a>
      </p>
      <h2>{t.howTitle}</h2>
      <ol>
        {t.how.map((step) => (
          <li>{step}</li>
        ))}
      </ol>
      <h2>{t.directoryTitle}</h2>
      <p>{t.directoryIntro}</p>
      {organizations.map((o) => (
        <section class="panel" aria-labelledby={`org-${o.slug}`}>
          <h3 id={`org-${o.slug}`}>{o.website ? <a href={o.website}>{o.name}</a> : o.name}</h3>
          <dl class="facts">
            <dt>{t.serves}</dt>
            <dd>{o.jurisdictions.join(", ")}</dd>
            <dt>{t.languages}</dt>
            <dd>{o.languages.map((code) => messages[code].languageName).join(", ")}</dd>
            {o.postalAddress && (
              <>
                <dt>{t.postalAddress}</dt>
                <dd class="prewrap">{o.postalAddress}</dd>
              </>
            )}
            <WaitFacts lang={lang} backlog={backlogs.get(o.id)} />
          </dl>
        </section>
      ))}
      {countedAt && <p class="hint">{messages[lang].wait.asOf(longDate(lang, countedAt))}</p>}
      <h2>{t.paperTitle}</h2>
      <p>{t.paper}</p>
    </Layout>
  );
}
