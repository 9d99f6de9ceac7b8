import { correspondenceKinds } from "../db/schema";
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

export const kindLabels: Record<(typeof correspondenceKinds)[number], string> = {
  letter: "Letter",
  call: "Phone call",
  email: "Email",
  visit: "Visit",
};

const channelLabels = { email: "Email", post: "Letter" } as const;

type Entry = {
  at: string;
  day: string;
  direction: "In" | "Out";
  kind: string;
  person: string;
  text: string;
  detail: string;
};

/** Everything that came in and went out by hand, oldest first. */
export function Correspondence({ detail }: { detail: CaseDetail }) {
  const people = new Map(detail.contacts.map((p) => [p.id, p.name]));
  const files = new Map(detail.attachments.map((f) => [f.id, f]));
  const entries: Entry[] = [
    ...detail.correspondence.map((c) => ({
      at: c.recordedAt,
      day: c.receivedOn,
      direction: "In" as const,
      kind: kindLabels[c.kind],
      person: c.contactId ? (people.get(c.contactId) ?? c.contactId) : "—",
      text: c.summary ?? "(erased)",
      detail: c.attachmentIds.map((id) => files.get(id)?.fileName ?? id).join(", ") || "no scans",
    })),
    ...detail.messages.map((m) => ({
      at: m.writtenAt,
      day: m.writtenAt.slice(0, 10),
      direction: "Out" as const,
      kind: channelLabels[m.channel],
      person: people.get(m.contactId) ?? m.contactId,
      text: [m.subject, m.body ?? "(erased)"].filter(Boolean).join("\n\n"),
      detail:
        m.status === "sent"
          ? m.channel === "post"
            ? "printed"
            : "sent"
          : m.status === "pending" && m.channel === "post"
            ? "waiting to be printed"
            : m.status,
    })),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.at.localeCompare(b.at));
  return (
    <>
      <h2 id="correspondence">Correspondence</h2>
      <Table
        id="correspondence-table"
        caption="Letters, calls, emails and visits in, and messages staff wrote, oldest first"
        empty="No correspondence yet."
        rows={entries}
        columns={[
          { header: "Day", cell: (e) => <Day iso={e.day} /> },
          { header: "", rowHeader: true, cell: (e) => `${e.direction}: ${e.kind}` },
          { header: "Person", cell: (e) => e.person },
          { header: "What it says", prewrap: true, cell: (e) => e.text },
          { header: "Scans or status", cell: (e) => e.detail },
        ]}
      />
    </>
  );
}

/** Write to a person on the case: email when they have one, or a letter to print. */
export function WriteMessage({ locale, detail, snippets, snippet, clientKey, error }: DeskProps) {
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
      <h2 id="write-title">Write to someone</h2>
      {snippets.length > 0 && (
        <form method="get" action={`${path}#message`} class="panel" aria-labelledby="snippet-title">
          <h3 id="snippet-title">Start from a snippet</h3>
          <div class="field">
            <label for="f-snippet">Snippet</label>
            <select id="f-snippet" name="snippet">
              {snippets.map((s) => (
                <option value={s.id} selected={snippet?.id === s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <button class="button secondary" type="submit">
            Use this snippet
          </button>
        </form>
      )}
      <ActionForm {...form} route="messages" title="Message" button="Send">
        <p>
          The person reads it in their language's frame: a greeting, your text, the organization's sign-off and the
          reference. It goes by email when they have an address; otherwise it waits under Letters to print.
        </p>
        <input type="hidden" name="clientKey" value={form.error?.values.clientKey ?? clientKey} />
        <SelectField
          {...form}
          name="contactId"
          label="To"
          options={reachable.map((p) => [
            p.id,
            `${p.name} (${p.role.replaceAll("_", " ")}${p.email ? "" : ", post only"}, ${p.language})`,
          ])}
        />
        <SelectField
          {...form}
          name="channel"
          label="Send by"
          showError={false}
          required={false}
          noChoice="Email if they have an address, else a letter"
          options={[
            ["email", "Email"],
            ["post", "Letter"],
          ]}
        />
        <div class="field">
          <label for="f-message-subject">Heading (optional, shown in the message, never in the subject line)</label>
          <input type="text" id="f-message-subject" name="subject" value={value("subject")} maxlength={200} />
        </div>
        <div class="field">
          <label for="f-message-body">Your text</label>
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
  const path = `/staff/cases/${detail.id}`;
  const form = {
    locale,
    action: "correspondence" as CaseAction,
    path,
    error: error?.action === "correspondence" ? error : undefined,
  };
  const value = (name: string) => form.error?.values[name] ?? "";
  return (
    <ActionForm
      {...form}
      route="correspondence"
      title="Log post, a call, an email or a visit"
      button="Log it"
      multipart
    >
      <SelectField
        {...form}
        name="kind"
        label="What came in"
        options={correspondenceKinds.map((kind) => [kind, kindLabels[kind]])}
      />
      <div class="field">
        <label for="f-correspondence-date">Day it arrived or took place</label>
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
        label="From"
        showError={false}
        required={false}
        noChoice="Someone not on the case"
        options={detail.contacts.map((p) => [p.id, `${p.name} (${p.role.replaceAll("_", " ")})`])}
      />
      {detail.tasks.length > 0 && (
        <SelectField
          {...form}
          name="taskId"
          label="In answer to"
          showError={false}
          required={false}
          noChoice="No task"
          options={detail.tasks.map((t) => [t.id, t.title ?? "(erased)"])}
        />
      )}
      <div class="field">
        <label for="f-correspondence-summary">What it says or asks</label>
        <textarea id="f-correspondence-summary" name="summary" rows={5} required>
          {value("summary")}
        </textarea>
      </div>
      <div class="field">
        <label for="f-correspondence-attachments">Scans (optional; PDF, JPEG, PNG, HEIC, TIFF)</label>
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
  const asked = detail.decisions.find((d) => d.round === request.round && d.outcome === "request_info");
  const form = {
    locale,
    action: "answer" as CaseAction,
    path: `/staff/cases/${detail.id}`,
    error: error?.action === "answer" ? error : undefined,
  };
  return (
    <ActionForm
      {...form}
      route="answers"
      title="Type in the answer that came by post"
      button="Record the answer"
      multipart
    >
      <p>
        {`The reviewers asked in round ${request.round}; the answer is due `}
        <Day iso={request.dueAt} />
        {". Recording it here is the same as an answer sent online: the reviewers are asked to decide again."}
      </p>
      {asked?.questions && (
        <>
          <h4>The questions</h4>
          <p class="prewrap">{asked.questions}</p>
        </>
      )}
      <ActionError error={form.error} />
      <div class="field">
        <label for="f-answer-answer">The answer, as the letter gives it</label>
        <textarea id="f-answer-answer" name="answer" rows={8} {...errorAttributes(form.error)}>
          {form.error?.values.answer ?? ""}
        </textarea>
      </div>
      <div class="field">
        <label for="f-answer-attachments">Scans of the letter and what came with it (PDF, JPEG, PNG, HEIC, TIFF)</label>
        <input type="file" id="f-answer-attachments" name="attachments" multiple />
      </div>
    </ActionForm>
  );
}
