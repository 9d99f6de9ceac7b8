import { StaffLayout, type StaffLocale, staffHref } from "./staff-parts";

/** How many cases the person of a case has: those staff may see (this one included), and elsewhere. */
export type PersonCount = { cases: number; elsewhere: number };

/** Export and erasure of the case, and of every case of its person, on the case page. */
export function PersonalDataPanel({
  caseId,
  reference,
  person,
}: {
  caseId: string;
  reference: string;
  person: PersonCount;
}) {
  const api = `/api/v1/cases/${caseId}`;
  const path = `/staff/cases/${caseId}`;
  const others = person.cases - 1;
  return (
    <section class="panel" aria-labelledby="personal-data">
      <h2 id="personal-data">Personal data</h2>
      <p>
        {others === 0
          ? "No other case of this person was found (by name with date of birth or prison number)."
          : `This person has ${others} other ${others === 1 ? "case" : "cases"} here (found by name with date of birth or prison number).`}
        {person.elsewhere > 0 &&
          ` ${person.elsewhere} more ${person.elsewhere === 1 ? "is" : "are"} with other organizations, for their staff.`}
      </p>
      <ul>
        <li>
          <a href={`${api}/export`} download>
            Download this case (ZIP)
          </a>
        </li>
        <li>
          <a href={`${api}/person/export`} download>
            {`Download everything about this person: ${person.cases} ${person.cases === 1 ? "case" : "cases"} (ZIP)`}
          </a>
        </li>
      </ul>
      <EraseForm action={`${path}/erase`} id="erase-case" title="Erase this case" reference={reference}>
        Deletes this case, its people, files, messages and history. It cannot be undone.
      </EraseForm>
      <EraseForm
        action={`${path}/person/erase`}
        id="erase-person"
        title={`Erase every case of this person (${person.cases})`}
        reference={reference}
      >
        Deletes each of the person's cases as above. It cannot be undone.
      </EraseForm>
    </section>
  );
}

function EraseForm(props: { action: string; id: string; title: string; reference: string; children: string }) {
  return (
    <form method="post" action={props.action} class="panel" aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p>{props.children}</p>
      <div class="field">
        <label for={`f-${props.id}`}>{`Type the reference ${props.reference} to confirm`}</label>
        <input type="text" id={`f-${props.id}`} name="confirm" required autocomplete="off" />
      </div>
      <button class="button secondary" type="submit">
        {props.title}
      </button>
    </form>
  );
}

/** What an erasure did, or why it did nothing. */
export function ErasedPage({ locale, title, body }: { locale: StaffLocale; title: string; body: string }) {
  return (
    <StaffLayout locale={locale} title={title} path="/staff">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={staffHref(locale, "/staff")}>Back to the case queue</a>
      </p>
    </StaffLayout>
  );
}
