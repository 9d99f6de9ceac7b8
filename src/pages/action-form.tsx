import type { Language } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";

/** What a link page's form echoes back: the values sent, and a message per field in error. */
export type ActionFormState = { values: Map<string, string[]>; errors: Map<string, string> };

export const emptyActionForm = (): ActionFormState => ({ values: new Map(), errors: new Map() });

/** The message next to a field, with the id its input points to. */
export function FieldError({ form, name }: { form: ActionFormState; name: string }) {
  return form.errors.has(name) ? (
    <p class="error-message" id={`${fieldId(name)}-error`}>
      {form.errors.get(name)}
    </p>
  ) : null;
}

/** The attributes that tie an input to its error message, when it has one. */
export function invalid(form: ActionFormState, name: string) {
  return form.errors.has(name) ? { "aria-invalid": "true", "aria-describedby": `${fieldId(name)}-error` } : {};
}

/** The box a reviewer or an expert ticks when biological evidence must be kept (src/cases/preservation.ts). */
export function PreserveEvidenceField({ lang, form }: { lang: Language; form: ActionFormState }) {
  const t = messages[lang].caseView;
  return (
    <div class="field">
      <label class="choice" for="f-preserveEvidence">
        <input
          type="checkbox"
          id="f-preserveEvidence"
          name="preserveEvidence"
          value="true"
          aria-describedby="f-preserveEvidence-hint"
          checked={form.values.get("preserveEvidence")?.includes("true")}
        />
        <span>{t.preserveEvidence}</span>
      </label>
      <span class="hint" id="f-preserveEvidence-hint">
        {t.preserveEvidenceHint}
      </span>
    </div>
  );
}
