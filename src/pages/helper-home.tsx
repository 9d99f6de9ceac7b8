import type { HelperCases, HelperRole } from "../db/queries/own-pages";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";
import { CasePanels, DueDay } from "./own-page-parts";

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
      <CasePanels
        items={cases.open}
        empty={t.noneOpen}
        panel={(c) => (
          <>
            <a href={caseHref(c.assignmentId)}>{r.open(c.reference)}</a>
            <dl class="facts">
              <dt>{h.answerBy}</dt>
              <dd>
                <DueDay lang={lang} due={c.dueAt} now={props.now} />
              </dd>
            </dl>
          </>
        )}
      />
      <h2>{t.doneTitle}</h2>
      <CasePanels
        items={cases.answered}
        empty={t.noneDone}
        panel={(c) => (
          <>
            <a href={caseHref(c.assignmentId)}>{r.read(c.reference)}</a>
            <dl class="facts">
              <dt>{h.answeredOn}</dt>
              <dd>
                {longDate(lang, c.answeredAt)}
                {role === "referral_partner" && ` — ${c.accepted ? h.accepted : h.declined}`}
              </dd>
            </dl>
          </>
        )}
      />
    </Layout>
  );
}
