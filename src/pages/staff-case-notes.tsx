import type { CaseDetail } from "../presenters/case";
import { ActionForm, type CaseAction, type CaseActionError, SelectField } from "./staff-case-actions";
import { Day, Moment, type StaffLocale, Table } from "./staff-parts";

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
  const form = formOf(locale, detail, "task", error);
  const value = (name: string) => form.error?.values[name] ?? "";
  return (
    <section aria-labelledby="tasks">
      <h2 id="tasks">Tasks</h2>
      <Table
        id="tasks-table"
        caption="Open tasks first, by due day"
        empty="No tasks yet."
        rows={detail.tasks}
        columns={[
          { header: "Task", rowHeader: true, prewrap: true, cell: (t) => t.title ?? "(erased)" },
          {
            header: "Due",
            cell: (t) => (
              <>
                <Day iso={t.dueOn} />
                {!t.done && t.dueOn < today && (
                  <>
                    {" "}
                    <strong class="overdue">overdue</strong>
                  </>
                )}
              </>
            ),
          },
          { header: "Assignee", cell: (t) => t.assigneeName ?? "whoever made it" },
          { header: "Done", cell: (t) => (t.done ? <Moment lang={locale.lang} iso={t.doneAt} /> : "No") },
          {
            header: "Change",
            cell: (t) => (
              <form method="post" action={`/staff/cases/${detail.id}/tasks/${t.id}`}>
                <input type="hidden" name="done" value={t.done ? "false" : "true"} />
                <button
                  class="button secondary"
                  type="submit"
                  aria-label={`${t.done ? "Open again" : "Mark done"}: ${t.title ?? "task"}`}
                >
                  {t.done ? "Open again" : "Mark done"}
                </button>
              </form>
            ),
          },
        ]}
      />
      <ActionForm {...form} route="tasks" title="Add a task" button="Add task">
        <div class="field">
          <label for="f-task-title">What to do</label>
          <input type="text" id="f-task-title" name="title" required maxlength={500} value={value("title")} />
        </div>
        <div class="field">
          <label for="f-task-dueOn">Due</label>
          <input type="date" id="f-task-dueOn" name="dueOn" required value={value("dueOn")} />
        </div>
        <SelectField
          {...form}
          name="assigneeId"
          label="Who does it"
          required={false}
          noChoice="Me"
          options={staffMembers.map((s) => [s.id, s.name])}
        />
      </ActionForm>
    </section>
  );
}

export function Notes({ locale, detail, error }: Pick<NotesProps, "locale" | "detail" | "error">) {
  const form = formOf(locale, detail, "note", error);
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      <p>For the team only: nobody outside the staff pages sees them.</p>
      <Table
        id="notes-table"
        caption="Internal notes, oldest first"
        empty="No notes yet."
        rows={detail.notes}
        columns={[
          { header: "Written", rowHeader: true, cell: (n) => <Moment lang={locale.lang} iso={n.writtenAt} /> },
          { header: "By", cell: (n) => n.writtenBy },
          { header: "Note", prewrap: true, cell: (n) => n.body ?? "(erased)" },
        ]}
      />
      <ActionForm {...form} route="notes" title="Add a note" button="Add note">
        <div class="field">
          <label for="f-note-body">Note</label>
          <textarea id="f-note-body" name="body" rows={4} required>
            {form.error?.values.body ?? ""}
          </textarea>
        </div>
      </ActionForm>
    </section>
  );
}
