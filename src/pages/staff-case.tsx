import { en } from "../i18n/en";
import type { CaseDetail, CaseEvent, CaseNotification } from "../presenters/case";
import { RedactedApplication } from "./case-view";
import { DuplicatesTable } from "./duplicates";
import { CaseActions, type CaseActionsProps } from "./staff-case-actions";
import { Correspondence, type DeskProps, LogCorrespondence, TypeInAnswer, WriteMessage } from "./staff-case-desk";
import { Notes, type NotesProps, Tasks } from "./staff-case-notes";
import { Day, ErrorSummary, Moment, StaffLayout, statusLabel, Table } from "./staff-parts";

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

const doneNotices: Record<CaseActionDone, string> = {
  reassigned: "The review was reassigned. The new reviewer has been emailed the review link.",
  withdrawn: "The application was withdrawn. Open requests and their links were revoked.",
  closed: "The case was closed. Open requests and their links were revoked.",
  offered: "The case is being offered. The partner or organization is emailed the case packet within a minute.",
  returned: "The case was sent back to review. Open requests were revoked; the reviewers are emailed within a minute.",
  reopened: "The case was reopened and is back in review. The reviewers are emailed within a minute.",
  moved: "The case was moved. The other organization's reviewers and the applicant side are emailed within a minute.",
  emailed: "The message was sent by email.",
  letter: "The message is waiting under Letters to print: print it and post it.",
  logged: "It was logged, with its scans.",
  noted: "The note was added.",
  task: "The task was added.",
  taskChanged: "The task was changed.",
  confirmed: "The confirmation was recorded. The reviewers are emailed within a minute.",
  answered: "The answer was recorded, with its scans. The reviewers are emailed within a minute.",
  entered:
    "The mailed application was saved with its scans, and its review has started. A reply to someone without email waits under Letters to print.",
};

type StaffCasePageProps = Omit<CaseActionsProps, "reviewerNames"> &
  Omit<DeskProps, "error"> &
  Omit<NotesProps, "error"> & {
    events: CaseEvent[];
    notifications: CaseNotification[];
    /** Everyone the case's records name, by id, for readable tables. */
    names: { reviewers: Map<string, string>; organizations: Map<string, string> };
    done?: CaseActionDone;
  };

/** One case with everything staff work from, and what they can do with it. */
export function StaffCasePage(props: StaffCasePageProps) {
  const { detail, error, done } = props;
  return (
    <StaffLayout title={`Case ${detail.reference}`}>
      <h1>{`Case ${detail.reference}`}</h1>
      {error && (
        <ErrorSummary title="That could not be done" errors={[{ message: error.message, field: error.action }]} />
      )}
      {done && (
        <p class="notice" role="status">
          {doneNotices[done]}
        </p>
      )}
      <Summary detail={detail} />
      <CaseActions {...props} reviewerNames={props.names.reviewers} />
      <TypeInAnswer detail={detail} error={error} />
      <Tasks {...props} />
      <Notes detail={detail} error={error} />
      <Correspondence detail={detail} />
      <WriteMessage {...props} />
      <LogCorrespondence detail={detail} error={error} />
      <ApplicationSection detail={detail} />
      <Contacts detail={detail} />
      <Attachments detail={detail} />
      <Screenings detail={detail} />
      <Assignments detail={detail} names={props.names} />
      <Decisions detail={detail} names={props.names} />
      <Responses detail={detail} />
      <Duplicates detail={detail} />
      <Timeline events={props.events} />
      <Notifications detail={detail} notifications={props.notifications} names={props.names} />
    </StaffLayout>
  );
}

function Summary({ detail }: { detail: CaseDetail }) {
  return (
    <section class="panel" aria-labelledby="summary">
      <h2 id="summary">Summary</h2>
      <dl class="facts">
        <dt>Reference</dt>
        <dd>{detail.reference}</dd>
        <dt>Status</dt>
        <dd>{statusLabel(detail.status)}</dd>
        <dt>Organization</dt>
        <dd>{detail.organization.name}</dd>
        <dt>Source</dt>
        <dd>{detail.source.replaceAll("_", " ")}</dd>
        <dt>Language</dt>
        <dd>{detail.language}</dd>
        <dt>Sent by</dt>
        <dd>{en.caseView.roles[detail.submitterRole]}</dd>
        <dt>Submitted</dt>
        <dd>
          <Moment iso={detail.submittedAt} />
        </dd>
        <dt>Last updated</dt>
        <dd>
          <Moment iso={detail.updatedAt} />
        </dd>
      </dl>
    </section>
  );
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

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? "Yes" : "No");

