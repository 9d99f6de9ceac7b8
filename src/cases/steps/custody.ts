import { and, eq, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/client";
import { caseWithOrganization, type Organization } from "../../db/queries/organizations";
import { type cases, contacts, events } from "../../db/schema";
import { applicantInCustody } from "../../schemas/application";
import { type Planned, planMessages } from "../messages/plan";
import { commit, moveCase } from "../transitions";
import { CaseMovedOn } from "./moved-on";

/**
 * A person in prison someone else applied for: they are told by letter who applied and that they
 * can write to the organization, and, where the organization asks for it, review waits until staff
 * record their written agreement (src/cases/paper.ts).
 */

type Case = typeof cases.$inferSelect;

function appliedForSomeoneInCustody(kase: Case): boolean {
  return kase.submitterRole !== "self" && applicantInCustody(kase.application);
}

/** The letter to the person in prison, when someone else applied for them and their address is known. */
export async function planCustodyNotice(db: Database, caseId: string): Promise<Planned> {
  const { case: kase } = await caseWithOrganization(db, caseId);
  if (!appliedForSomeoneInCustody(kase)) return [];
  const applicant = await db.query.contacts.findFirst({
    where: and(
      eq(contacts.caseId, caseId),
      eq(contacts.role, "applicant"),
      eq(contacts.isSubmitter, false),
      isNotNull(contacts.postalAddress),
    ),
  });
  if (!applicant) return [];
  return planMessages(db, [
    {
      caseId,
      template: "applied-for-you",
      context: {},
      occasion: "receipt",
      recipient: { contactId: applicant.id },
      channel: "post",
    },
  ]);
}

export function needsConfirmation(kase: Case, organization: Organization): boolean {
  return organization.requireApplicantConfirmation && appliedForSomeoneInCustody(kase);
}

/**
 * Whether review may start: yes, unless the organization waits for the written agreement of a
 * person in prison someone else applied for and staff have not recorded it yet; then the case
 * waits as `awaiting_confirmation` (the first time this runs) and the workflow waits to be woken.
 */
export async function confirmation(db: Database, caseId: string): Promise<{ confirmed: boolean }> {
  const { case: kase, organization } = await caseWithOrganization(db, caseId);
  if (!needsConfirmation(kase, organization)) return { confirmed: true };
  const recorded = await db.query.events.findFirst({
    where: and(eq(events.caseId, caseId), eq(events.type, "confirmed")),
    columns: { id: true },
  });
  if (recorded) return { confirmed: true };
  if (kase.status === "awaiting_confirmation") return { confirmed: false };
  const waiting = await commit(
    db,
    moveCase(
      db,
      caseId,
      { from: ["submitted", "screening", "routed"], to: "awaiting_confirmation" },
      {
        type: "awaiting_confirmation",
        actor: "system",
        data: { organizationId: organization.id },
        once: organization.id,
      },
    ),
  );
  if (!waiting) throw new CaseMovedOn(caseId, "wait for confirmation");
  return { confirmed: false };
}
