import { isTemplateName, type TemplateName } from "../../emails";
import type { Letter } from "../cases/staff-actions";
import { Layout } from "./layout";

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

type Waiting = {
  id: string;
  reference: string;
  template: string;
  recipientName: string;
  organization: string;
  createdAt: Date;
};

/** Letters to print for applicants who can only be reached by post. */
export function LettersPage({ letters }: { letters: Waiting[] }) {
  return (
    <Layout lang="en" title="Letters to print">
      <h1>Letters to print</h1>
      <p>
        These people gave only a postal address. Print each letter, post it, and it is recorded as sent. Printing issues
        the private links in the letter, so print each letter once.
      </p>
      {letters.length === 0 ? (
        <p>No letters are waiting.</p>
      ) : (
        <form method="post" action="/staff/letters/print">
          <table>
            <caption>Waiting letters, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Print</th>
                <th scope="col">Case</th>
                <th scope="col">Letter</th>
                <th scope="col">To</th>
                <th scope="col">Organization</th>
                <th scope="col">Since</th>
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
                      aria-label={`Print the letter "${kindOf(letter.template)}" for ${letter.reference}`}
                    />
                  </td>
                  <td>{letter.reference}</td>
                  <td>{kindOf(letter.template)}</td>
                  <td>{letter.recipientName}</td>
                  <td>{letter.organization}</td>
                  <td>{letter.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">Print the chosen letters</button>
        </form>
      )}
    </Layout>
  );
}

/** The letters themselves, one per printed page. */
export function PrintedLettersPage({ letters, printedOn }: { letters: Letter[]; printedOn: string }) {
  return (
    <Layout lang="en" title="Letters">
      <p class="no-print">
        {letters.length === 0
          ? "None of the chosen letters is waiting any more: they were printed already."
          : `${letters.length} letter(s), now marked as sent. Use your browser's Print command; each letter starts on a new page.`}{" "}
        <a href="/staff/letters">Back to the letters</a>
      </p>
      {letters.map((letter) => (
        <article class="letter">
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
          <p>{printedOn}</p>
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
    </Layout>
  );
}

const kindOf = (template: string) => (isTemplateName(template) ? letterKinds[template] : template);
