import type { Child } from "hono/jsx";
import type { Organization } from "../db/queries/organizations";
import { type Language, languages, type SubmitterRole, submitterRoles } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import { TURNSTILE_FIELD, TURNSTILE_ORIGIN } from "../lib/turnstile";
import {
  appealStatuses,
  biologicalEvidenceValues,
  evidenceTypes,
  supporterRoles,
  trialOrPleaValues,
} from "../schemas/application";
import { Layout } from "./layout";

export type HeldFile = { id: string; fileName: string; size: number };

export type ApplyFormState = {
  role: SubmitterRole;
  submissionId: string;
  values: Map<string, string[]>;
  /** Form field name → translated message. */
  errors: Map<string, string>;
  held: HeldFile[];
};

type ApplyPageProps = {
  /** Shown only when Turnstile is configured; the form works without it. */
  turnstileSiteKey?: string;
  lang: Language;
  organizations: Organization[];
  maxFileMb: number;
  state: ApplyFormState;
};

export function RolePage({ lang }: { lang: Language }) {
  const t = messages[lang].apply;
  return (
    <Layout lang={lang} title={t.title} path="/apply">
      <h1>{t.title}</h1>
      <h2 id="role-question">{t.roleQuestion}</h2>
      <p class="hint">{t.roleHint}</p>
      <ul class="roles" aria-labelledby="role-question">
        {submitterRoles.map((role) => (
          <li>
            <a class="button secondary" href={`/apply?role=${role}&lang=${lang}`}>
              {t.roles[role]}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

const LAWYER_BLOCKS = ["trial", "appeal", "current"] as const;
const CONTACT_BLOCKS = 2;

export function ApplyPage({ lang, organizations, maxFileMb, state, turnstileSiteKey }: ApplyPageProps) {
  const t = messages[lang].apply;
  const { role } = state;
  const form = formHelpers(state, lang);

  // The form is built first, its fields called rather than rendered later: building them records
  // each field's label, which the summary above them names.
  const fields = (
    <form method="post" action={`/apply?lang=${lang}`} enctype="multipart/form-data" novalidate>
      <input type="hidden" name="submitter.role" value={role} />
      <input type="hidden" name="language" value={lang} />
      <input type="hidden" name="submissionId" value={state.submissionId} />
      {ApplicationFieldsets({
        lang,
        form,
        state,
        organizations,
        organizationChoices: [
          ["", t.fields.organizationAny],
          ...organizations.map((o): [string, string] => [o.slug, o.name]),
        ],
        maxFileMb,
      })}

      {turnstileSiteKey && (
        <div id={fieldId(TURNSTILE_FIELD)} tabindex={-1}>
          {state.errors.has(TURNSTILE_FIELD) && <p class="error-message">{state.errors.get(TURNSTILE_FIELD)}</p>}
          {/* Without JavaScript the widget does not appear and the form still sends. */}
          <div class="cf-turnstile" data-sitekey={turnstileSiteKey} data-language={lang} />
          <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer />
        </div>
      )}

      <button class="button" type="submit">
        {t.submit}
      </button>
    </form>
  );

  return (
    <Layout lang={lang} title={t.title} path={`/apply?role=${role}`}>
      <h1>{t.title}</h1>
      <p>
        <strong>{t.roles[role]}</strong> · <a href={`/apply?lang=${lang}`}>{t.changeRole}</a>
      </p>
      {state.errors.size > 0 && <ErrorSummary lang={lang} errors={state.errors} labels={form.labels} />}
      <p>{t.intro}</p>
      {fields}
    </Layout>
  );
}

/**
 * The application form's questions, from where to send it to the consent, worded for who fills it
 * in: the public form, and the staff form that types in a mailed application (src/pages/staff-intake.tsx).
 */
export function ApplicationFieldsets({
  lang,
  form,
  state,
  organizations,
  organizationChoices,
  maxFileMb,
}: {
  lang: Language;
  form: FormHelpers;
  state: ApplyFormState;
  /** Whose places the conviction can be chosen from. */
  organizations: Organization[];
  /** The organization field's options, value first. */
  organizationChoices: [string, string][];
  maxFileMb: number;
}) {
  const t = messages[lang].apply;
  const f = t.fields;
  const c = t.choices;
  const { role } = state;
  const self = role === "self";
  const jurisdictions = servedJurisdictions(organizations, lang);
  return (
    <>
      <fieldset>
        <legend>{t.sections.organization}</legend>
        {form.select("organization", f.organization, organizationChoices)}
      </fieldset>

      <fieldset>
        <legend>{self ? t.sections.applicantSelf : t.sections.applicantOther}</legend>
        {form.text("applicant.name", self ? f["applicant.nameSelf"] : f["applicant.nameOther"], {
          required: true,
          autocomplete: self ? "name" : "off",
        })}
        {form.text("applicant.otherNames", f["applicant.otherNames"])}
        {form.text("applicant.dateOfBirth", f["applicant.dateOfBirth"], {
          type: "date",
          hint: messages[lang].errors.invalid_date,
        })}
        {form.text("applicant.prisonNumber", f["applicant.prisonNumber"])}
        {form.text("applicant.facility", f["applicant.facility"])}
        {form.text("applicant.postalAddress", f["applicant.postalAddress"], { multiline: true })}
        {form.radios("applicant.inCustody", f["applicant.inCustody"], [
          ["true", c.yes],
          ["false", c.no],
        ])}
        {form.text("applicant.expectedReleaseDate", f["applicant.expectedReleaseDate"], { type: "date" })}
      </fieldset>

      <fieldset>
        <legend>{self ? t.sections.submitterSelf : t.sections.submitterOther}</legend>
        {!self && form.text("submitter.name", f["submitter.name"], { required: true, autocomplete: "name" })}
        {role !== "self" &&
          role !== "defense_attorney" &&
          form.text("submitter.relationship", f["submitter.relationship"], { hint: f["submitter.relationshipHint"] })}
        {form.text("submitter.email", f["submitter.email"], {
          type: "email",
          autocomplete: "email",
          hint: f["submitter.emailHint"],
        })}
        {form.text("submitter.postalAddress", f["submitter.postalAddress"], {
          multiline: true,
          hint: self ? f["submitter.postalAddressSelfHint"] : undefined,
        })}
        {form.text("submitter.phone", f["submitter.phone"], { type: "tel", autocomplete: "tel" })}
      </fieldset>

      <fieldset>
        <legend>{t.sections.conviction}</legend>
        {form.select("conviction.jurisdiction", f["conviction.jurisdiction"], [["", "—"], ...jurisdictions], {
          required: true,
          hint: f["conviction.jurisdictionHint"],
        })}
        {form.text("conviction.offenses", f["conviction.offenses"], {
          required: true,
          multiline: true,
          hint: f["conviction.offensesHint"],
        })}
        {form.text("conviction.court", f["conviction.court"])}
        {form.text("conviction.caseNumber", f["conviction.caseNumber"])}
        {form.text("conviction.convictionDate", f["conviction.convictionDate"], { type: "date" })}
        {form.text("conviction.sentence", f["conviction.sentence"])}
        {form.radios(
          "conviction.trialOrPlea",
          f["conviction.trialOrPlea"],
          trialOrPleaValues.map((v): [string, string] => [v, c.trialOrPlea[v]]),
        )}
        {form.select("conviction.appealStatus", f["conviction.appealStatus"], [
          ["", c.notSaid],
          ...appealStatuses.map((v): [string, string] => [v, c.appealStatus[v]]),
        ])}
        {form.radios("conviction.currentlyRepresented", f["conviction.currentlyRepresented"], [
          ["true", c.yes],
          ["false", c.no],
        ])}
      </fieldset>

      <fieldset>
        <legend>{t.sections.claim}</legend>
        {form.text(
          "claim.innocenceStatement",
          self ? f["claim.innocenceStatementSelf"] : f["claim.innocenceStatementOther"],
          { required: true, multiline: true, hint: f["claim.innocenceStatementHint"] },
        )}
        {form.checkboxes(
          "claim.evidenceTypes",
          f["claim.evidenceTypes"],
          evidenceTypes.map((v): [string, string] => [v, c.evidenceTypes[v]]),
        )}
        {form.radios(
          "claim.biologicalEvidence",
          f["claim.biologicalEvidence"],
          biologicalEvidenceValues.map((v): [string, string] => [v, c[v]]),
        )}
        {form.text("claim.evidenceLocation", f["claim.evidenceLocation"], { multiline: true })}
        {form.text("claim.newEvidence", f["claim.newEvidence"], { multiline: true })}
        {form.text("claim.coDefendants", f["claim.coDefendants"], { multiline: true })}
      </fieldset>

      <fieldset>
        <legend>{t.sections.lawyers}</legend>
        {LAWYER_BLOCKS.map((lawyerRole, index) => {
          const p = `lawyers.${index}`;
          return (
            <fieldset>
              <legend>{f[`lawyers.${lawyerRole}`]}</legend>
              <input type="hidden" name={`${p}.role`} value={lawyerRole} />
              {form.text(`${p}.name`, f["lawyers.name"], { autocomplete: "off" })}
              {form.text(`${p}.email`, f["lawyers.email"], { type: "email", autocomplete: "off" })}
              {form.text(`${p}.phone`, f["lawyers.phone"], { type: "tel", autocomplete: "off" })}
              {form.checkbox(`${p}.mayContact`, f["lawyers.mayContact"])}
              {form.checkbox(`${p}.notify`, f["lawyers.notify"])}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t.sections.contacts}</legend>
        {Array.from({ length: CONTACT_BLOCKS }, (_, index) => {
          const p = `contacts.${index}`;
          return (
            <fieldset>
              <legend>{`${f["contacts.person"]} ${index + 1}`}</legend>
              {form.text(`${p}.name`, f["contacts.name"], { autocomplete: "off" })}
              {form.select(
                `${p}.role`,
                f["contacts.role"],
                supporterRoles.map((v): [string, string] => [v, c.contactRole[v]]),
              )}
              {form.text(`${p}.relationship`, f["contacts.relationship"], { autocomplete: "off" })}
              {form.text(`${p}.email`, f["contacts.email"], { type: "email", autocomplete: "off" })}
              {form.select(
                `${p}.language`,
                f["contacts.language"],
                languages.map((code): [string, string] => [code, messages[code].languageName]),
                { selected: lang },
              )}
              {form.checkbox(`${p}.notify`, f["contacts.notify"])}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t.sections.attachments}</legend>
        {state.held.length > 0 && (
          <fieldset>
            <legend>{f.heldAttachments}</legend>
            <p class="hint">{f.heldAttachmentsHint}</p>
            {state.held.map((file) => (
              <label class="choice">
                <input type="checkbox" name="heldAttachments" value={file.id} checked />
                <span>{`${file.fileName} (${formatSize(file.size)})`}</span>
              </label>
            ))}
          </fieldset>
        )}
        {form.file("attachments", f.attachments, f.attachmentsHint("PDF, JPEG, PNG, HEIC, TIFF, TXT, DOCX", maxFileMb))}
      </fieldset>

      <fieldset>
        <legend>{t.sections.consent}</legend>
        {form.checkbox("consent.dataProcessing", f["consent.dataProcessing"], { required: true })}
        {form.checkbox("consent.contactPeopleNamed", f["consent.contactPeopleNamed"])}
      </fieldset>
    </>
  );
}

export function ErrorSummary({
  lang,
  errors,
  labels,
}: {
  lang: Language;
  errors: Map<string, string>;
  labels: Map<string, string>;
}) {
  const t = messages[lang].apply;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
      <p>{t.errorSummaryIntro}</p>
      <ul>
        {inPageOrder([...errors], [...labels.keys()]).map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{labels.has(name) ? `${labels.get(name)}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Errors in the order their fields appear on the page; any without a field come last. */
function inPageOrder(errors: [string, string][], fieldOrder: string[]): [string, string][] {
  const position = (name: string) => (fieldOrder.includes(name) ? fieldOrder.indexOf(name) : fieldOrder.length);
  return errors.sort(([a], [b]) => position(a) - position(b));
}

type TextOptions = {
  type?: "text" | "email" | "tel" | "date";
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  autocomplete?: string;
};

export type FormHelpers = ReturnType<typeof formHelpers>;

/** Field renderers bound to the form's values and errors; every error is tied to its field. */
export function formHelpers(state: ApplyFormState, lang: Language) {
  const t = messages[lang].apply;
  const labels = new Map<string, string>();
  const first = (name: string) => state.values.get(name)?.[0] ?? "";
  const describedBy = (name: string, hint?: string) =>
    [hint ? `${fieldId(name)}-hint` : "", state.errors.has(name) ? `${fieldId(name)}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const labelText = (label: string, required?: boolean) => (
    <>
      {label} <span class="tag">({required ? t.required : t.optional})</span>
    </>
  );
  const hintAndError = (name: string, hint?: string) => (
    <>
      {hint && (
        <span class="hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </span>
      )}
      {state.errors.has(name) && (
        <p class="error-message" id={`${fieldId(name)}-error`}>
          {state.errors.get(name)}
        </p>
      )}
    </>
  );
  const group = (name: string, label: string, children: Child, hint?: string) => (
    <fieldset class="field" id={fieldId(name)} aria-describedby={describedBy(name, hint)}>
      <legend class="label">{labelText(label)}</legend>
      {hintAndError(name, hint)}
      {children}
    </fieldset>
  );

  return {
    labels,

    text(name: string, label: string, options: TextOptions = {}) {
      labels.set(name, label);
      const common = {
        id: fieldId(name),
        name,
        required: options.required,
        autocomplete: options.autocomplete,
        "aria-invalid": state.errors.has(name) ? "true" : undefined,
        "aria-describedby": describedBy(name, options.hint),
      };
      return (
        <div class="field">
          <label for={fieldId(name)}>{labelText(label, options.required)}</label>
          {hintAndError(name, options.hint)}
          {options.multiline ? (
            <textarea {...common} rows={5}>
              {first(name)}
            </textarea>
          ) : (
            <input {...common} type={options.type ?? "text"} value={first(name)} />
          )}
        </div>
      );
    },

    select(
      name: string,
      label: string,
      choices: [string, string][],
      options: { required?: boolean; hint?: string; selected?: string } = {},
    ) {
      labels.set(name, label);
      const current = state.values.has(name) ? first(name) : (options.selected ?? "");
      return (
        <div class="field">
          <label for={fieldId(name)}>{labelText(label, options.required)}</label>
          {hintAndError(name, options.hint)}
          <select
            id={fieldId(name)}
            name={name}
            required={options.required}
            aria-invalid={state.errors.has(name) ? "true" : undefined}
            aria-describedby={describedBy(name, options.hint)}
          >
            {choices.map(([value, text]) => (
              <option value={value} selected={value === current}>
                {text}
              </option>
            ))}
          </select>
        </div>
      );
    },

    radios(name: string, label: string, choices: [string, string][]) {
      labels.set(name, label);
      const options = choices.map(([value, text]) => (
        <label class="choice">
          <input type="radio" name={name} value={value} checked={first(name) === value} />
          <span>{text}</span>
        </label>
      ));
      return group(name, label, options);
    },

    checkboxes(name: string, label: string, choices: [string, string][]) {
      labels.set(name, label);
      const checked = state.values.get(name) ?? [];
      const options = choices.map(([value, text]) => (
        <label class="choice">
          <input type="checkbox" name={name} value={value} checked={checked.includes(value)} />
          <span>{text}</span>
        </label>
      ));
      return group(name, label, options);
    },

    checkbox(name: string, label: string, options: { required?: boolean } = {}) {
      labels.set(name, label);
      return (
        <div class="field">
          {hintAndError(name)}
          <label class="choice" for={fieldId(name)}>
            <input
              type="checkbox"
              id={fieldId(name)}
              name={name}
              value="true"
              checked={first(name) === "true"}
              required={options.required}
              aria-invalid={state.errors.has(name) ? "true" : undefined}
              aria-describedby={describedBy(name)}
            />
            <span>{options.required ? labelText(label, true) : label}</span>
          </label>
        </div>
      );
    },

    file(name: string, label: string, hint: string) {
      labels.set(name, label);
      return (
        <div class="field">
          <label for={fieldId(name)}>{labelText(label)}</label>
          {hintAndError(name, hint)}
          <input
            type="file"
            id={fieldId(name)}
            name={name}
            multiple
            accept=".pdf,.jpg,.jpeg,.png,.heic,.tif,.tiff,.txt,.docx"
            aria-invalid={state.errors.has(name) ? "true" : undefined}
            aria-describedby={describedBy(name, hint)}
          />
        </div>
      );
    },
  };
}

/** The places the network takes cases from, named in the reader's language. */
function servedJurisdictions(organizations: Organization[], lang: Language): [string, string][] {
  const regions = new Intl.DisplayNames([lang], { type: "region" });
  const codes = [...new Set(organizations.flatMap((o) => o.jurisdictions))];
  const named = codes.map((code): [string, string] => {
    const [country = code, subdivision] = code.split("-");
    const countryName = regions.of(country) ?? country;
    return [code, subdivision ? `${countryName} — ${subdivision}` : countryName];
  });
  return named.sort((a, b) => a[1].localeCompare(b[1], lang));
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
