import type { CaseView } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { AttachmentList, FullApplication, History } from "./case-view";
import { Layout } from "./layout";
import { BackHome, type PageAt } from "./own-page-parts";

/**
 * A referral partner or member organization reads the packet — the application, every round's
 * questions, answers and expert opinions, and the documents — and accepts or declines.
 */
export function ReferralPage(props: {
  lang: Language;
  view: CaseView;
  at: PageAt;
  note: string | null;
  state: { mode: "answer"; action: string; form: ActionFormState } | { mode: "read"; accepted: boolean; at: Date };
}) {
  const { lang, view, at, note, state } = props;
  const t = messages[lang].referral;
  return (
    <Layout lang={lang} title={t.title} path={at.path}>
      <BackHome lang={lang} at={at} />
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{state.mode === "answer" ? t.intro : t.readOnlyIntro}</p>
      <p>
        <strong>{view.organization.name}</strong>
      </p>
      {state.mode === "read" && (
        <p class="panel">{`${state.accepted ? t.youAccepted : t.youDeclined} — ${longDate(lang, state.at)}`}</p>
      )}
      {note && (
        <>
          <h2>{t.note}</h2>
          <p class="panel prewrap">{note}</p>
        </>
      )}
      <FullApplication lang={lang} view={view} />
      <History lang={lang} view={view} />
      <AttachmentList lang={lang} view={view} filesBase={at.filesBase} />
      {state.mode === "answer" && (
        <form method="post" action={`${state.action}?lang=${lang}`}>
          <fieldset class="field" id="f-response" {...invalid(state.form, "response")}>
            <legend class="label">{t.response}</legend>
            <FieldError form={state.form} name="response" />
            <label class="choice">
              <input type="radio" name="response" value="accept" />
              <span>{t.accept}</span>
            </label>
            <label class="choice">
              <input type="radio" name="response" value="decline" />
              <span>{t.decline}</span>
            </label>
          </fieldset>
          <button class="button" type="submit">
            {t.submit}
          </button>
        </form>
      )}
    </Layout>
  );
}
