import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { Day, type StaffLocale, staffHref, statusLabel, Table } from "./staff-parts";

type Duplicate = CaseDetail["possibleDuplicates"][number];

/**
 * Other cases that may be about the same person, as the staff member may see them: on a case page,
 * and on the form for a mailed application before it is saved.
 */
export function DuplicatesTable({
  locale,
  duplicates,
  empty,
}: {
  locale: StaffLocale;
  duplicates: Duplicate[];
  empty?: string;
}) {
  const { lang } = locale;
  const t = messages[lang].staff.case.duplicates;
  return (
    <Table
      id="duplicates"
      caption={t.caption}
      empty={empty}
      rows={duplicates}
      columns={[
        { header: t.organization, rowHeader: true, cell: (d) => d.organization.name },
        { header: t.submitted, cell: (d) => <Day iso={d.submittedAt} /> },
        { header: t.matchedOn, cell: (d) => d.matchedOn.map((kind) => t.matches[kind]).join("; ") },
        {
          header: t.case,
          cell: (d) =>
            d.id ? (
              <>
                <a href={staffHref(locale, `/staff/cases/${encodeURIComponent(d.id)}`)}>{d.reference ?? d.id}</a>
                {d.status && ` (${statusLabel(lang, d.status)})`}
              </>
            ) : (
              <span class="tag">{t.elsewhere}</span>
            ),
        },
      ]}
    />
  );
}
