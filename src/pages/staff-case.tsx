import type { CloseReason } from "../cases/staff-actions";
import { en } from "../i18n/en";
import type { CaseDetail, CaseEvent, CaseNotification } from "../presenters/case";
import { RedactedApplication } from "./case-view";
import { Day, ErrorSummary, Moment, StaffLayout, statusLabel, Table } from "./staff-parts";
import { PersonalDataPanel, type PersonCount } from "./staff-person";

export type CaseAction = "reassign" | "withdraw" | "close";
/** Why an action failed, shown in its form, with what was chosen. */
export type CaseActionError = { action: CaseAction; message: string; values: Record<string, string> };
export type CaseActionDone = "reassigned" | "withdrawn" | "closed";

const closeReasonLabels: Record<CloseReason, string> = {
  duplicate: "Duplicate of another case",
  no_reviewer: "No reviewer is available",
  referrals_exhausted: "Every referral was declined",
  no_response: "The applicant did not respond",
  resolved_elsewhere: "Resolved elsewhere",
  other: "Other",
};

const doneNotices: Record<CaseActionDone, string> = {
  reassigned: "The review was reassigned. The new reviewer has been emailed the review link.",
  withdrawn: "The application was withdrawn. Open requests and their links were revoked.",
  closed: "The case was closed. Open requests and their links were revoked.",
};

type StaffCasePageProps = {
  detail: CaseDetail;
  events: CaseEvent[];
  notifications: CaseNotification[];
  /** Everyone the case's records name, by id, for readable tables. */
  names: { reviewers: Map<string, string>; organizations: Map<string, string> };
  /** Active reviewers of the case's organization: who a review can be handed to. */
  activeReviewers: { id: string; name: string }[];
  /** Whether the case has ended, so withdraw and close no longer apply. */
  final: boolean;
  closeReasons: readonly CloseReason[];
  person: PersonCount;
  error?: CaseActionError;
  done?: CaseActionDone;
};

/** One case with everything staff work from, and what they can do with it. */
export function StaffCasePage(props: StaffCasePageProps) {
  const { detail, error, done } = props;
  const path = `/staff/cases/${detail.id}`;
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
      <Actions {...props} path={path} />
      <ApplicationSection detail={detail} />
      <Contacts detail={detail} />
      <Attachments detail={detail} />
      <Screenings detail={detail} />
      <Assignments detail={detail} names={props.names} />
      <Decisions detail={detail} names={props.names} />
      <Responses detail={detail} />
      <Duplicates detail={detail} />
      <Timeline events={props.events} />
      <Notifications notifications={props.notifications} />
      <PersonalDataPanel caseId={detail.id} reference={detail.reference} person={props.person} />
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

function Actions(props: StaffCasePageProps & { path: string }) {
  const { detail, error, path, names, activeReviewers } = props;
  const openReviews = detail.assignments.filter((a) => a.kind === "review" && a.status === "open");
  const errorFor = (action: CaseAction) => (error?.action === action ? error : undefined);
  const chosen = (action: CaseAction, name: string) => errorFor(action)?.values[name] ?? "";
  if (props.final && openReviews.length === 0) {
    return (
      <section aria-labelledby="actions">
        <h2 id="actions">Actions</h2>
        <p>{`This case is ${statusLabel(detail.status)}: nothing more can be done with it here.`}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">Actions</h2>
      {openReviews.length > 0 && (
        <form method="post" action={`${path}/reassign`} class="panel" id="reassign" aria-labelledby="reassign-title">
          <h3 id="reassign-title">Reassign a review</h3>
          <div class="field">
            <label for="f-assignmentId">Review</label>
            <ActionError error={errorFor("reassign")} />
            <select id="f-assignmentId" name="assignmentId" required {...errorAttributes(errorFor("reassign"))}>
              {openReviews.map((a) => (
                <option value={a.id} selected={chosen("reassign", "assignmentId") === a.id}>
                  {`Round ${a.round}: ${reviewerName(names, a.reviewerId)}, due ${a.dueAt.slice(0, 10)}`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-reviewerId">New reviewer</label>
            <select id="f-reviewerId" name="reviewerId">
              <option value="">The least loaded reviewer who has not seen the case</option>
              {activeReviewers.map((r) => (
                <option value={r.id} selected={chosen("reassign", "reviewerId") === r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <button class="button" type="submit">
            Reassign review
          </button>
        </form>
      )}
      {!props.final && (
        <>
          <form method="post" action={`${path}/withdraw`} class="panel" id="withdraw" aria-labelledby="withdraw-title">
            <h3 id="withdraw-title">Withdraw the application</h3>
            <p>
              At the applicant's request. This stops the review, revokes every open request link and cannot be undone.
            </p>
            <ActionError error={errorFor("withdraw")} />
            <div class="field">
              <label class="choice" for="f-confirm-withdraw">
                <input
                  type="checkbox"
                  id="f-confirm-withdraw"
                  name="confirm"
                  value="yes"
                  required
                  {...errorAttributes(errorFor("withdraw"))}
                />
                <span>The applicant asked to withdraw the application</span>
              </label>
            </div>
            <button class="button secondary" type="submit">
              Withdraw application
            </button>
          </form>
          <form method="post" action={`${path}/close`} class="panel" id="close" aria-labelledby="close-title">
            <h3 id="close-title">Close the case</h3>
            <p>This stops the review, revokes every open request link and cannot be undone.</p>
            <div class="field">
              <label for="f-reason">Reason</label>
              <ActionError error={errorFor("close")} />
              <select id="f-reason" name="reason" required {...errorAttributes(errorFor("close"))}>
                <option value="">Choose a reason</option>
                {props.closeReasons.map((reason) => (
                  <option value={reason} selected={chosen("close", "reason") === reason}>
                    {closeReasonLabels[reason]}
                  </option>
                ))}
              </select>
            </div>
            <button class="button secondary" type="submit">
              Close case
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function ActionError({ error }: { error: CaseActionError | undefined }) {
  if (!error) return null;
  return (
    <p class="error-message" id={`${error.action}-error`}>
      {error.message}
    </p>
  );
}

function errorAttributes(error: CaseActionError | undefined) {
  return error ? { "aria-invalid": "true", "aria-describedby": `${error.action}-error` } : {};
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

const matchLabels: Record<CaseDetail["possibleDuplicates"][number]["matchedOn"][number], string> = {
  name_birth_date: "name and date of birth",
  name_prison_number: "name and prison number",
};

function Duplicates({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <h2>Possible duplicates</h2>
      <Table
        id="duplicates"
        caption="Other cases that may be about the same person"
        empty="No other case names the same person."
        rows={detail.possibleDuplicates}
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
    </>
  );
}

/** "family: Maria Ortega", "reviewer: Alex Rivera", "organization: …": a person by role and name. */
function personLabel(person: { role: string; name: string }) {
  return `${person.role.replaceAll("_", " ")}: ${person.name}`;
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
          { header: "By", cell: (e) => e.actor.replaceAll("_", " ") },
          { header: "Who", cell: (e) => (e.person ? personLabel(e.person) : "") },
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

function Notifications({ notifications }: { notifications: CaseNotification[] }) {
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
          { header: "Recipient", cell: (n) => personLabel(n.recipient) },
          { header: "Status", cell: (n) => n.status },
          { header: "Created", cell: (n) => <Moment iso={n.createdAt} /> },
          { header: "Sent", cell: (n) => <Moment iso={n.sentAt} /> },
        ]}
      />
    </>
  );
}
