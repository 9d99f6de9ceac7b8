import type { CaseDetail } from "../presenters/case";
import { Day, statusLabel, Table } from "./staff-parts";

type Duplicate = CaseDetail["possibleDuplicates"][number];

const matchLabels: Record<Duplicate["matchedOn"][number], string> = {
  name_birth_date: "name and date of birth",
  name_prison_number: "name and prison number",
};

/**
 * Other cases that may be about the same person, as the staff member may see them: on a case page,
 * and on the form for a mailed application before it is saved.
 */
export function DuplicatesTable({ duplicates, empty }: { duplicates: Duplicate[]; empty?: string }) {
  return (
    <Table
      id="duplicates"
      caption="Other cases that may be about the same person"
      empty={empty}
      rows={duplicates}
      columns={[
        { header: "Organization", rowHeader: true, cell: (d) => d.organization.name },
        { header: "Submitted", cell: (d) => <Day iso={d.submittedAt} /> },
        { header: "Matched on", cell: (d) => d.matchedOn.map((kind) => matchLabels[kind]).join("; ") },
        {
          header: "Case",
          cell: (d) =>
            d.id ? (
              <>
                <a href={`/staff/cases/${encodeURIComponent(d.id)}`}>{d.reference ?? d.id}</a>
                {d.status && ` (${statusLabel(d.status)})`}
              </>
            ) : (
              <span class="tag">at another organization</span>
            ),
        },
      ]}
    />
  );
}