function ApplicationSection({ detail }: { detail: CaseDetail }) {
  const f = en.apply.fields;
  const { submitter, applicant, conviction, claim } = detail.application;
  return (
    <>
      <h2>Applicant</h2>
      <Facts
        rows={[
          ["Name", applicant.name],
          [f["applicant.otherNames"], applicant.otherNames],
          [f["applicant.dateOfBirth"], applicant.dateOfBirth],
          [f["applicant.prisonNumber"], applicant.prisonNumber],
          [f["applicant.facility"], applicant.facility],
          [f["applicant.postalAddress"], applicant.postalAddress],
          [f["applicant.inCustody"], yesNo(applicant.inCustody)],
          [f["applicant.expectedReleaseDate"], applicant.expectedReleaseDate],
          ["Submitted by", `${submitter.name} (${en.caseView.roles[submitter.role]})`],
          ["Relationship", submitter.relationship],
          [f["conviction.caseNumber"], conviction.caseNumber],
          [f["conviction.currentlyRepresented"], yesNo(conviction.currentlyRepresented)],
          [f["claim.coDefendants"], claim.coDefendants],
        ]}
      />
      <RedactedApplication lang="en" application={detail.application} />
    </>
  );
}

function Contacts({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <h2 id="contacts">Contacts</h2>
      <Table
        id="contacts"
        caption="People on the case and how to reach them"
        rows={detail.contacts}
        columns={[
          { header: "Name", rowHeader: true, cell: (p) => p.name },
          {
            header: "Role",
            cell: (p) => `${p.role.replaceAll("_", " ")}${p.isSubmitter ? " (submitted the application)" : ""}`,
          },
          { header: "Email", cell: (p) => p.email ?? "—" },
          { header: "Postal address", prewrap: true, cell: (p) => p.postalAddress ?? "—" },
          { header: "Language", cell: (p) => p.language },
          { header: "Gets updates", cell: (p) => (p.notify ? "Yes" : "No") },
        ]}
      />
    </>
  );
}

