import type { CaseView } from "../db/queries/case-view";
import type { attachments, Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { type NameRedactor, nameRedactor } from "../lib/redact-names";
import type { Application } from "../schemas/application";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { RedactedApplication } from "./case-view";
import { Layout } from "./layout";
import { BackHome, type PageAt } from "./own-page-parts";

type Document = Pick<typeof attachments.$inferSelect, "id" | "fileName" | "contentType" | "size">;

/**
 * The expert sees the conviction and the claim, and the documents the reviewer chose: no contact
 * data, and every name the application gives replaced by the person's role — in the question, the
 * case details and the file names — with a note that says so.
 */
export function ConsultPage(props: {
  lang: Language;
  view: CaseView;
  at: PageAt;
  question: string;
  documents: Document[];
  state: { mode: "answer"; action: string; form: ActionFormState } | { mode: "read"; opinion: string; sentAt: Date };
}) {
  const { lang, view, at, state } = props;
  const t = messages[lang].consult;
  const redactor = expertRedactor(lang, view.case.application);
  const question = redactor.redact(props.question);
  const application = redactedForExpert(view.case.application, redactor);
  const documents = props.documents.map((file) => ({ ...file, fileName: redactor.redact(file.fileName) }));
  return (
    <Layout lang={lang} title={t.title} path={at.path}>
      <BackHome lang={lang} at={at} />
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{state.mode === "answer" ? t.intro : t.readOnlyIntro}</p>
      {redactor.replaced > 0 && (
        <p class="notice" role="note">
          {t.namesReplaced}
        </p>
      )}
      <h2>{t.question}</h2>
      <p class="panel prewrap">{question}</p>
      <RedactedApplication lang={lang} application={application} />
      <h2>{t.documents}</h2>
      {documents.length === 0 ? (
        <p>{t.noDocuments}</p>
      ) : (
        <ul>
          {documents.map((file) => (
            <li>
              <a href={`${at.filesBase}/${encodeURIComponent(file.id)}`} download={file.fileName}>
                {file.fileName}
              </a>{" "}
              <span class="tag">{`(${file.contentType}, ${Math.max(1, Math.round(file.size / 1024))} KB)`}</span>
            </li>
          ))}
        </ul>
      )}
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

/** Replaces the application's names with roles worded in `lang`. */
export function expertRedactor(lang: Language, application: Application): NameRedactor {
  const roles = messages[lang].consult.roles;
  return nameRedactor(application, (role) => roles[role]);
}

/** The application with every text an expert reads passed through the redactor. */
function redactedForExpert(application: Application, redactor: NameRedactor): Application {
  const r = (text: string | undefined) => (text === undefined ? undefined : redactor.redact(text));
  const { conviction, claim } = application;
  return {
    ...application,
    conviction: {
      ...conviction,
      court: r(conviction.court),
      offenses: redactor.redact(conviction.offenses),
      sentence: r(conviction.sentence),
    },
    claim: {
      ...claim,
      innocenceStatement: redactor.redact(claim.innocenceStatement),
      evidenceLocation: r(claim.evidenceLocation),
      newEvidence: r(claim.newEvidence),
    },
  };
}
