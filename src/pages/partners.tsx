import { type Language, languages } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { ErrorSummary, StaffLayout, type StaffLocale, Table } from "./staff-parts";

type Partner = { id: string; name: string; email: string; language: Language; active: boolean };

type PartnersPageProps = {
  locale: StaffLocale;
  /** The organizations the staff member may manage, each with its partners. */
  organizations: { slug: string; name: string; partners: Partner[] }[];
  /** The add form, as sent, with a message per field in error. */
  form: ActionFormState;
  done?: "added" | "changed";
};

const labels = { organization: "Organization", name: "Name", email: "Email", language: "Language of their emails" };

/** Referral partners: the pro bono lawyers accepted cases are offered to. */
export function PartnersPage({ locale, organizations, form, done }: PartnersPageProps) {
  const value = (name: string) => form.values.get(name)?.[0] ?? "";
  const errors = [...form.errors].map(([name, message]) => ({ message, field: fieldId(name) }));
  return (
    <StaffLayout locale={locale} title="Referral partners" path="/staff/partners">
      <h1>Referral partners</h1>
      <p>
        An accepted case is offered to the organization's first active partner. When a partner declines or does not
        answer, you can offer the case to another one from the case page. A deactivated partner is offered no new cases.
      </p>
      <ErrorSummary title="The partner could not be added" errors={errors} />
      {done && (
        <p class="notice" role="status">
          {done === "added" ? "The partner was added." : "The partner was changed."}
        </p>
      )}
      {organizations.map((organization) => (
        <>
          <h2>{organization.name}</h2>
          <Table
            id={`partners-${organization.slug}`}
            caption={`Referral partners of ${organization.name}`}
            empty="No referral partners yet."
            rows={organization.partners}
            columns={[
              { header: "Name", rowHeader: true, cell: (p) => p.name },
              { header: "Email", cell: (p) => p.email },
              { header: "Language", cell: (p) => messages[p.language].languageName },
              { header: "Active", cell: (p) => (p.active ? "Yes" : "No") },
              {
                header: "Change",
                cell: (p) => (
                  <form method="post" action={`/staff/partners/${encodeURIComponent(p.id)}/active`}>
                    <input type="hidden" name="active" value={p.active ? "false" : "true"} />
                    <button
                      class="button secondary"
                      type="submit"
                      aria-label={`${p.active ? "Deactivate" : "Activate"} ${p.name}`}
                    >
                      {p.active ? "Deactivate" : "Activate"}
                    </button>
                  </form>
                ),
              },
            ]}
          />
        </>
      ))}
      <form method="post" action="/staff/partners" class="panel" aria-labelledby="add-title" novalidate>
        <h2 id="add-title">Add a referral partner</h2>
        <div class="field">
          <label for={fieldId("organization")}>{labels.organization}</label>
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
            <label for={fieldId(name)}>{labels[name]}</label>
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
          <label for={fieldId("language")}>{labels.language}</label>
          <select id={fieldId("language")} name="language">
            {languages.map((code) => (
              <option value={code} selected={(value("language") || "en") === code}>
                {messages[code].languageName}
              </option>
            ))}
          </select>
        </div>
        <button class="button" type="submit">
          Add partner
        </button>
      </form>
    </StaffLayout>
  );
}
