import type { ReviewerCases } from "../db/queries/own-pages";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { Layout } from "./layout";
import { CasePanels, DueDay } from "./own-page-parts";

/** A reviewer's own page: the cases waiting for their decision, then those they decided. */
export function ReviewerHomePage(props: {
  lang: Language;
  token: string;
  organizationName: string;
  cases: ReviewerCases;
  now: number;
}) {
  const { lang, token, cases } = props;
  const t = messages[lang].reviewerPage;
  const outcomes = messages[lang].review.outcomeNames;
  const caseHref = (assignmentId: string) =>
    `/reviewer/${token}/cases/${encodeURIComponent(assignmentId)}?lang=${lang}`;
  return (
    <Layout lang={lang} title={t.title} path={`/reviewer/${token}`}>
      <h1>{t.title}</h1>
      <p>{t.intro(props.organizationName)}</p>
      <h2>{t.openTitle}</h2>
      <CasePanels
        items={cases.open}
        empty={t.noneOpen}
        panel={(c) => (
          <>
            <a href={caseHref(c.assignmentId)}>{t.open(c.reference)}</a>
            <dl class="facts">
              <dt>{t.round}</dt>
              <dd>{c.round}</dd>
              <dt>{t.dueBy}</dt>
              <dd>
                <DueDay lang={lang} due={c.dueAt} now={props.now} />
              </dd>
            </dl>
          </>
        )}
      />
      <h2>{t.decidedTitle}</h2>
      <CasePanels
        items={cases.decided}
        empty={t.noneDecided}
        panel={(c) => (
          <>
            <a href={caseHref(c.assignmentId)}>{t.read(c.reference)}</a>
            <dl class="facts">
              <dt>{t.round}</dt>
              <dd>{c.round}</dd>
              <dt>{t.decision}</dt>
              <dd>{outcomes[c.outcome]}</dd>
              <dt>{t.decidedOn}</dt>
              <dd>{longDate(lang, c.decidedAt)}</dd>
            </dl>
          </>
        )}
      />
    </Layout>
  );
}

/** "Send me my link": one email field; the answer is the same whatever address is given. */
export function AskForLinkPage({ lang, form }: { lang: Language; form: ActionFormState }) {
  const t = messages[lang].reviewerPage;
  return (
    <Layout lang={lang} title={t.askTitle} path="/reviewer">
      <h1>{t.askTitle}</h1>
      <p>{t.askIntro}</p>
      <form method="post" action={`/reviewer?lang=${lang}`}>
        <div class="field">
          <label for="f-email">{t.email}</label>
          <FieldError form={form} name="email" />
          <input
            type="email"
            id="f-email"
            name="email"
            autocomplete="email"
            required
            value={form.values.get("email")?.[0] ?? ""}
            {...invalid(form, "email")}
          />
        </div>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}
