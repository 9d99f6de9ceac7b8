import type { CaseView } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
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
