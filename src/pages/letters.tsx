import { isTemplateName, type TemplateName } from "../../emails";
import { formatDate } from "../../emails/_components/parts";
import type { Letter } from "../cases/letters";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";
import { Lines, StaffLayout, Table } from "./staff-parts";

/** What each letter is, as staff call it. */
const letterKinds: Record<TemplateName, string> = {
  acknowledgement: "Application received",
  "applied-for-you": "Someone applied for them",
  "info-request": "Questions to answer",
  "staff-message": "Message from staff",
  "case-accepted": "Case accepted",
  "case-referred": "Case referred",
  "case-routed": "Sent to another organization",
  "case-declined": "Decision: declined",
  "review-request": "Case to review",
  "review-reminder": "Review reminder",
  "expert-request": "Expert opinion request",
  "referral-request": "Referral request",
  "staff-alert": "Alert to the intake team",
};

const kindOf = (template: string) => (isTemplateName(template) ? letterKinds[template] : template);

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
export function LettersPage({ letters }: { letters: Waiting[] }) {
  const withoutAddress = [...new Set(letters.filter((l) => !l.hasReturnAddress).map((l) => l.organization))];
  return (
    <StaffLayout title="Letters to print">
      <h1>Letters to print</h1>
      <p>
        These people have no email address. Print each letter, post it, and it is recorded as sent. Printing issues the
        private links in a letter, so print each letter once. Letters to someone in prison carry no link: they give the
        reference and your address to write back to. A question letter's answer deadline starts when it is printed.
      </p>
      {withoutAddress.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="no-address-title">
          <h2 id="no-address-title">No return address</h2>
          <p>
            {`${withoutAddress.join(", ")} has no postal address set, so its letters cannot say where to write back. Set it first: PATCH /api/v1/organizations/<slug> with {"postalAddress": "…"}.`}
          </p>
        </div>
      )}
      {letters.length === 0 ? (
        <p>No letters are waiting.</p>
      ) : (
        <form method="post" action="/staff/letters/print">
          <Table
            id="letters"
            caption="Waiting letters, oldest first"
            rows={letters}
            columns={[
              {
                header: "Print",
                cell: (letter) => (
                  <input
                    type="checkbox"
                    name="ids"
                    value={letter.id}
                    id={`letter-${letter.id}`}
                    checked
                    aria-label={`Print the letter "${kindOf(letter.template)}" for ${letter.reference}`}
                  />
                ),
              },
              { header: "Case", rowHeader: true, cell: (letter) => letter.reference },
              { header: "Letter", cell: (letter) => kindOf(letter.template) },
              { header: "To", cell: (letter) => letter.recipientName },
              { header: "Organization", cell: (letter) => letter.organization },
              { header: "Since", cell: (letter) => letter.createdAt.toISOString().slice(0, 10) },
            ]}
          />
          <div class="field">
            <label for="f-paper">Paper</label>
            <select id="f-paper" name="paper">
              <option value="">Each organization's own: US Letter in North America, A4 elsewhere</option>
              <option value="a4">A4</option>
              <option value="letter">US Letter</option>
            </select>
          </div>
          <button class="button" type="submit">
            Print the chosen letters
          </button>
        </form>
      )}
    </StaffLayout>
  );
}

/** The letters themselves, one per printed page, each in its reader's language. */
export function PrintedLettersPage({ letters }: { letters: Letter[] }) {
  return (
    <Layout lang="en" title="Letters">
      <div class="no-print">
        <h1>Letters to post</h1>
        <p>
          {letters.length === 0
            ? "None of the chosen letters is waiting any more: they were printed already."
            : `${letters.length} letter(s), now marked as sent. Use your browser's Print command; each letter starts on a new page.`}{" "}
          <a href="/staff/letters">Back to the letters</a>
        </p>
      </div>
      {letters.map((letter) => (
        <PrintedLetter letter={letter} />
      ))}
    </Layout>
  );
}

function PrintedLetter({ letter }: { letter: Letter }) {
  const e = messages[letter.language].emails;
  const { from, to } = letter;
  return (
    <article
      class={`letter paper-${letter.paper}`}
      lang={letter.language}
      aria-label={`Letter to ${to.name}, ${letter.reference}`}
    >
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