function Attachments({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <h2>Documents</h2>
      {detail.attachments.length === 0 ? (
        <p>No documents were sent.</p>
      ) : (
        <ul>
          {detail.attachments.map((file) => (
            <li>
              <a href={file.url}>{file.fileName}</a>{" "}
              <span class="tag">
                {`(${file.contentType}, ${Math.max(1, Math.round(file.size / 1024))} KB, from the ${file.uploadedBy.replaceAll("_", " ")}, ${file.uploadedAt.slice(0, 10)})`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Screenings({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <h2>Screening</h2>
      {detail.screenings.length === 0 ? (
        <p>Not screened yet.</p>
      ) : (
        detail.screenings.map((s) => (
          <section class="panel" aria-label={`Screening at ${s.organization}`}>
            <p>
              {`At ${s.organization}, criteria version ${s.criteriaVersion ?? "none"}: `}
              <strong>{s.outcome}</strong>
              {" ("}
              <Moment iso={s.screenedAt} />
              {")"}
            </p>
            {s.results.length > 0 && (
              <ul>
                {s.results.map((r) => (
                  <li>{`${r.id}: ${r.result}${r.result === "pass" ? "" : ` (on failure: ${r.onFail})`}`}</li>
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

const reviewerName = (names: Names, id: string | null) => (id ? (names.reviewers.get(id) ?? id) : "nobody");

function Assignments({ detail, names }: { detail: CaseDetail; names: Names }) {
  const contacts = new Map(detail.contacts.map((p) => [p.id, p.name]));
  const who = (a: CaseDetail["assignments"][number]) =>
    a.reviewerId
      ? reviewerName(names, a.reviewerId)
      : a.contactId
        ? (contacts.get(a.contactId) ?? a.contactId)
        : a.organizationId
          ? (names.organizations.get(a.organizationId) ?? a.organizationId)
          : "—";
  return (
    <>
      <h2>Assignments</h2>
      <Table
        id="assignments"
        caption="Who was asked to act, oldest first"
        empty="Nobody has been asked to act yet."
        rows={detail.assignments}
        columns={[
          { header: "Asked", rowHeader: true, cell: who },
          { header: "Kind", cell: (a) => a.kind },
          { header: "Round", cell: (a) => a.round },
          { header: "Status", cell: (a) => a.status },
          { header: "Due", cell: (a) => <Day iso={a.dueAt} /> },
          { header: "Reminders", cell: (a) => a.remindersSent },
          { header: "Created", cell: (a) => <Moment iso={a.createdAt} /> },
          { header: "Completed", cell: (a) => <Moment iso={a.completedAt} /> },
        ]}
      />
    </>
  );
}

function Decisions({ detail, names }: { detail: CaseDetail; names: Names }) {
  if (detail.decisions.length === 0) return null;
  return (
    <>
      <h2>Decisions</h2>
      <Table
        id="decisions"
        caption="Reviewers' decisions, oldest first"
        rows={detail.decisions}
        columns={[
          { header: "Reviewer", rowHeader: true, cell: (d) => reviewerName(names, d.reviewerId) },
          { header: "Round", cell: (d) => d.round },
          { header: "Outcome", cell: (d) => d.outcome.replaceAll("_", " ") },
          { header: "Reasons", cell: (d) => d.reasonCodes.join(", ") || "—" },
          { header: "Questions", prewrap: true, cell: (d) => d.questions ?? "—" },
          { header: "Note", prewrap: true, cell: (d) => d.note ?? "—" },
          { header: "Decided", cell: (d) => <Moment iso={d.decidedAt} /> },
        ]}
      />
    </>
  );
}

function Responses({ detail }: { detail: CaseDetail }) {
  if (detail.responses.length === 0) return null;
  const kinds: Record<CaseDetail["responses"][number]["kind"], string> = {
    answer: "Applicant's answer",
    opinion: "Expert's opinion",
    referral: "Referral reply",
  };
  return (
    <>
      <h2>Answers, opinions and referral replies</h2>
      {detail.responses.map((r) => (
        <section class="panel" aria-label={`${kinds[r.kind]}, round ${r.round}`}>
          <h3>{`${kinds[r.kind]}, round ${r.round}`}</h3>
          {r.accepted !== null && <p>{r.accepted ? "Accepted the referral." : "Declined the referral."}</p>}
          {r.body && <p class="prewrap">{r.body}</p>}
          <p class="tag">
            Received <Moment iso={r.receivedAt} />
          </p>
        </section>
      ))}
    </>
  );
}

function Duplicates({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <h2>Possible duplicates</h2>
      <DuplicatesTable duplicates={detail.possibleDuplicates} empty="No other case names the same person." />
    </>
  );
}

function Timeline({ events }: { events: CaseEvent[] }) {
  return (
    <>
      <h2>Timeline</h2>
      <Table
        id="timeline"
        caption="Everything that happened to the case, oldest first"
        rows={events}
        columns={[
          { header: "Time", cell: (e) => <Moment iso={e.at} /> },
          { header: "Event", rowHeader: true, cell: (e) => e.type.replaceAll("_", " ") },
          { header: "By", cell: (e) => e.actor },
          {
            header: "Details",
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

function Notifications({
  detail,
  notifications,
  names,
}: {
  detail: CaseDetail;
  notifications: CaseNotification[];
  names: Names;
}) {
  const contacts = new Map(detail.contacts.map((p) => [p.id, p.name]));
  const recipient = ({ kind, id }: CaseNotification["recipient"]) =>
    `${kind}: ${
      (kind === "contact"
        ? contacts.get(id)
        : kind === "reviewer"
          ? names.reviewers.get(id)
          : names.organizations.get(id)) ?? id
    }`;
  return (
    <>
      <h2>Messages</h2>
      <Table
        id="notifications"
        caption="Who was told what, oldest first"
        empty="No messages yet."
        rows={notifications}
        columns={[
          { header: "Template", rowHeader: true, cell: (n) => n.template },
          { header: "Channel", cell: (n) => n.channel },
          { header: "Recipient", cell: (n) => recipient(n.recipient) },
          { header: "Status", cell: (n) => n.status },
          { header: "Created", cell: (n) => <Moment iso={n.createdAt} /> },
          { header: "Sent", cell: (n) => <Moment iso={n.sentAt} /> },
        ]}
      />
    </>
  );
}
