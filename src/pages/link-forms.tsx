import type { CaseView } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { AttachmentList, FullApplication, RedactedApplication } from "./case-view";
import { Layout } from "./layout";

/** The applicant side answers a reviewer's questions, with documents. */
export function RespondPage(props: {
  lang: Language;
  view: CaseView;
  token: string;
  questions: string;
  form: ActionFormState;
}) {
  const { lang, view, token, questions, form } = props;
  const t = messages[lang].respond;
  return (
    <Layout lang={lang} title={t.title} path={`/respond/${token}`}>
      <h1>{t.title}</h1>
      <p class="reference">{view.case.reference}</p>
      <p>{t.intro}</p>
      <h2>{t.questions}</h2>
      <p class="panel prewrap">{questions}</p>
      <form method="post" action={`/respond/${token}?lang=${lang}`} enctype="multipart/form-data">
        <div class="field">
          <label for="f-answer">{t.answer}</label>
          <FieldError form={form} name="answer" />
          <textarea id="f-answer" name="answer" rows={8} {...invalid(form, "answer")}>
            {form.values.get("answer")?.[0] ?? ""}
          </textarea>
        </div>
        <div class="field">
          <label for="f-attachments">{t.attachments}</label>
          <FieldError form={form} name="attachments" />
          <input type="file" id="f-attachments" name="attachments" multiple {...invalid(form, "attachments")} />
        </div>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

/** The expert sees the conviction and the claim only: no names, no contact data, no documents. */
export function ConsultPage(props: {
  lang: Language;
  view: CaseView;
  token: string;
  question: string;
  form: ActionFormState;
}) {
  const { lang, view, token, question, form } = props;
  const t = messages[lang].consult;
  return (
    <Layout lang={lang} title={t.title} path={`/consult/${token}`}>
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{t.intro}</p>
      <h2>{t.question}</h2>
      <p class="panel prewrap">{question}</p>
      <RedactedApplication lang={lang} application={view.case.application} />
      <form method="post" action={`/consult/${token}?lang=${lang}`}>
        <div class="field">
          <label for="f-opinion">{t.opinion}</label>
          <FieldError form={form} name="opinion" />
          <textarea id="f-opinion" name="opinion" rows={10} {...invalid(form, "opinion")}>
            {form.values.get("opinion")?.[0] ?? ""}
          </textarea>
        </div>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

/** A referral partner or member organization reads the packet and accepts or declines. */
export function ReferralPage(props: {
  lang: Language;
  view: CaseView;
  token: string;
  note: string | null;
  form: ActionFormState;
}) {
  const { lang, view, token, note, form } = props;
  const t = messages[lang].referral;
  return (
    <Layout lang={lang} title={t.title} path={`/referral/${token}`}>
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{t.intro}</p>
      <p>
        <strong>{view.organization.name}</strong>
      </p>
      {note && (
        <>
          <h2>{t.note}</h2>
          <p class="panel prewrap">{note}</p>
        </>
      )}
      <FullApplication lang={lang} view={view} />
      <AttachmentList lang={lang} view={view} filesBase={`/files/${token}`} />
      <form method="post" action={`/referral/${token}?lang=${lang}`}>
        <fieldset class="field" id="f-response" {...invalid(form, "response")}>
          <legend class="label">{t.response}</legend>
          <FieldError form={form} name="response" />
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
    </Layout>
  );
}
