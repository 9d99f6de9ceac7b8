import type { Organization } from "../db/queries/organizations";
import { languages, type SubmitterRole, submitterRoles } from "../db/schema";
import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { ApplicationFieldsets, type ApplyFormState, ErrorSummary, formHelpers } from "./apply";
import { DuplicatesTable } from "./duplicates";
import { StaffLayout } from "./staff-parts";

/** Typing in an application that came by post: the application form's fields, for staff. */

const senders: Record<SubmitterRole, string> = {
  self: "The person convicted (most letters from prison)",
  family: "A family member",
  supporter: "A friend or supporter",
  defense_attorney: "Their lawyer",
};

/** Who wrote: the form's questions are worded for them, as the paper questionnaire is. */
export function IntakeRolePage() {
  return (
    <StaffLayout title="Enter a mailed application">
      <h1>Enter a mailed application</h1>
      <p>
        Type in an application that came by post, as the person wrote it, and add the scanned pages. Before it is saved,
        you are shown any other application about the same person. People who wrote in without using the form can be
        sent the <a href="/staff/questionnaire">printable questionnaire</a>.
      </p>
      <h2 id="sender-question">Who wrote to you?</h2>
      <ul class="roles" aria-labelledby="sender-question">
        {submitterRoles.map((role) => (
          <li>
            <a class="button secondary" href={`/staff/cases/new?role=${role}`}>
              {senders[role]}
            </a>
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}

export type Duplicates = {
  rows: CaseDetail["possibleDuplicates"];
  /** Names exactly these matches: ticked and sent back, it saves the application despite them. */
  fingerprint: string;
};

export function StaffIntakePage({
  state,
  organizations,
  organizationChoices,
  maxFileMb,
  duplicates,
}: {
  state: ApplyFormState;
  organizations: Organization[];
  organizationChoices: [string, string][];
  maxFileMb: number;
  duplicates?: Duplicates;
}) {
  const form = formHelpers(state, "en");
  const language = state.values.get("language")?.[0] ?? "en";
  // Built first, its fields called rather than rendered later: they record the labels the summary names.
  const fields = (
    <form method="post" action="/staff/cases/new" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="submitter.role" value={state.role} />
      <input type="hidden" name="submissionId" value={state.submissionId} />
      <fieldset>
        <legend>The letter</legend>
        <div class="field">
          <label for="f-language">Language to write back in</label>
          <select id="f-language" name="language">
            {languages.map((code) => (
              <option value={code} selected={code === language}>
                {messages[code].languageName}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {ApplicationFieldsets({ lang: "en", form, state, organizations, organizationChoices, maxFileMb })}
      {duplicates && (
        <div class="field">
          <label class="choice" for="f-duplicatesSeen">
            <input type="checkbox" id="f-duplicatesSeen" name="duplicatesSeen" value={duplicates.fingerprint} />
            <span>I checked the applications listed at the top: this one is new. Save it as a new case.</span>
          </label>
        </div>
      )}
      <button class="button" type="submit">
        Save the application
      </button>
    </form>
  );
  return (
    <StaffLayout title="Enter a mailed application">
      <h1>Enter a mailed application</h1>
      <p>
        <strong>{`From: ${senders[state.role].toLowerCase()}`}</strong> ·{" "}
        <a href="/staff/cases/new">Change who wrote</a>
      </p>
      {state.errors.size > 0 && <ErrorSummary lang="en" errors={state.errors} labels={form.labels} />}
      {duplicates && (
        <section class="error-summary" role="alert" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">Is this a new application?</h2>
          <p>
            Other applications name the same person. Nothing is saved yet, and the scans are kept. If this letter
            belongs to one of them, log it on that case instead. If it is a new application, tick the box at the end of
            the form and save again.
          </p>
          <DuplicatesTable duplicates={duplicates.rows} />
        </section>
      )}
      <p>
        Type in what the letter says, in the words of the person who wrote it. Required fields are marked; leave the
        rest empty when the letter does not say.
      </p>
      {fields}
    </StaffLayout>
  );
}
