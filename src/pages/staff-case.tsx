import type { Language } from "../db/schema";
import { labelOf, messages } from "../lib/i18n";
import type { CaseDetail, CaseEvent, CaseNotification } from "../presenters/case";
import { RedactedApplication } from "./case-view";
import { DuplicatesTable } from "./duplicates";
import { CaseActions, type CaseActionsProps } from "./staff-case-actions";
import { Correspondence, type DeskProps, LogCorrespondence, TypeInAnswer, WriteMessage } from "./staff-case-desk";
import { Notes, type NotesProps, Tasks } from "./staff-case-notes";
import { Preservation } from "./staff-case-preservation";
import { Day, ErrorSummary, Moment, StaffLayout, type StaffLocale, statusLabel, Table } from "./staff-parts";
import { PersonalDataPanel, type PersonCount } from "./staff-person";

export const caseActionsDone = [
  "reassigned",
  "withdrawn",
  "closed",
  "offered",
  "returned",
  "reopened",
  "moved",
  "emailed",
  "letter",
  "logged",
  "noted",
  "task",
  "taskChanged",
  "confirmed",
  "answered",
  "entered",
] as const;
export type CaseActionDone = (typeof caseActionsDone)[number];

type StaffCasePageProps = Omit<CaseActionsProps, "reviewerNames"> &
  Omit<DeskProps, "error"> &
  Omit<NotesProps, "error"> & {
    events: CaseEvent[];
    notifications: CaseNotification[];
    /** Everyone the case's records name, by id, for readable tables. */
    names: { reviewers: Map<string, string>; organizations: Map<string, string> };
    person: PersonCount;
    done?: CaseActionDone;
  };

/** One case with everything staff work from, and what they can do with it. */
export function StaffCasePage(props: StaffCasePageProps) {
  const { locale, detail, error, done } = props;
  const { lang } = locale;
  const t = messages[lang].staff.case;
  const path = `/staff/cases/${detail.id}`;
  return (
    <StaffLayout locale={locale} title={t.title(detail.reference)} path={done ? `${path}?done=${done}` : path}>
      <h1>{t.title(detail.reference)}</h1>
      {error && <ErrorSummary title={t.errorTitle} errors={[{ message: error.message, field: error.action }]} />}
      {done && (
        <p class="notice" role="status">
          {t.done[done]}
        </p>
      )}
      <Summary lang={lang} detail={detail} />
      <CaseActions {...props} reviewerNames={props.names.reviewers} />
      <Preservation locale={locale} detail={detail} notifications={props.notifications} today={props.today} />
      <TypeInAnswer locale={locale} detail={detail} error={error} />
      <Tasks {...props} />
      <Notes locale={locale} detail={detail} error={error} />
      <Correspondence lang={lang} detail={detail} />
      <WriteMessage {...props} />
      <LogCorrespondence locale={locale} detail={detail} error={error} />
      <ApplicationSection lang={lang} detail={detail} />
      <Contacts lang={lang} detail={detail} />
      <Attachments lang={lang} detail={detail} />
      <Screenings lang={lang} detail={detail} />
      <Assignments lang={lang} detail={detail} names={props.names} />
      <Decisions lang={lang} detail={detail} names={props.names} />
      <Responses lang={lang} detail={detail} />
      <Duplicates locale={locale} detail={detail} />
      <Timeline lang={lang} events={props.events} />
      <Notifications lang={lang} notifications={props.notifications} />
      <PersonalDataPanel locale={locale} caseId={detail.id} reference={detail.reference} person={props.person} />
    </StaffLayout>
  );
}

function Summary({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.summary;
  return (
    <section class="panel" aria-labelledby="summary">
      <h2 id="summary">{t.title}</h2>
      <dl class="facts">
        <dt>{t.reference}</dt>
        <dd>{detail.reference}</dd>
        <dt>{t.status}</dt>
        <dd>{statusLabel(lang, detail.status)}</dd>
        <dt>{t.organization}</dt>
        <dd>{detail.organization.name}</dd>
        <dt>{t.source}</dt>
        <dd>{messages[lang].staff.case.sources[detail.source]}</dd>
        <dt>{t.language}</dt>
        <dd>{languageName(detail.language)}</dd>
        <dt>{t.sentBy}</dt>
        <dd>{messages[lang].caseView.roles[detail.submitterRole]}</dd>
        <dt>{t.submitted}</dt>
        <dd>
          <Moment lang={lang} iso={detail.submittedAt} />
        </dd>
        <dt>{t.updated}</dt>
        <dd>
          <Moment lang={lang} iso={detail.updatedAt} />
        </dd>
      </dl>
    </section>
  );
}

/** A language by its own name (as the switch shows it), marked as that language for screen readers. */
function languageName(code: Language) {
  return <span lang={code}>{messages[code].languageName}</span>;
}

type Row = [label: string, value: string | undefined];

function Facts({ rows }: { rows: Row[] }) {
  return (
    <dl class="facts">
      {rows
        .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== "")
        .map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd class="prewrap">{value}</dd>
          </>
        ))}
    </dl>
  );
}

const yesNo = (lang: Language, value: boolean | undefined) =>
  value === undefined ? undefined : value ? messages[lang].caseView.yes : messages[lang].caseView.no;

