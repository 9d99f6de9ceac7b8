import { languageNameIn, messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import type { CaseNotification } from "../presenters/case-history";
import { Day, Moment, type StaffLocale, staffHref, Table } from "./staff-parts";

/**
 * The case's evidence preservation (src/cases/preservation.ts), when it has any: the task with its
 * due day, whom the letter is for, where the letter is, and the custodian's answers logged.
 */
export function Preservation(props: {
  locale: StaffLocale;
  detail: CaseDetail;
  notifications: CaseNotification[];
  today: string;
}) {
  const { locale, detail, today } = props;
  const { lang } = locale;
  const t = messages[lang].staff.preservation;
  const task = detail.tasks.find((t) => t.kind === "evidence_preservation");
  if (!task) return null;
  const custodian = detail.contacts.find((p) => p.role === "evidence_custodian");
  const letter = props.notifications.find((n) => n.template === "preservation-request");
  const answers = detail.correspondence.filter((c) => c.taskId === task.id);
  return (
    <section class="panel" aria-labelledby="preservation">
      <h2 id="preservation">{t.title}</h2>
      <p>{t.intro}</p>
      <dl class="facts">
        <dt>{t.letterDue}</dt>
        <dd>
          <Day iso={task.dueOn} />
          {!task.done && task.dueOn < today && (
            <>
              {" "}
              <strong class="overdue">{t.overdue}</strong>
            </>
          )}
        </dd>
        <dt>{t.sent}</dt>
        <dd>{task.done ? <Moment lang={lang} iso={task.doneAt} /> : t.notYet}</dd>
        <dt>{t.custodian}</dt>
        <dd class="prewrap">
          {custodian ? [custodian.name, custodian.postalAddress ?? t.noPostalAddress].join("\n") : t.nobodyNamed}
        </dd>
        <dt>{t.letter}</dt>
        <dd>
          {letter === undefined ? (
            t.noLetter
          ) : letter.status === "sent" ? (
            <>
              {t.printed} <Moment lang={lang} iso={letter.sentAt} />
            </>
          ) : (
            <>
              {custodian ? t.waitingIn(languageNameIn(lang, custodian.language)) : t.waiting}{" "}
              <a href={staffHref(locale, "/staff/letters")}>{messages[lang].staff.nav.letters}</a>
            </>
          )}
        </dd>
      </dl>
      <Table
        id="preservation-answers"
        caption={t.answersCaption}
        empty={t.answersEmpty(messages[lang].staff.desk.logTitle)}
        rows={answers}
        columns={[
          { header: t.columns.day, rowHeader: true, cell: (c) => <Day iso={c.receivedOn} /> },
          { header: t.columns.how, cell: (c) => messages[lang].staff.desk.kinds[c.kind] },
          { header: t.columns.says, prewrap: true, cell: (c) => c.summary ?? messages[lang].staff.erased },
        ]}
      />
    </section>
  );
}
