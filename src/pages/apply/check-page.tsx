import type { Language } from "../../db/schema";
import { fieldId } from "../../lib/form-data";
import { type FormStep, formSteps, stepOf } from "../../lib/form-steps";
import { messages } from "../../lib/i18n";
import { TURNSTILE_FIELD, TURNSTILE_ORIGIN } from "../../lib/turnstile";
import { Layout } from "../layout";
import { type Field, type FormContext, flatFields, stepFields, stepTitle } from "./fields";
import { ErrorSummary, type FormState, formatSize } from "./inputs";

type CheckPageProps = {
  lang: Language;
  context: FormContext;
  formKey: string;
  state: FormState;
  /** Shown only when Turnstile is configured; the form works without it. */
  turnstileSiteKey?: string;
};

/**
 * "Check your answers": every step's answers, each with a link to change them, then the one button
 * that sends the application. After a send that had errors, each is listed at the top and shown
 * next to its answer, linking to the step where it is fixed.
 */
export function CheckPage({ lang, context, formKey, state, turnstileSiteKey }: CheckPageProps) {
  const t = messages[lang].apply;
  const stepLink = (step: FormStep) => `/apply/${formKey}/${step}?from=check&lang=${lang}`;
  const labels = new Map<string, string>();
  for (const step of formSteps)
    for (const field of flatFields(stepFields(step, context)))
      if (field.kind !== "hidden") labels.set(field.name, field.label);
  const fixAt = (name: string) => {
    const step = stepOf(name);
    return step ? `${stepLink(step)}#${fieldId(name)}` : `#${fieldId(name)}`;
  };
  return (
    <Layout lang={lang} title={t.check.title} path={`/apply/${formKey}/check`}>
      <h1>{t.check.title}</h1>
      {state.errors.size > 0 && (
        <ErrorSummary lang={lang} errors={state.errors} labels={labels} intro={t.errorSummaryIntro} href={fixAt} />
      )}
      <p>{t.check.intro}</p>
      {formSteps.map((step) => {
        const title = stepTitle(step, context.role, lang);
        const headingId = `check-${step}`;
        return (
          <section class="panel" aria-labelledby={headingId}>
            <h2 id={headingId}>{title}</h2>
            <Answers fields={stepFields(step, context)} state={state} lang={lang} />
            <p>
              <a href={stepLink(step)}>
                {t.check.change}
                <span class="visually-hidden">{`: ${title}`}</span>
              </a>
            </p>
          </section>
        );
      })}
      <form method="post" action={`/apply?lang=${lang}`} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="submissionId" value={formKey} />
        <input type="hidden" name="step" value="check" />
        <input type="hidden" name="submitter.role" value={context.role} />
        <input type="hidden" name="language" value={lang} />
        {turnstileSiteKey && (
          <div id={fieldId(TURNSTILE_FIELD)} tabindex={-1}>
            {state.errors.has(TURNSTILE_FIELD) && <p class="error-message">{state.errors.get(TURNSTILE_FIELD)}</p>}
            {/* Without JavaScript the widget does not appear and the form still sends. */}
            <div class="cf-turnstile" data-sitekey={turnstileSiteKey} data-language={lang} />
            <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer />
          </div>
        )}
        <p>{t.check.send}</p>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

/**
 * A step's answers as a list: what was typed or chosen, a required question left empty as "not
 * answered", and any error next to its answer. Questions left empty that were optional are left out.
 */
function Answers({ fields, state, lang }: { fields: Field[]; state: FormState; lang: Language }) {
  const t = messages[lang].apply;
  const rows = fields.flatMap((field) => {
    if (field.kind === "group") {
      // A block is answered when something was typed in it: a language chosen for nobody is not an answer.
      const typed = flatFields(field.fields).some((f) => f.kind === "text" && answerOf(f, state, lang) !== null);
      if (!typed) return [];
      return [
        <>
          <dt class="group">{field.legend}</dt>
          <dd class="group">
            <Answers fields={field.fields} state={state} lang={lang} />
          </dd>
        </>,
      ];
    }
    if (field.kind === "hidden") return [];
    if (field.kind === "files")
      return [
        <>
          <dt>{field.label}</dt>
          <dd>
            {state.held.length === 0 ? (
              t.check.noFiles
            ) : (
              <ul>
                {state.held.map((file) => (
                  <li>{`${file.fileName} (${formatSize(file.size)})`}</li>
                ))}
              </ul>
            )}
            <ErrorNextTo name={field.name} state={state} />
          </dd>
        </>,
      ];
    const answer = answerOf(field, state, lang);
    const required = "required" in field && field.required === true;
    if (answer === null && !required && !state.errors.has(field.name)) return [];
    return [
      <>
        <dt>{field.label}</dt>
        <dd class="prewrap">
          {answer ?? t.check.notAnswered}
          <ErrorNextTo name={field.name} state={state} />
        </dd>
      </>,
    ];
  });
  return rows.length > 0 ? <dl class="answers">{rows}</dl> : <p>{t.check.notAnswered}</p>;
}

function ErrorNextTo({ name, state }: { name: string; state: FormState }) {
  return state.errors.has(name) ? (
    <p class="error-message" id={`${fieldId(name)}-error`}>
      {state.errors.get(name)}
    </p>
  ) : null;
}

/** The answer to one question as the person would read it, or null when it was left empty. */
function answerOf(field: Exclude<Field, { kind: "group" | "hidden" }>, state: FormState, lang: Language) {
  const values = (state.values.get(field.name) ?? []).filter((value) => value.trim() !== "");
  if (field.kind === "files") return state.held.length > 0 ? String(state.held.length) : null;
  if (field.kind === "checkbox") return values[0] === "true" ? messages[lang].apply.choices.yes : null;
  if (values.length === 0) return null;
  if (field.kind === "text") return values[0] ?? null;
  const named = values.map((value) => field.choices.find(([choice]) => choice === value)?.[1] ?? value);
  return named.join(", ");
}
