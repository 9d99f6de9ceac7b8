import type { Letter } from "../cases/staff-actions";
import { longDate } from "../lib/dates";
import { labelOf, messages } from "../lib/i18n";
import { StaffLayout, type StaffLocale, staffHref } from "./staff-parts";

type Waiting = {
  id: string;
  reference: string;
  template: string;
  recipientName: string;
  organization: string;
  createdAt: Date;
};

/** Letters to print for applicants who can only be reached by post. */
export function LettersPage({ locale, letters }: { locale: StaffLocale; letters: Waiting[] }) {
  const t = messages[locale.lang].staff.letters;
  const templates = messages[locale.lang].staff.case.messages.templates;
  return (
    <StaffLayout locale={locale} title={t.title} path="/staff/letters">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {letters.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <form method="post" action={staffHref(locale, "/staff/letters/print")}>
          <table>
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.print}</th>
                <th scope="col">{t.columns.case}</th>
                <th scope="col">{t.columns.letter}</th>
                <th scope="col">{t.columns.to}</th>
                <th scope="col">{t.columns.organization}</th>
                <th scope="col">{t.columns.since}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <tr>
                  <td>
                    <input
                      type="checkbox"
                      name="ids"
                      value={letter.id}
                      id={`letter-${letter.id}`}
                      checked
                      aria-label={t.printLabel(labelOf(templates, letter.template), letter.reference)}
                    />
                  </td>
                  <td>{letter.reference}</td>
                  <td>{labelOf(templates, letter.template)}</td>
                  <td>{letter.recipientName}</td>
                  <td>{letter.organization}</td>
                  <td>{letter.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">{t.print}</button>
        </form>
      )}
    </StaffLayout>
  );
}

/**
 * The letters themselves, one per printed page. The notice above them is in the staff member's
 * language; each letter, its date included, is in its recipient's.
 */
export function PrintedLettersPage({
  locale,
  letters,
  printedOn,
}: {
  locale: StaffLocale;
  letters: Letter[];
  printedOn: Date;
}) {
  const t = messages[locale.lang].staff.letters;
  return (
    <StaffLayout locale={locale} title={t.printedTitle} path="/staff/letters">
      <p class="no-print">
        {letters.length === 0 ? t.noneLeft : t.printed(letters.length)}{" "}
        <a href={staffHref(locale, "/staff/letters")}>{t.back}</a>
      </p>
      {letters.map((letter) => (
        <article class="letter" lang={letter.language}>
          <p class="letter-from">
            {letter.organization.name}
            <br />
            {letter.organization.intakeEmail}
            {letter.organization.website ? (
              <>
                <br />
                {letter.organization.website}
              </>
            ) : null}
          </p>
          <p class="letter-to">
            {letter.recipientName}
            {letter.postalAddress.split(/\r?\n/).map((line) => (
              <>
                <br />
                {line}
              </>
            ))}
          </p>
          <p>{longDate(letter.language, printedOn)}</p>
          <h2>{letter.subject}</h2>
          {letter.text
            .split(/\n{2,}/)
            .map((paragraph) => paragraph.trim())
            .filter(Boolean)
            .map((paragraph) => (
              <p class="letter-text">{paragraph}</p>
            ))}
        </article>
      ))}
    </StaffLayout>
  );
}