function ApplicationSection({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const f = messages[lang].apply.fields;
  const t = messages[lang].staff.case.applicant;
  const { submitter, applicant, conviction, claim } = detail.application;
  return (
    <>
      <h2>{t.title}</h2>
      <Facts
        rows={[
          [t.name, applicant.name],
          [f["applicant.otherNames"], applicant.otherNames],
          [f["applicant.dateOfBirth"], applicant.dateOfBirth],
          [f["applicant.prisonNumber"], applicant.prisonNumber],
          [f["applicant.facility"], applicant.facility],
          [f["applicant.postalAddress"], applicant.postalAddress],
          [f["applicant.inCustody"], yesNo(lang, applicant.inCustody)],
          [f["applicant.expectedReleaseDate"], applicant.expectedReleaseDate],
          [t.submittedBy, t.submitter(submitter.name, messages[lang].caseView.roles[submitter.role])],
          [t.relationship, submitter.relationship],
          [f["conviction.caseNumber"], conviction.caseNumber],
          [f["conviction.currentlyRepresented"], yesNo(lang, conviction.currentlyRepresented)],
          [f["claim.coDefendants"], claim.coDefendants],
        ]}
      />
      <RedactedApplication lang={lang} application={detail.application} />
    </>
  );
}

function Contacts({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.contacts;
  return (
    <>
      <h2 id="contacts">{t.title}</h2>
      <Table
        id="contacts"
        caption={t.caption}
        rows={detail.contacts}
        columns={[
          { header: t.name, rowHeader: true, cell: (p) => p.name },
          {
            header: t.role,
            cell: (p) => (p.isSubmitter ? t.submitter(t.roles[p.role]) : t.roles[p.role]),
          },
          { header: t.email, cell: (p) => p.email ?? "—" },
          { header: t.postalAddress, prewrap: true, cell: (p) => p.postalAddress ?? "—" },
          { header: t.language, cell: (p) => languageName(p.language) },
          { header: t.getsUpdates, cell: (p) => yesNo(lang, p.notify) },
        ]}
      />
    </>
  );
}

function Attachments({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.documents;
  const roles = messages[lang].staff.case.contacts.roles;
  return (
    <>
      <h2>{t.title}</h2>
      {detail.attachments.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {detail.attachments.map((file) => (
            <li>
              <a href={file.url}>{file.fileName}</a>{" "}
              <span class="tag">
                {t.about(
                  file.contentType,
                  Math.max(1, Math.round(file.size / 1024)),
                  roles[file.uploadedBy],
                  file.uploadedAt.slice(0, 10),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Screenings({ lang, detail }: { lang: Language; detail: CaseDetail }) {
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

type Names = StaffCasePageProps["names"];

const reviewerName = (lang: Language, names: Names, id: string | null) =>
  id ? (names.reviewers.get(id) ?? id) : messages[lang].staff.case.assignments.nobody;

function Assignments({ lang, detail, names }: { lang: Language; detail: CaseDetail; names: Names }) {
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

function Decisions({ lang, detail, names }: { lang: Language; detail: CaseDetail; names: Names }) {
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

function Responses({ lang, detail }: { lang: Language; detail: CaseDetail }) {
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

function Duplicates({ locale, detail }: { locale: StaffLocale; detail: CaseDetail }) {
  const t = messages[locale.lang].staff.case.duplicates;
  return (
    <>
      <h2>{t.title}</h2>
      <DuplicatesTable locale={locale} duplicates={detail.possibleDuplicates} empty={t.empty} />
    </>
  );
}

/** "family: Maria Ortega", "reviewer: Alex Rivera", "organization: …": a person by role and name. */
function personLabel(lang: Language, person: { role: string; name: string }) {
  const t = messages[lang].staff.case;
  const roles: Record<string, string> = { ...t.contacts.roles, ...t.messages.recipientKinds };
  return t.messages.recipientKind(labelOf(roles, person.role), person.name);
}

function Timeline({ lang, events }: { lang: Language; events: CaseEvent[] }) {
  const t = messages[lang].staff.case.timeline;
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="timeline"
        caption={t.caption}
        rows={events}
        columns={[
          { header: t.time, cell: (e) => <Moment lang={lang} iso={e.at} /> },
          { header: t.event, rowHeader: true, cell: (e) => labelOf(t.events, e.type) },
          { header: t.by, cell: (e) => e.actor.replaceAll("_", " ") },
          { header: t.who, cell: (e) => (e.person ? personLabel(lang, e.person) : "") },
          {
            header: t.details,
            cell: (e) =>
              Object.entries(e.data ?? {})
                .map(([key, value]) => `${key}: ${value}`)
                .join("; "),
          },
        ]}
      />
    </>
  );
}

function Notifications({ lang, notifications }: { lang: Language; notifications: CaseNotification[] }) {
  const t = messages[lang].staff.case.messages;
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="notifications"
        caption={t.caption}
        empty={t.empty}
        rows={notifications}
        columns={[
          { header: t.template, rowHeader: true, cell: (n) => labelOf(t.templates, n.template) },
          { header: t.channel, cell: (n) => labelOf(t.channels, n.channel) },
          { header: t.recipient, cell: (n) => personLabel(lang, n.recipient) },
          { header: t.status, cell: (n) => labelOf(t.statuses, n.status) },
          { header: t.created, cell: (n) => <Moment lang={lang} iso={n.createdAt} /> },
          { header: t.sent, cell: (n) => <Moment lang={lang} iso={n.sentAt} /> },
        ]}
      />
    </>
  );
}
