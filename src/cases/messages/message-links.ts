import { countHelperCases, type HelperRole } from "../../db/queries/own-pages";
import { messages } from "../../lib/i18n";
import { issueOwnPageLink, ownPageUrl } from "../../lib/own-page-links";
import { nameRedactor } from "../../lib/redact-names";
import { caseCipher, mapClaimText, openText } from "../../lib/sealing";
import { DAY_MS, issueToken } from "../../lib/tokens";
import { type Build, link, UncomposableMessage } from "./build";

/** What messages carry besides their text: fresh links for their recipient, and names hidden from experts. */

/** An action link for the recipient, answering `assignment`; valid a week past its due date, so a late answer still lands. */
export async function actionLink(
  build: Build,
  purpose: "review" | "respond" | "consult" | "referral",
  assignment: { id: string; round: number; dueAt: Date },
) {
  const { recipient } = build;
  const token = await issueToken(build.db, {
    caseId: build.kase.id,
    contactId: recipient.contactId,
    reviewerId: recipient.reviewerId,
    assignmentId: assignment.id,
    role: recipient.role === "organization" ? "referral_partner" : recipient.role,
    purpose,
    round: assignment.round,
    lifetimeMs: assignment.dueAt.getTime() - Date.now() + 7 * DAY_MS,
  });
  return link(build.env, purpose, token);
}

/** Replaces the application's names with roles, worded for the recipient, as the expert's page does. */
export async function expertRedactorOf(build: Build) {
  const cipher = await caseCipher(build.env, build.db, build.kase.id);
  const application = await mapClaimText(build.kase.application, async (text) => (await openText(cipher, text)) ?? "");
  const roles = messages[build.recipient.language].consult.roles;
  return nameRedactor(application, (role) => roles[role]);
}

/** A fresh link to the reviewer's own page, which every message to a reviewer carries. */
export async function reviewerPage(build: Build) {
  const { reviewerId } = build.recipient;
  if (!reviewerId) throw new UncomposableMessage(`notification ${build.notification.id}: not to a reviewer`);
  return ownPageUrl(build.env, "reviewer", await issueOwnPageLink(build.db, { role: "reviewer", reviewerId }));
}

/** A fresh link to an expert's or partner's own page, once they are asked on more than one case. */
export async function helperPage(build: Build, role: HelperRole) {
  const { email } = build.recipient;
  if (!email || (await countHelperCases(build.db, role, email)).cases < 2) return undefined;
  return ownPageUrl(build.env, role, await issueOwnPageLink(build.db, { role, email }));
}
