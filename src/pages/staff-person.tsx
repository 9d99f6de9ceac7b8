import { messages } from "../lib/i18n";
import { ExportButton } from "./staff-exports";
import { StaffLayout, type StaffLocale, staffHref } from "./staff-parts";

/** How many cases the person of a case has: those staff may see (this one included), and elsewhere. */
export type PersonCount = { cases: number; elsewhere: number };

/** Export (a ZIP made in the background) and erasure of the case, and of every case of its person, on the case page. */
export function PersonalDataPanel({
  locale,
  caseId,
  reference,
  person,
}: {
  locale: StaffLocale;
  caseId: string;
  reference: string;
  person: PersonCount;
}) {
  const t = messages[locale.lang].staff.person;
  const path = `/staff/cases/${caseId}`;
  const others = person.cases - 1;
  return (
    <section class="panel" aria-labelledby="personal-data">
      <h2 id="personal-data">{t.title}</h2>
      <p>
        {others === 0 ? t.noOtherCase : t.otherCases(others)}
        {person.elsewhere > 0 && ` ${t.elsewhere(person.elsewhere)}`}
      </p>
      <p>{t.zipsMadeForYou}</p>
      <ExportButton locale={locale} kind="case" filters={{ case: caseId }} label={t.downloadCase} />
      <ExportButton locale={locale} kind="person" filters={{ case: caseId }} label={t.downloadPerson(person.cases)} />
      <EraseForm
        locale={locale}
        action={`${path}/erase`}
        id="erase-case"
        title={t.eraseCase}
        reference={reference}
        body={t.eraseCaseBody}
      />
      <EraseForm
        locale={locale}
        action={`${path}/person/erase`}
        id="erase-person"
        title={t.erasePerson(person.cases)}
        reference={reference}
        body={t.erasePersonBody}
      />
    </section>
  );
}

function EraseForm(props: {
  locale: StaffLocale;
  action: string;
  id: string;
  title: string;
  reference: string;
  body: string;
}) {
  const t = messages[props.locale.lang].staff.person;
  return (
    <form
      method="post"
      action={staffHref(props.locale, props.action)}
      class="panel"
      aria-labelledby={`${props.id}-title`}
    >
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p>{props.body}</p>
      <div class="field">
        <label for={`f-${props.id}`}>{t.typeReference(props.reference)}</label>
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
        <a href={staffHref(locale, "/staff")}>{messages[locale.lang].staff.person.back}</a>
      </p>
    </StaffLayout>
  );
}
