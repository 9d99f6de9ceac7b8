import type { CaseView } from "../db/queries/case-view";
import { type Organization, servesJurisdiction } from "../db/queries/organizations";
import { decisionOutcomes, declineReasonCodes, type Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";

/** The reviewer's decision form, posted to `action` (a review link, or the reviewer's own page). */
export function DecisionForm(props: {
  lang: Language;
  view: CaseView;
  action: string;
  organizations: Organization[];
  form: ActionFormState;
}) {
  const { lang, view, action, form } = props;
  const t = messages[lang].review;
  const value = (name: string) => form.values.get(name)?.[0] ?? "";
  const others = props.organizations.filter((o) => o.id !== view.case.organizationId);
  return (
    <>
      <h2 id="decision-form">{t.formTitle}</h2>
      {form.errors.size > 0 && (
        <div class="error-summary" role="alert">
          <ul>
            {[...form.errors].map(([name, message]) => (
              <li>
                <a href={`#f-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`${action}?lang=${lang}`} aria-labelledby="decision-form">
        <fieldset class="field" id="f-decision" {...invalid(form, "decision")}>
          <legend class="label">{t.decision}</legend>
          <FieldError form={form} name="decision" />
          {decisionOutcomes.map((outcome) => (
            <label class="choice">
              <input type="radio" name="decision" value={outcome} checked={value("decision") === outcome} />
              <span>{t.outcomes[outcome]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="field" id="f-reasonCodes" {...invalid(form, "reasonCodes")}>
          <legend class="label">{t.reasonCodes}</legend>
          <span class="hint">{t.reasonCodesHint}</span>
          <FieldError form={form} name="reasonCodes" />
          {declineReasonCodes.map((code) => (
            <label class="choice">
              <input
                type="checkbox"
                name="reasonCodes"
                value={code}
                checked={form.values.get("reasonCodes")?.includes(code)}
              />
              <span>{messages[lang].declineReasons.label[code]}</span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="f-questions">{t.questions}</label>
          <span class="hint" id="f-questions-hint">
            {t.questionsHint}
          </span>
          <FieldError form={form} name="questions" />
          <textarea id="f-questions" name="questions" rows={5} {...invalid(form, "questions")}>
            {value("questions")}
          </textarea>
        </div>
        <div class="field">
          <label for="f-expertEmail">{t.expertEmail}</label>
          <FieldError form={form} name="expertEmail" />
          <input
            type="email"
            id="f-expertEmail"
            name="expertEmail"
            value={value("expertEmail")}
            {...invalid(form, "expertEmail")}
          />
        </div>
        {view.attachments.length > 0 && (
          <fieldset class="field" id="f-expertDocuments" {...invalid(form, "expertDocuments")}>
            <legend class="label">{t.expertDocuments}</legend>
            <span class="hint">{t.expertDocumentsHint}</span>
            <FieldError form={form} name="expertDocuments" />
            {view.attachments.map((file) => (
              <label class="choice">
                <input
                  type="checkbox"
                  name="expertDocuments"
                  value={file.id}
                  checked={form.values.get("expertDocuments")?.includes(file.id)}
                />
                <span>{file.fileName}</span>
              </label>
            ))}
          </fieldset>
        )}
        <ReferChoices
          lang={lang}
          form={form}
          jurisdiction={view.case.application.conviction.jurisdiction}
          organizations={others}
        />
        <div class="field">
          <label for="f-note">{t.note}</label>
          <span class="hint">{t.noteHint}</span>
          <textarea id="f-note" name="note" rows={4}>
            {value("note")}
          </textarea>
        </div>
        <button class="button" type="submit">
          {t.submit}
        </button>
      </form>
    </>
  );
}

/**
 * The members a case can be referred to: those that serve the place of conviction first, every other
 * one behind "show all" (a `<details>`, so it opens without JavaScript). One radio group, so the
 * form sends one `organization` whichever part it was chosen in.
 */
function ReferChoices(props: {
  lang: Language;
  form: ActionFormState;
  jurisdiction: string;
  organizations: Organization[];
}) {
  const { lang, form, jurisdiction } = props;
  const t = messages[lang].review;
  const chosen = form.values.get("organization")?.[0] ?? "";
  const serving = props.organizations.filter((o) => servesJurisdiction(o, jurisdiction));
  const others = props.organizations.filter((o) => !servesJurisdiction(o, jurisdiction));
  const choice = (o: Organization) => (
    <label class="choice">
      <input type="radio" name="organization" value={o.slug} checked={chosen === o.slug} />
      <span>{o.name}</span>
    </label>
  );
  return (
    <fieldset class="field" id="f-organization" {...invalid(form, "organization")}>
      <legend class="label">{t.organization}</legend>
      <span class="hint">{t.organizationsServing(placeName(lang, jurisdiction))}</span>
      <FieldError form={form} name="organization" />
      {serving.length > 0 ? serving.map(choice) : <p>{t.noOrganizationServes}</p>}
      {others.length > 0 && (
        <details open={others.some((o) => o.slug === chosen)}>
          <summary>{t.showAllOrganizations}</summary>
          {others.map(choice)}
        </details>
      )}
    </fieldset>
  );
}

/** `US-PA` as "United States — PA", in the reader's language. */
function placeName(lang: Language, code: string): string {
  const [country = code, subdivision] = code.split("-");
  const name = new Intl.DisplayNames([lang], { type: "region" }).of(country) ?? country;
  return subdivision ? `${name} — ${subdivision}` : name;
}
