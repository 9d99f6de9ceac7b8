import { inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { pendingLetters } from "../db/queries/letters";
import type { Organization } from "../db/queries/organizations";
import { type Language, notifications } from "../db/schema";
import { normalizeNumber } from "../lib/person-keys";
import type { Staff } from "../lib/staff-auth";
import { composeMessage } from "./messages/compose";
import { markMessageSent } from "./messages/deliver";
import { startAnswerDeadline } from "./paper";
import { taskDoneByLetter } from "./preservation";

/**
 * Letters for people reachable only by post, printed by staff from /staff/letters. A letter is the
 * message as its email would say it, laid out for paper: the organization's letterhead, the date,
 * the recipient's address (with their prison number when they are in prison), the reference, the
 * heading and the text, once. A letter to someone in prison carries no link: they get the
 * reference and the address to write to.
 */

export const papers = ["a4", "letter"] as const;
export type Paper = (typeof papers)[number];

export type Letter = {
  id: string;
  language: Language;
  paper: Paper;
  reference: string;
  /** The letterhead; the email address and website only for readers who can use them. */
  from: { name: string; postalAddress: string | null; email: string | null; website: string | null };
  to: { name: string; prisonNumber: string | null; postalAddress: string };
  subject: string;
  /** Paragraphs separated by a blank line. */
  text: string;
  /** ISO date, `YYYY-MM-DD`. */
  printedOn: string;
};

/** The paper the organization's printer holds: US Letter in North America, A4 elsewhere. */
export function paperOf(organization: Pick<Organization, "jurisdictions">): Paper {
  const country = organization.jurisdictions[0]?.split("-")[0];
  return country === "US" || country === "CA" || country === "MX" ? "letter" : "a4";
}

/**
 * Renders the chosen letters for printing, on `paper` or each organization's own, and marks them
 * printed. Each print issues the links in it afresh (only their hashes are stored), so it happens
 * on a POST, once per letter. A printed evidence preservation letter is a sent one: its task is done.
 */
export async function printLetters(
  env: Env,
  db: Database,
  staff: Staff,
  ids: string[],
  paper?: Paper,
): Promise<Letter[]> {
  const waiting = new Set((await pendingLetters(db, staff)).map((l) => l.id));
  const chosen = ids.filter((id) => waiting.has(id));
  if (chosen.length === 0) return [];
  const rows = await db.query.notifications.findMany({ where: inArray(notifications.id, chosen) });
  const printedOn = new Date().toISOString().slice(0, 10);
  const letters: Letter[] = [];
  for (const notification of rows) {
    if (notification.template === "info-request" && notification.context.assignmentId)
      await startAnswerDeadline(db, notification.context.assignmentId);
    const { recipient, message, kase, organization, letter } = await composeMessage(env, db, notification);
    if (!recipient.postalAddress || !letter) continue;
    await markMessageSent(db, notification, recipient.language, null, staff.actor);
    await taskDoneByLetter(db, notification, staff.actor);
    const { prisonNumber } = kase.application.applicant;
    letters.push({
      id: notification.id,
      language: recipient.language,
      paper: paper ?? paperOf(organization),
      reference: kase.reference,
      from: {
        name: organization.name,
        postalAddress: organization.postalAddress,
        email: letter.custody ? null : organization.intakeEmail,
        website: letter.custody ? null : organization.website,
      },
      to: {
        name: recipient.name,
        prisonNumber:
          letter.custody && prisonNumber && !mentions(recipient.postalAddress, prisonNumber) ? prisonNumber : null,
        postalAddress: recipient.postalAddress,
      },
      subject: message.subject,
      text: message.letterText,
      printedOn,
    });
  }
  return letters;
}

/** Whether an address already gives the prison number (written with or without spaces and dashes). */
function mentions(address: string, prisonNumber: string): boolean {
  return normalizeNumber(address).includes(normalizeNumber(prisonNumber));
}
