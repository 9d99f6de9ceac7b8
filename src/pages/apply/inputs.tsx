import type { Child } from "hono/jsx";
import type { Language } from "../../db/schema";
import { fieldId } from "../../lib/form-data";
import { messages } from "../../lib/i18n";
import type { ChoiceField, Field } from "./fields";

export type HeldFile = { id: string; fileName: string; size: number };

/** What a page of the form shows: the values typed, a message per field in error, the files held. */
export type FormState = {
  values: Map<string, string[]>;
  /** Form field name → translated message. */
  errors: Map<string, string>;
  held: HeldFile[];
};

/** The inputs of `fields`, with their values and errors, each error tied to its field. */
export function Inputs({ fields, state, lang }: { fields: Field[]; state: FormState; lang: Language }) {
  const input = inputRenderers(state, lang);
  return (
    <>
      {fields.map((field) => {
        if (field.kind === "group")
          return (
            <fieldset>
              <legend>{field.legend}</legend>
              <Inputs fields={field.fields} state={state} lang={lang} />
            </fieldset>
          );
        if (field.kind === "hidden") return <input type="hidden" name={field.name} value={field.value} />;
        if (field.kind === "text") return input.text(field);
        if (field.kind === "checkbox") return input.checkbox(field);
        if (field.kind === "files") return input.files(field);
        return field.kind === "select" ? input.select(field) : input.choices(field);
      })}
    </>
  );
}

type Of<K extends Field["kind"]> = Field & { kind: K };

function inputRenderers(state: FormState, lang: Language) {
  const t = messages[lang].apply;
  const first = (name: string) => state.values.get(name)?.[0] ?? "";
  const describedBy = (name: string, hint?: string) =>
    [hint ? `${fieldId(name)}-hint` : "", state.errors.has(name) ? `${fieldId(name)}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = (name: string) => (state.errors.has(name) ? "true" : undefined);
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

  return {
    text(field: Of<"text">) {
      const { name } = field;
      const common = {
        id: fieldId(name),
        name,
        required: field.required,
        autocomplete: field.autocomplete,
        "aria-invalid": invalid(name),
        "aria-describedby": describedBy(name, field.hint),
      };
      return (
        <div class="field">
          <label for={fieldId(name)}>{labelText(field.label, field.required)}</label>
          {hintAndError(name, field.hint)}
          {field.multiline ? (
            <textarea {...common} rows={5}>
              {first(name)}
            </textarea>
          ) : (
            <input {...common} type={field.type ?? "text"} value={first(name)} />
          )}
        </div>
      );
    },

    select(field: ChoiceField) {
      const { name } = field;
      const current = state.values.has(name) ? first(name) : (field.preset ?? "");
      return (
        <div class="field">
          <label for={fieldId(name)}>{labelText(field.label, field.required)}</label>
          {hintAndError(name, field.hint)}
          <select
            id={fieldId(name)}
            name={name}
            required={field.required}
            aria-invalid={invalid(name)}
            aria-describedby={describedBy(name, field.hint)}
          >
            {field.choices.map(([value, text]) => (
              <option value={value} selected={value === current}>
                {text}
              </option>
            ))}
          </select>
        </div>
      );
    },

    choices(field: ChoiceField) {
      const { name } = field;
      const checked = state.values.get(name) ?? [];
      const type = field.kind === "radios" ? "radio" : "checkbox";
      const options: Child = field.choices.map(([value, text]) => (
        <label class="choice">
          <input type={type} name={name} value={value} checked={checked.includes(value)} />
          <span>{text}</span>
        </label>
      ));
      return (
        <fieldset class="field" id={fieldId(name)} aria-describedby={describedBy(name, field.hint)}>
          <legend class="label">{labelText(field.label)}</legend>
          {hintAndError(name, field.hint)}
          {options}
        </fieldset>
      );
    },

    checkbox(field: Of<"checkbox">) {
      const { name } = field;
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
              required={field.required}
              aria-invalid={invalid(name)}
              aria-describedby={describedBy(name)}
            />
            <span>{field.required ? labelText(field.label, true) : field.label}</span>
          </label>
        </div>
      );
    },

    files(field: Of<"files">) {
      const { name } = field;
      const f = t.fields;
      return (
        <>
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
          <div class="field">
            <label for={fieldId(name)}>{labelText(field.label)}</label>
            {hintAndError(name, field.hint)}
            <input
              type="file"
              id={fieldId(name)}
              name={name}
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.heic,.tif,.tiff,.txt,.docx"
              aria-invalid={invalid(name)}
              aria-describedby={describedBy(name, field.hint)}
            />
          </div>
        </>
      );
    },
  };
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The summary of problems at the top of a page, each linking to its field, in page order. */
export function ErrorSummary({
  lang,
  errors,
  labels,
  intro,
  href = (name) => `#${fieldId(name)}`,
}: {
  lang: Language;
  errors: Map<string, string>;
  /** Field name → label, in page order. */
  labels: Map<string, string>;
  intro: string;
  href?: (name: string) => string;
}) {
  const t = messages[lang].apply;
  const order = [...labels.keys()];
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const sorted = [...errors].sort(([a], [b]) => position(a) - position(b));
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
      <p>{intro}</p>
      <ul>
        {sorted.map(([name, message]) => (
          <li>
            <a href={href(name)}>{labels.has(name) ? `${labels.get(name)}: ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
