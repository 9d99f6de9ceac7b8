import { formatDate } from "../../emails/_components/parts";
import type { Letter } from "../cases/letters";
import { labelOf, messages } from "../lib/i18n";
import { Lines, StaffLayout, type StaffLocale, staffHref, Table } from "./staff-parts";

type Waiting = {
  id: string;
  reference: string;
  template: string;
  recipientName: string;
  organization: string;
  hasReturnAddress: boolean;
  createdAt: Date;
};

/** Letters to print for people who can only be reached by post. */
export function LettersPage({ locale, letters }: { locale: StaffLocale; letters: Waiting[] }) {
  const t = messages[locale.lang].staff.letters;
  const templates = messages[locale.lang].staff.case.messages.templates;
  const kindOf = (template: string) => labelOf(templates, template);
  const withoutAddress = [...new Set(letters.filter((l) => !l.hasReturnAddress).map((l) => l.organization))];
  return (
    <StaffLayout locale={locale} title={t.title} path="/staff/letters">
      <h1>{t.title}</h1>
      <p>
        {t.intro} {t.custodyNote}
      </p>
      {withoutAddress.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="no-address-title">
          <h2 id="no-address-title">{t.noAddressTitle}</h2>
          <p>{t.noAddress(withoutAddress.join(", "))}</p>
        </div>
      )}
      {letters.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <form method="post" action={staffHref(locale, "/staff/letters/print")}>
          <Table
            id="letters"
            caption={t.caption}
            rows={letters}
            columns={[
              {
                header: t.columns.print,
                cell: (letter) => (
                  <input
                    type="checkbox"
                    name="ids"
                    value={letter.id}
                    id={`letter-${letter.id}`}
                    checked
                    aria-label={t.printLabel(kindOf(letter.template), letter.reference)}
                  />
                ),
              },
              { header: t.columns.case, rowHeader: true, cell: (letter) => letter.reference },
              { header: t.columns.letter, cell: (letter) => kindOf(letter.template) },
              { header: t.columns.to, cell: (letter) => letter.recipientName },
              { header: t.columns.organization, cell: (letter) => letter.organization },
              { header: t.columns.since, cell: (letter) => letter.createdAt.toISOString().slice(0, 10) },
            ]}
          />
          <div class="field">
            <label for="f-paper">{t.paper}</label>
            <select id="f-paper" name="paper">
              <option value="">{t.paperOwn}</option>
              <option value="a4">{t.paperA4}</option>
              <option value="letter">{t.paperLetter}</option>
            </select>
          </div>
          <button class="button" type="submit">
            {t.print}
          </button>
        </form>
      )}
    </StaffLayout>
  );
}

/**
 * The letters themselves, one per printed page. The notice above them is in the staff member's
 * language; each letter, its date included, is in its recipient's.
 */
export function PrintedLettersPage({ locale, letters }: { locale: StaffLocale; letters: Letter[] }) {
  const t = messages[locale.lang].staff.letters;
  return (
    <StaffLayout locale={locale} title={t.printedTitle} path="/staff/letters">
      <div class="no-print">
        <h1>{t.printedTitle}</h1>
        <p>
          {letters.length === 0 ? t.noneLeft : t.printed(letters.length)}{" "}
          <a href={staffHref(locale, "/staff/letters")}>{t.back}</a>
        </p>
      </div>
      {letters.map((letter) => (
        <PrintedLetter label={t.letterLabel(letter.to.name, letter.reference)} letter={letter} />
      ))}
    </StaffLayout>
  );
}

function PrintedLetter({ label, letter }: { label: string; letter: Letter }) {
  const e = messages[letter.language].emails;
  const { from, to } = letter;
  return (
    <article class={`letter paper-${letter.paper}`} lang={letter.language} aria-label={label}>
      <header class="letterhead">
        <p>
          <strong>{from.name}</strong>
          <Lines text={from.postalAddress ?? ""} />
          {from.email && <Lines text={from.email} />}
          {from.website && <Lines text={from.website} />}
        </p>
      </header>
      <p class="letter-date">
        <time datetime={letter.printedOn}>{formatDate(letter.language, letter.printedOn)}</time>
      </p>
      <address class="letter-to">
        {to.name}
        {to.prisonNumber && <Lines text={e.letter.prisonNumber(to.prisonNumber)} />}
        <Lines text={to.postalAddress} />
      </address>
      <p class="letter-reference">
        {`${e.referenceLabel.yours}: `}
        <strong>{letter.reference}</strong>
      </p>
      <h2>{letter.subject}</h2>
      {letter.text
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => (
          <p class="letter-text">{paragraph}</p>
        ))}
      <p class="letter-text">{e.letter.writeBack}</p>
    </article>
  );
}
