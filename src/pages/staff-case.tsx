import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import type { CaseEvent, CaseNotification } from "../presenters/case-history";
import { applicantRows, caseRows, Facts, RedactedApplication, yesNo } from "./case-view";
import { DuplicatesTable } from "./duplicates";
import { CaseActions, type CaseActionsProps } from "./staff-case-actions";
import { Correspondence, type DeskProps, LogCorrespondence, TypeInAnswer, WriteMessage } from "./staff-case-desk";
import { Notifications, Timeline } from "./staff-case-history";
import { Notes, type NotesProps, Tasks } from "./staff-case-notes";
import { Preservation } from "./staff-case-preservation";
import { Assignments, Decisions, type Names, Responses, Screenings } from "./staff-case-review";
import { ErrorSummary, Moment, StaffLayout, type StaffLocale, statusLabel, Table } from "./staff-parts";
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
    names: Names;
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

function ApplicationSection({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.case.applicant;
  const { submitter, applicant } = detail.application;
  return (
    <>
      <h2>{t.title}</h2>
      <Facts
        rows={[
          [t.name, applicant.name],
          ...applicantRows(lang, detail.application),
          [t.submittedBy, t.submitter(submitter.name, messages[lang].caseView.roles[submitter.role])],
          [t.relationship, submitter.relationship],
          ...caseRows(lang, detail.application),
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

function Duplicates({ locale, detail }: { locale: StaffLocale; detail: CaseDetail }) {
  const t = messages[locale.lang].staff.case.duplicates;
  return (
    <>
      <h2>{t.title}</h2>
      <DuplicatesTable locale={locale} duplicates={detail.possibleDuplicates} empty={t.empty} />
    </>
  );
}
