import type { Language } from "../db/schema";
import type { CaseDetail, CaseNotification } from "../presenters/case";
import { kindLabels } from "./staff-case-desk";
import { Day, Moment, Table } from "./staff-parts";

/**
 * The case's evidence preservation (src/cases/preservation.ts), when it has any: the task with its
 * due day, whom the letter is for, where the letter is, and the custodian's answers logged.
 */
/** The evidence preservation task of a case: its day, its letter, the custodian and their answers (English for now). */
export function Preservation(props: {
  lang: Language;
  detail: CaseDetail;
  notifications: CaseNotification[];
  today: string;
}) {
  const { lang, detail, today } = props;
  const task = detail.tasks.find((t) => t.kind === "evidence_preservation");
  if (!task) return null;
  const custodian = detail.contacts.find((p) => p.role === "evidence_custodian");
  const letter = props.notifications.find((n) => n.template === "preservation-request");
  const answers = detail.correspondence.filter((c) => c.taskId === task.id);
  return (
    <section class="panel" aria-labelledby="preservation">
      <h2 id="preservation">Evidence preservation</h2>
      <p>
        Biological evidence of this case exists or may exist. Ask whoever keeps it, in writing, not to destroy it. Until
        the letter is marked sent, the intake address is reminded every week from the due day.
      </p>
      <dl class="facts">
        <dt>Letter due</dt>
        <dd>
          <Day iso={task.dueOn} />
          {!task.done && task.dueOn < today && (
            <>
              {" "}
              <strong class="overdue">overdue</strong>
            </>
          )}
        </dd>
        <dt>Sent</dt>
        <dd>{task.done ? <Moment lang={lang} iso={task.doneAt} /> : "Not yet"}</dd>
        <dt>Custodian</dt>
        <dd class="prewrap">
          {custodian
            ? [custodian.name, custodian.postalAddress ?? "(no postal address)"].join("\n")
            : "The application names nobody. Find out who keeps the evidence and write to them."}
        </dd>
        <dt>Letter</dt>
        <dd>
          {letter === undefined ? (
            "None prepared: there is no postal address to send it to."
          ) : letter.status === "sent" ? (
            <>
              Printed <Moment lang={lang} iso={letter.sentAt} />
            </>
          ) : (
            <>
              Waiting under <a href="/staff/letters">Letters to print</a>
              {custodian ? `, in ${custodian.language}` : ""}. Printing it marks it sent.
            </>
          )}
        </dd>
      </dl>
      <Table
        id="preservation-answers"
        caption="The custodian's answers, logged as correspondence for this task"
        empty="No answer logged yet. Log it under “Log post, a call, an email or a visit”, choosing this task."
        rows={answers}
        columns={[
          { header: "Day", rowHeader: true, cell: (c) => <Day iso={c.receivedOn} /> },
          { header: "How", cell: (c) => kindLabels[c.kind] },
          { header: "What it says", prewrap: true, cell: (c) => c.summary ?? "(erased)" },
        ]}
      />
    </section>
  );
}
