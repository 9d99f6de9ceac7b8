import { fieldId } from "../lib/form-data";

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
