import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { ActionForm, type CaseAction, type CaseActionError, SelectField } from "./staff-case-actions";
import { Day, Moment, type StaffLocale, staffHref, Table } from "./staff-parts";

/** Notes and tasks on a case page: the intake team's own records, with their forms. */

export type NotesProps = {
  locale: StaffLocale;
  detail: CaseDetail;
  /** Active staff who can see the case: whom a task can be given to. */
  staffMembers: { id: string; name: string }[];
  /** Today (UTC), to tell overdue tasks. */
  today: string;
  error?: CaseActionError;
};

function formOf(locale: StaffLocale, detail: CaseDetail, action: CaseAction, error?: CaseActionError) {
  return { locale, action, path: `/staff/cases/${detail.id}`, error: error?.action === action ? error : undefined };
}

export function Tasks({ locale, detail, staffMembers, today, error }: NotesProps) {
  const t = messages[locale.lang].staff.tasks;
  const erased = messages[locale.lang].staff.erased;
  const form = formOf(locale, detail, "task", error);
  const value = (name: string) => form.error?.values[name] ?? "";
  return (
    <section aria-labelledby="tasks">
      <h2 id="tasks">{t.title}</h2>
      <Table
        id="tasks-table"
        caption={t.caption}
        empty={t.empty}
        rows={detail.tasks}
        columns={[
          { header: t.columns.task, rowHeader: true, prewrap: true, cell: (task) => task.title ?? erased },
          {
            header: t.columns.due,
            cell: (task) => (
              <>
                <Day iso={task.dueOn} />
                {!task.done && task.dueOn < today && (
                  <>
                    {" "}
                    <strong class="overdue">{t.overdue}</strong>
                  </>
                )}
              </>
            ),
          },
          { header: t.columns.assignee, cell: (task) => task.assigneeName ?? t.whoeverMadeIt },
          {
            header: t.columns.done,
            cell: (task) => (task.done ? <Moment lang={locale.lang} iso={task.doneAt} /> : t.notDone),
          },
          {
            header: t.columns.change,
            cell: (task) => {
              const change = task.done ? t.openAgain : t.markDone;
              return (
                <form method="post" action={staffHref(locale, `/staff/cases/${detail.id}/tasks/${task.id}`)}>
                  <input type="hidden" name="done" value={task.done ? "false" : "true"} />
                  <button
                    class="button secondary"
                    type="submit"
                    aria-label={t.changeLabel(change, task.title ?? t.aTask)}
                  >
                    {change}
                  </button>
                </form>
              );
            },
          },
        ]}
      />
      <ActionForm {...form} route="tasks" title={t.addTitle} button={t.add}>
        <div class="field">
          <label for="f-task-title">{t.what}</label>
          <input type="text" id="f-task-title" name="title" required maxlength={500} value={value("title")} />
        </div>
        <div class="field">
          <label for="f-task-dueOn">{t.due}</label>
          <input type="date" id="f-task-dueOn" name="dueOn" required value={value("dueOn")} />
        </div>
        <SelectField
          {...form}
          name="assigneeId"
          label={t.who}
          required={false}
          noChoice={t.me}
          options={staffMembers.map((s) => [s.id, s.name])}
        />
      </ActionForm>
    </section>
  );
}

export function Notes({ locale, detail, error }: Pick<NotesProps, "locale" | "detail" | "error">) {
  const t = messages[locale.lang].staff.notes;
  const form = formOf(locale, detail, "note", error);
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">{t.title}</h2>
      <p>{t.intro}</p>
      <Table
        id="notes-table"
        caption={t.caption}
        empty={t.empty}
        rows={detail.notes}
        columns={[
          { header: t.columns.written, rowHeader: true, cell: (n) => <Moment lang={locale.lang} iso={n.writtenAt} /> },
          { header: t.columns.by, cell: (n) => n.writtenBy },
          { header: t.columns.note, prewrap: true, cell: (n) => n.body ?? messages[locale.lang].staff.erased },
        ]}
      />
      <ActionForm {...form} route="notes" title={t.addTitle} button={t.add}>
        <div class="field">
          <label for="f-note-body">{t.note}</label>
          <textarea id="f-note-body" name="body" rows={4} required>
            {form.error?.values.body ?? ""}
          </textarea>
        </div>
      </ActionForm>
    </section>
  );
}
