import { type Language, languages } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { ErrorSummary, StaffLayout, type StaffLocale, staffHref, Table } from "./staff-parts";

type Partner = { id: string; name: string; email: string; language: Language; active: boolean };

type PartnersPageProps = {
  locale: StaffLocale;
  /** The organizations the staff member may manage, each with its partners. */
  organizations: { slug: string; name: string; partners: Partner[] }[];
  /** The add form, as sent, with a message per field in error. */
  form: ActionFormState;
  done?: "added" | "changed";
};

/** Referral partners: the pro bono lawyers accepted cases are offered to. */
export function PartnersPage({ locale, organizations, form, done }: PartnersPageProps) {
  const t = messages[locale.lang].staff.partners;
  const value = (name: string) => form.values.get(name)?.[0] ?? "";
  const errors = [...form.errors].map(([name, message]) => ({ message, field: fieldId(name) }));
  return (
    <StaffLayout locale={locale} title={t.title} path="/staff/partners">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <ErrorSummary title={t.errorTitle} errors={errors} />
      {done && (
        <p class="notice" role="status">
          {t[done]}
        </p>
      )}
      {organizations.map((organization) => (
        <>
          <h2>{organization.name}</h2>
          <Table
            id={`partners-${organization.slug}`}
            caption={t.caption(organization.name)}
            empty={t.empty}
            rows={organization.partners}
            columns={[
              { header: t.columns.name, rowHeader: true, cell: (p) => p.name },
              { header: t.columns.email, cell: (p) => p.email },
              { header: t.columns.language, cell: (p) => messages[p.language].languageName },
              { header: t.columns.active, cell: (p) => (p.active ? t.yes : t.no) },
              {
                header: t.columns.change,
                cell: (p) => (
                  <form method="post" action={staffHref(locale, `/staff/partners/${encodeURIComponent(p.id)}/active`)}>
                    <input type="hidden" name="active" value={p.active ? "false" : "true"} />
                    <button
                      class="button secondary"
                      type="submit"
                      aria-label={p.active ? t.deactivate(p.name) : t.activate(p.name)}
                    >
                      {p.active ? t.deactivateButton : t.activateButton}
                    </button>
                  </form>
                ),
              },
            ]}
          />
        </>
      ))}
      <form
        method="post"
        action={staffHref(locale, "/staff/partners")}
        class="panel"
        aria-labelledby="add-title"
        novalidate
      >
        <h2 id="add-title">{t.addTitle}</h2>
        <div class="field">
          <label for={fieldId("organization")}>{t.fields.organization}</label>
          <FieldError form={form} name="organization" />
          <select id={fieldId("organization")} name="organization" {...invalid(form, "organization")}>
            {organizations.map((o) => (
              <option value={o.slug} selected={value("organization") === o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        {(["name", "email"] as const).map((name) => (
          <div class="field">
            <label for={fieldId(name)}>{t.fields[name]}</label>
            <FieldError form={form} name={name} />
            <input
              type={name === "email" ? "email" : "text"}
              id={fieldId(name)}
              name={name}
              value={value(name)}
              autocomplete="off"
              {...invalid(form, name)}
            />
          </div>
        ))}
        <div class="field">
          <label for={fieldId("language")}>{t.fields.language}</label>
          <select id={fieldId("language")} name="language">
            {languages.map((code) => (
              <option value={code} selected={(value("language") || "en") === code}>
                {messages[code].languageName}
              </option>
            ))}
          </select>
        </div>
        <button class="button" type="submit">
          {t.add}
        </button>
      </form>
    </StaffLayout>
  );
}
