import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import type { ReportTable } from "../presenters/report-tables";
import { FieldError, invalid } from "./action-form";
import { BarChart } from "./charts";
import { ExportButton } from "./staff-exports";
import { ErrorSummary, StaffLayout, type StaffLocale, Table } from "./staff-parts";

export type ReportFilters = {
  values: { from: string; to: string; organization: string };
  errors: Map<string, string>;
  organizations: { slug: string; name: string }[];
};

/** The reports: filters, then each figure as an SVG chart beside its table, and a CSV of each. */
export function StaffReportsPage({
  locale,
  filters,
  tables,
  csvFilters,
}: {
  locale: StaffLocale;
  filters: ReportFilters;
  tables: ReportTable[];
  /** The report's filters, as each table's export takes them. */
  csvFilters: Record<string, string>;
}) {
  const t = messages[locale.lang].staff.reports;
  const query = new URLSearchParams(csvFilters).toString();
  return (
    <StaffLayout locale={locale} title={t.title} path={query ? `/staff/reports?${query}` : "/staff/reports"}>
      <h1>{t.title}</h1>
      {filters.errors.size > 0 && (
        <ErrorSummary
          title={t.errorTitle}
          errors={[...filters.errors].map(([field, message]) => ({ field: fieldId(field), message }))}
        />
      )}
      <Filters locale={locale} filters={filters} />
      {tables.map((table) => (
        <section class="panel report" aria-labelledby={`${table.name}-heading`}>
          <h2 id={`${table.name}-heading`}>{table.caption}</h2>
          {table.chart && (
            <BarChart
              id={`${table.name}-chart`}
              title={t.chartTitle(table.caption)}
              empty={t.empty}
              bars={table.rows.map((row) => ({
                label: String(row[table.chart?.label ?? 0] ?? ""),
                value: Number(row[table.chart?.value ?? 1] ?? 0),
              }))}
            />
          )}
          <Table
            id={table.name}
            caption={table.caption}
            columns={table.columns.map((header, i) => ({
              header,
              rowHeader: i === 0,
              cell: (row: ReportTable["rows"][number]) => (row[i] === null ? "—" : String(row[i])),
            }))}
            rows={table.rows}
            empty={t.empty}
          />
          <ExportButton
            locale={locale}
            kind="report"
            filters={{ table: table.name, ...csvFilters }}
            label={t.exportTable(table.caption)}
          />
        </section>
      ))}
    </StaffLayout>
  );
}

function Filters({ locale, filters }: { locale: StaffLocale; filters: ReportFilters }) {
  const t = messages[locale.lang].staff.reports;
  const { values } = filters;
  const form = { values: new Map(Object.entries(values).map(([k, v]) => [k, [v]])), errors: filters.errors };
  return (
    <form method="get" action="/staff/reports" class="panel filters" aria-label={t.filters}>
      {locale.chosen && <input type="hidden" name="lang" value={locale.lang} />}
      <div class="field">
        <label for={fieldId("from")}>{t.from}</label>
        <FieldError form={form} name="from" />
        <input type="date" id={fieldId("from")} name="from" value={values.from} {...invalid(form, "from")} />
      </div>
      <div class="field">
        <label for={fieldId("to")}>{t.to}</label>
        <FieldError form={form} name="to" />
        <input type="date" id={fieldId("to")} name="to" value={values.to} {...invalid(form, "to")} />
      </div>
      <div class="field">
        <label for={fieldId("organization")}>{t.organization}</label>
        <FieldError form={form} name="organization" />
        <select id={fieldId("organization")} name="organization" {...invalid(form, "organization")}>
          <option value="">{t.allOrganizations}</option>
          {filters.organizations.map((o) => (
            <option value={o.slug} selected={values.organization === o.slug}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button class="button" type="submit">
        {t.show}
      </button>
    </form>
  );
}
