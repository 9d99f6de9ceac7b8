import type { Language } from "../db/schema";
import { labelOf, messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { Day, Moment, Table } from "./staff-parts";

/** The staff case page's record of the review: screenings, who was asked, decisions and answers. */

export function Screenings({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.screening;
  return (
    <>
      <h2>{t.title}</h2>
      {detail.screenings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        detail.screenings.map((s) => (
          <section class="panel" aria-label={t.label(s.organization)}>
            <p>
              {t.at(s.organization, s.criteriaVersion === null ? t.noVersion : String(s.criteriaVersion))}
              <strong>{t.outcomes[s.outcome]}</strong>
              {" ("}
              <Moment lang={lang} iso={s.screenedAt} />
              {")"}
            </p>
            {s.results.length > 0 && (
              <ul>
                {s.results.map((r) => (
                  <li>{`${r.id}: ${t.results[r.result]}${r.result === "pass" ? "" : t.onFail(t.onFailActions[r.onFail])}`}</li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}

/** Everyone the case's records name, by id, for readable tables. */
export type Names = { reviewers: Map<string, string>; organizations: Map<string, string> };

const reviewerName = (lang: Language, names: Names, id: string | null) =>
  id ? (names.reviewers.get(id) ?? id) : messages[lang].staff.case.assignments.nobody;

export function Assignments({ lang, detail, names }: { lang: Language; detail: CaseDetail; names: Names }) {
  const t = messages[lang].staff.case.assignments;
  const contacts = new Map(detail.contacts.map((p) => [p.id, p.name]));
  const who = (a: CaseDetail["assignments"][number]) =>
    a.reviewerId
      ? reviewerName(lang, names, a.reviewerId)
      : a.contactId
        ? (contacts.get(a.contactId) ?? a.contactId)
        : a.organizationId
          ? (names.organizations.get(a.organizationId) ?? a.organizationId)
          : "—";
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="assignments"
        caption={t.caption}
        empty={t.empty}
        rows={detail.assignments}
        columns={[
          { header: t.asked, rowHeader: true, cell: who },
          { header: t.kind, cell: (a) => t.kinds[a.kind] },
          { header: t.round, cell: (a) => a.round },
          { header: t.status, cell: (a) => t.statuses[a.status] },
          { header: t.due, cell: (a) => <Day iso={a.dueAt} /> },
          { header: t.reminders, cell: (a) => a.remindersSent },
          { header: t.created, cell: (a) => <Moment lang={lang} iso={a.createdAt} /> },
          { header: t.completed, cell: (a) => <Moment lang={lang} iso={a.completedAt} /> },
        ]}
      />
    </>
  );
}

export function Decisions({ lang, detail, names }: { lang: Language; detail: CaseDetail; names: Names }) {
  const t = messages[lang].staff.case.decisions;
  const reasons = messages[lang].declineReasons.label;
  if (detail.decisions.length === 0) return null;
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="decisions"
        caption={t.caption}
        rows={detail.decisions}
        columns={[
          { header: t.reviewer, rowHeader: true, cell: (d) => reviewerName(lang, names, d.reviewerId) },
          { header: t.round, cell: (d) => d.round },
          { header: t.outcome, cell: (d) => t.outcomes[d.outcome] },
          {
            header: t.reasons,
            cell: (d) => d.reasonCodes.map((code) => labelOf(reasons, code)).join(", ") || "—",
          },
          { header: t.questions, prewrap: true, cell: (d) => d.questions ?? "—" },
          { header: t.note, prewrap: true, cell: (d) => d.note ?? "—" },
          { header: t.decided, cell: (d) => <Moment lang={lang} iso={d.decidedAt} /> },
        ]}
      />
    </>
  );
}

export function Responses({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.responses;
  if (detail.responses.length === 0) return null;
  return (
    <>
      <h2>{t.title}</h2>
      {detail.responses.map((r) => (
        <section class="panel" aria-label={t.heading(t.kinds[r.kind], r.round)}>
          <h3>{t.heading(t.kinds[r.kind], r.round)}</h3>
          {r.accepted !== null && <p>{r.accepted ? t.accepted : t.declined}</p>}
          {r.body && <p class="prewrap">{r.body}</p>}
          <p class="tag">
            {t.received} <Moment lang={lang} iso={r.receivedAt} />
          </p>
        </section>
      ))}
    </>
  );
}
