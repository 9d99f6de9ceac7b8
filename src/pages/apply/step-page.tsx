import type { Language } from "../../db/schema";
import { longDate } from "../../lib/dates";
import { type FormStep, formSteps, previousStep } from "../../lib/form-steps";
import { messages } from "../../lib/i18n";
import { Layout } from "../layout";
import { type FormContext, flatFields, stepFields, stepTitle } from "./fields";
import { ErrorSummary, type FormState, Inputs } from "./inputs";

export type StepPageProps = {
  lang: Language;
  step: FormStep;
  context: FormContext;
  /** The form's key: its pages' addresses and posts carry it. */
  formKey: string;
  state: FormState;
  /** Once something was saved: the code to write down, and until when it works. */
  resume?: { code: string; keptUntil: Date };
  /** Come from "check your answers": continuing goes back there. */
  fromCheck: boolean;
};

/**
 * One step of the application form: "Step 3 of 8", one topic, and three ways on: continue (saved,
 * then checked), save and continue later, or back (saved without checking, so nothing typed here is
 * lost). Works without JavaScript: every button posts the form.
 */
export function StepPage({ lang, step, context, formKey, state, resume, fromCheck }: StepPageProps) {
  const t = messages[lang].apply;
  const title = stepTitle(step, context.role, lang);
  const progress = t.progress(formSteps.indexOf(step) + 1, formSteps.length);
  const fields = stepFields(step, context);
  const labels = new Map(flatFields(fields).flatMap((f) => (f.kind === "hidden" ? [] : [[f.name, f.label]])));
  const fresh = resume === undefined;
  return (
    <Layout
      lang={lang}
      title={`${progress}: ${title}`}
      path={fresh ? `/apply?role=${context.role}` : `/apply/${formKey}/${step}${fromCheck ? "?from=check" : ""}`}
    >
      <p class="progress">{progress}</p>
      <h1>{title}</h1>
      {fresh && step === "you" && (
        <>
          <p>
            <strong>{t.roles[context.role]}</strong> · <a href={`/apply?lang=${lang}`}>{t.changeRole}</a>
          </p>
          <p>{t.intro}</p>
        </>
      )}
      {state.errors.size > 0 && (
        <ErrorSummary lang={lang} errors={state.errors} labels={labels} intro={t.stepErrorIntro} />
      )}
      <form method="post" action={`/apply/${formKey}/${step}?lang=${lang}`} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="submitter.role" value={context.role} />
        <input type="hidden" name="language" value={lang} />
        {fromCheck && <input type="hidden" name="returnTo" value="check" />}
        <Inputs fields={fields} state={state} lang={lang} />
        <div class="actions">
          <button class="button" type="submit" name="action" value="continue">
            {t.continue}
          </button>
          <button class="button secondary" type="submit" name="action" value="save">
            {t.saveLater}
          </button>
          {previousStep(step) && (
            <button class="link-button" type="submit" name="action" value="back">
              {t.back}
            </button>
          )}
        </div>
      </form>
      {resume && (
        <div class="panel">
          <h2>{t.resumeCode.label}</h2>
          <p class="code">{resume.code}</p>
          <p class="hint">{t.resumeCode.hint(longDate(lang, resume.keptUntil))}</p>
        </div>
      )}
    </Layout>
  );
}
