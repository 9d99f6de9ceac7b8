import { languages, type SubmitterRole, submitterRoles } from "../db/schema";
import { formSteps } from "../lib/form-steps";
import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { type Choice, type Field, type FormContext, flatFields, stepFields, stepTitle } from "./apply/fields";
import { ErrorSummary, type FormState, Inputs } from "./apply/inputs";
import { DuplicatesTable } from "./duplicates";
import { StaffLayout, type StaffLocale, staffHref } from "./staff-parts";

/**
 * Typing in an application that came by post: every step of the application form on one page,
 * from the same field definitions (src/pages/apply/fields.ts), for staff.
 */

/** Who wrote: the form's questions are worded for them, as the paper questionnaire is. */
export function IntakeRolePage({ locale }: { locale: StaffLocale }) {
  const staff = messages[locale.lang].staff;
  const t = staff.intake;
  return (
    <StaffLayout locale={locale} title={staff.nav.newCase} path="/staff/cases/new">
      <h1>{staff.nav.newCase}</h1>
      <p>{t.intro}</p>
      <p>
        <a href={staffHref(locale, "/staff/questionnaire")}>{t.questionnaire}</a>
      </p>
      <h2 id="sender-question">{t.whoWrote}</h2>
      <ul class="roles" aria-labelledby="sender-question">
        {submitterRoles.map((role) => (
          <li>
            <a class="button secondary" href={staffHref(locale, `/staff/cases/new?role=${role}`)}>
              {t.senders[role]}
            </a>
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}

export type Duplicates = {
  rows: CaseDetail["possibleDuplicates"];
  /** Names exactly these matches: ticked and sent back, it saves the application despite them. */
  fingerprint: string;
};

export type IntakeState = FormState & { role: SubmitterRole; submissionId: string };

/** The organization question offers only `choices`: organization staff enter applications for their own. */
function withOrganizationChoices(fields: Field[], choices: Choice[]): Field[] {
  return fields.map((field) =>
    field.kind === "select" && field.name === "organization" ? { ...field, choices } : field,
  );
}

export function StaffIntakePage({
  locale,
  state,
  context,
  organizationChoices,
  duplicates,
}: {
  locale: StaffLocale;
  state: IntakeState;
  context: Omit<FormContext, "role">;
  organizationChoices: Choice[];
  duplicates?: Duplicates;
}) {
  const { lang } = context;
  const t = messages[lang].apply;
  const staff = messages[lang].staff;
  const i = staff.intake;
  const language = state.values.get("language")?.[0] ?? "en";
  const steps = formSteps.map((step) => ({
    step,
    title: stepTitle(step, state.role, lang),
    fields: withOrganizationChoices(stepFields(step, { ...context, role: state.role }), organizationChoices),
  }));
  const labels = new Map(
    steps.flatMap(({ fields }) => flatFields(fields).flatMap((f) => (f.kind === "hidden" ? [] : [[f.name, f.label]]))),
  );
  return (
    <StaffLayout locale={locale} title={staff.nav.newCase} path={`/staff/cases/new?role=${state.role}`}>
      <h1>{staff.nav.newCase}</h1>
      <p>
        <strong>{i.from(i.senders[state.role])}</strong> ·{" "}
        <a href={staffHref(locale, "/staff/cases/new")}>{i.changeWho}</a>
      </p>
      {state.errors.size > 0 && (
        <ErrorSummary lang={lang} errors={state.errors} labels={labels} intro={t.stepErrorIntro} />
      )}
      {duplicates && (
        <section class="error-summary" role="alert" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">{i.duplicatesTitle}</h2>
          <p>{i.duplicatesBody}</p>
          <DuplicatesTable locale={locale} duplicates={duplicates.rows} />
        </section>
      )}
      <p>{i.typeIn}</p>
      <form method="post" action={staffHref(locale, "/staff/cases/new")} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="submitter.role" value={state.role} />
        <input type="hidden" name="submissionId" value={state.submissionId} />
        <fieldset>
          <legend>{i.letter}</legend>
          <div class="field">
            <label for="f-language">{i.language}</label>
            <select id="f-language" name="language">
              {languages.map((code) => (
                <option value={code} selected={code === language}>
                  {messages[code].languageName}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {steps.map(({ step, title, fields }) => (
          <section aria-labelledby={`step-${step}`}>
            <h2 id={`step-${step}`}>{title}</h2>
            <Inputs fields={fields} state={state} lang={lang} />
          </section>
        ))}
        {duplicates && (
          <div class="field">
            <label class="choice" for="f-duplicatesSeen">
              <input type="checkbox" id="f-duplicatesSeen" name="duplicatesSeen" value={duplicates.fingerprint} />
              <span>{i.duplicatesSeen}</span>
            </label>
          </div>
        )}
        <button class="button" type="submit">
          {i.save}
        </button>
      </form>
    </StaffLayout>
  );
}
