import type { HelperCases, HelperRole } from "../db/queries/own-pages";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";

/** An expert's or referral partner's own page: requests waiting for them, then those they answered. */
export function HelperHomePage(props: {
  lang: Language;
  role: HelperRole;
  /** The page's own path, `/expert/:token` or `/partner/:token`. */
  home: string;
  cases: HelperCases;
  now: number;
}) {
  const { lang, role, home, cases } = props;
  const h = messages[lang].helperPage;
  const t = h[role];
  const r = messages[lang].reviewerPage;
  const caseHref = (assignmentId: string) => `${home}/cases/${encodeURIComponent(assignmentId)}?lang=${lang}`;
  return (
    <Layout lang={lang} title={t.title} path={home}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <h2>{t.openTitle}</h2>
      {cases.open.length === 0 ? (
        <p>{t.noneOpen}</p>
      ) : (
        <ul class="cases">
          {cases.open.map((c) => (
            <li class="panel">
              <a href={caseHref(c.assignmentId)}>{r.open(c.reference)}</a>
              <dl class="facts">
                <dt>{h.answerBy}</dt>
                <dd>
                  {longDate(lang, c.dueAt)}
                  {c.dueAt.getTime() < props.now && <strong class="overdue">{` (${r.overdue})`}</strong>}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.doneTitle}</h2>
      {cases.answered.length === 0 ? (
        <p>{t.noneDone}</p>
      ) : (
        <ul class="cases">
          {cases.answered.map((c) => (
            <li class="panel">
              <a href={caseHref(c.assignmentId)}>{r.read(c.reference)}</a>
              <dl class="facts">
                <dt>{h.answeredOn}</dt>
                <dd>
                  {longDate(lang, c.answeredAt)}
                  {role === "referral_partner" && ` — ${c.accepted ? h.accepted : h.declined}`}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
