import type { CaseView } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { RedactedApplication } from "./case-view";
import { Layout } from "./layout";
import { BackHome, longDate, type PageAt } from "./own-page-parts";

/** The expert sees the conviction and the claim only: no names, no contact data. */
export function ConsultPage(props: {
  lang: Language;
  view: CaseView;
  at: PageAt;
  question: string;
  state: { mode: "answer"; action: string; form: ActionFormState } | { mode: "read"; opinion: string; sentAt: Date };
}) {
  const { lang, view, at, question, state } = props;
  const t = messages[lang].consult;
  return (
    <Layout lang={lang} title={t.title} path={at.path}>
      <BackHome lang={lang} at={at} />
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{state.mode === "answer" ? t.intro : t.readOnlyIntro}</p>
      <h2>{t.question}</h2>
      <p class="panel prewrap">{question}</p>
      <RedactedApplication lang={lang} application={view.case.application} />
      {state.mode === "answer" ? (
        <form method="post" action={`${state.action}?lang=${lang}`}>
          <div class="field">
            <label for="f-opinion">{t.opinion}</label>
            <FieldError form={state.form} name="opinion" />
            <textarea id="f-opinion" name="opinion" rows={10} {...invalid(state.form, "opinion")}>
              {state.form.values.get("opinion")?.[0] ?? ""}
            </textarea>
          </div>
          <button class="button" type="submit">
            {t.submit}
          </button>
        </form>
      ) : (
        <>
          <h2>{`${t.yourOpinion} — ${longDate(lang, state.sentAt)}`}</h2>
          <p class="panel prewrap">{state.opinion}</p>
        </>
      )}
    </Layout>
  );
}
