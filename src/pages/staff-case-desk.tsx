import { correspondenceKinds, type Language } from "../db/schema";
import { labelOf, languageNameIn, messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import {
  ActionError,
  ActionForm,
  type CaseAction,
  type CaseActionError,
  errorAttributes,
  SelectField,
} from "./staff-case-actions";
import { Day, type StaffLocale, Table } from "./staff-parts";

/** The intake desk on a case page: correspondence in and out, and the forms to write and to log. */

export type DeskProps = {
  locale: StaffLocale;
  detail: CaseDetail;
  /** The organization's snippets, to start a message from. */
  snippets: { id: string; title: string; body: string }[];
  /** The snippet chosen to start the message from (`?snippet=`). */
  snippet?: { id: string; body: string };
  /** A fresh one-time key for the message form, so a double-click writes one message. */
  clientKey: string;
  error?: CaseActionError;
};

type Entry = {
  at: string;
  day: string;
  direction: "in" | "out";
  kind: string;
  person: string;
  text: string;
  detail: string;
};

/** Everything that came in and went out by hand, oldest first. */
export function Correspondence({ lang, detail }: { lang: Language; detail: CaseDetail }) {
  const t = messages[lang].staff.desk;
  const erased = messages[lang].staff.erased;
  const people = new Map(detail.contacts.map((p) => [p.id, p.name]));
  const files = new Map(detail.attachments.map((f) => [f.id, f]));
  const messageStatus = (m: CaseDetail["messages"][number]) =>
    m.status === "sent"
      ? m.channel === "post"
        ? t.messageStatuses.printed
        : t.messageStatuses.sent
      : m.status === "pending" && m.channel === "post"
        ? t.messageStatuses.waitingToPrint
        : labelOf(t.messageStatuses, m.status);
  const entries: Entry[] = [
    ...detail.correspondence.map((c) => ({
      at: c.recordedAt,
      day: c.receivedOn,
      direction: "in" as const,
      kind: t.kinds[c.kind],
      person: c.contactId ? (people.get(c.contactId) ?? c.contactId) : "—",
      text: c.summary ?? erased,
      detail: c.attachmentIds.map((id) => files.get(id)?.fileName ?? id).join(", ") || t.noScans,
    })),
    ...detail.messages.map((m) => ({
      at: m.writtenAt,
      day: m.writtenAt.slice(0, 10),
      direction: "out" as const,
      kind: t.channels[m.channel],
      person: people.get(m.contactId) ?? m.contactId,
      text: [m.subject, m.body ?? erased].filter(Boolean).join("\n\n"),
      detail: messageStatus(m),
    })),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.at.localeCompare(b.at));
  return (
    <>
      <h2 id="correspondence">{t.title}</h2>
      <Table
        id="correspondence-table"
        caption={t.caption}
        empty={t.empty}
        rows={entries}
        columns={[
          { header: t.columns.day, cell: (e) => <Day iso={e.day} /> },
          {
            header: "",
            rowHeader: true,
            cell: (e) => (e.direction === "in" ? t.incoming(e.kind) : t.outgoing(e.kind)),
          },
          { header: t.columns.person, cell: (e) => e.person },
          { header: t.columns.says, prewrap: true, cell: (e) => e.text },
          { header: t.columns.scans, cell: (e) => e.detail },
        ]}
      />
    </>
  );
}

/** Write to a person on the case: email when they have one, or a letter to print. */
export function WriteMessage({ locale, detail, snippets, snippet, clientKey, error }: DeskProps) {
  const t = messages[locale.lang].staff.desk;
  const roles = messages[locale.lang].staff.case.contacts.roles;
  const path = `/staff/cases/${detail.id}`;
  const form = {
    locale,
    action: "message" as CaseAction,
    path,
    error: error?.action === "message" ? error : undefined,
  };
  const reachable = detail.contacts.filter((p) => p.email || p.postalAddress);
  const value = (name: string) => form.error?.values[name] ?? "";
  return (
    <section aria-labelledby="write-title">
      <h2 id="write-title">{t.writeTitle}</h2>
      {snippets.length > 0 && (
        <form method="get" action={`${path}#message`} class="panel" aria-labelledby="snippet-title">
          {locale.chosen && <input type="hidden" name="lang" value={locale.lang} />}
          <h3 id="snippet-title">{t.snippetTitle}</h3>
          <div class="field">
            <label for="f-snippet">{t.snippet}</label>
            <select id="f-snippet" name="snippet">
              {snippets.map((s) => (
                <option value={s.id} selected={snippet?.id === s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <button class="button secondary" type="submit">
            {t.useSnippet}
          </button>
        </form>
      )}
      <ActionForm {...form} route="messages" title={t.messageTitle} button={t.send}>
        <p>{t.messageIntro}</p>
        <input type="hidden" name="clientKey" value={form.error?.values.clientKey ?? clientKey} />
        <SelectField
          {...form}
          name="contactId"
          label={t.to}
          options={reachable.map((p) => [
            p.id,
            (p.email ? t.contactOption : t.postOnlyOption)(
              p.name,
              roles[p.role],
              languageNameIn(locale.lang, p.language),
            ),
          ])}
        />
        <SelectField
          {...form}
          name="channel"
          label={t.sendBy}
          showError={false}
          required={false}
          noChoice={t.sendByDefault}
          options={[
            ["email", t.channels.email],
            ["post", t.channels.post],
          ]}
        />
        <div class="field">
          <label for="f-message-subject">{t.heading}</label>
          <input type="text" id="f-message-subject" name="subject" value={value("subject")} maxlength={200} />
        </div>
        <div class="field">
          <label for="f-message-body">{t.body}</label>
          <textarea id="f-message-body" name="body" rows={8} required>
            {form.error ? value("body") : (snippet?.body ?? "")}
          </textarea>
        </div>
      </ActionForm>
    </section>
  );
}

/** Log a letter, call, email or visit that came in, with scans. */
export function LogCorrespondence({ locale, detail, error }: Pick<DeskProps, "locale" | "detail" | "error">) {
  const t = messages[locale.lang].staff.desk;
  const roles = messages[locale.lang].staff.case.contacts.roles;
  const path = `/staff/cases/${detail.id}`;
  const form = {
    locale,
    action: "correspondence" as CaseAction,
    path,
    error: error?.action === "correspondence" ? error : undefined,
  };
  const value = (name: string) => form.error?.values[name] ?? "";
  return (
    <ActionForm {...form} route="correspondence" title={t.logTitle} button={t.log} multipart>
      <SelectField
        {...form}
        name="kind"
        label={t.kind}
        options={correspondenceKinds.map((kind) => [kind, t.kinds[kind]])}
      />
      <div class="field">
        <label for="f-correspondence-date">{t.date}</label>
        <input
          type="date"
          id="f-correspondence-date"
          name="date"
          required
          value={value("date") || new Date().toISOString().slice(0, 10)}
        />
      </div>
      <SelectField
        {...form}
        name="contactId"
        label={t.from}
        showError={false}
        required={false}
        noChoice={t.fromNobody}
        options={detail.contacts.map((p) => [p.id, t.personOption(p.name, roles[p.role])])}
      />
      {detail.tasks.length > 0 && (
        <SelectField
          {...form}
          name="taskId"
          label={t.inAnswerTo}
          showError={false}
          required={false}
          noChoice={t.noTask}
          options={detail.tasks.map((task) => [task.id, task.title ?? messages[locale.lang].staff.erased])}
        />
      )}
      <div class="field">
        <label for="f-correspondence-summary">{t.summary}</label>
        <textarea id="f-correspondence-summary" name="summary" rows={5} required>
          {value("summary")}
        </textarea>
      </div>
      <div class="field">
        <label for="f-correspondence-attachments">{t.scans}</label>
        <input type="file" id="f-correspondence-attachments" name="attachments" multiple />
      </div>
    </ActionForm>
  );
}

/**
 * Type in the answer to the reviewer's questions that came by post, with its scans: the same as an
 * answer through the respond link, so the reviewers are asked again.
 */
export function TypeInAnswer({ locale, detail, error }: Pick<DeskProps, "locale" | "detail" | "error">) {
  const request = detail.assignments.find((a) => a.kind === "respond" && a.status === "open");
  if (!request) return null;
  const t = messages[locale.lang].staff.desk;
  const asked = detail.decisions.find((d) => d.round === request.round && d.outcome === "request_info");
  const form = {
    locale,
    action: "answer" as CaseAction,
    path: `/staff/cases/${detail.id}`,
    error: error?.action === "answer" ? error : undefined,
  };
  return (
    <ActionForm {...form} route="answers" title={t.answerTitle} button={t.recordAnswer} multipart>
      <p>{t.answerDue(request.round, request.dueAt.slice(0, 10))}</p>
      {asked?.questions && (
        <>
          <h4>{t.questions}</h4>
          <p class="prewrap">{asked.questions}</p>
        </>
      )}
      <ActionError error={form.error} />
      <div class="field">
        <label for="f-answer-answer">{t.answer}</label>
        <textarea id="f-answer-answer" name="answer" rows={8} {...errorAttributes(form.error)}>
          {form.error?.values.answer ?? ""}
        </textarea>
      </div>
      <div class="field">
        <label for="f-answer-attachments">{t.answerScans}</label>
        <input type="file" id="f-answer-attachments" name="attachments" multiple />
      </div>
    </ActionForm>
  );
}
