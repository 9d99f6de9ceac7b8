import { and, desc, eq } from "drizzle-orm";
import type { CapabilityToken } from "../../lib/tokens";
import type { Database } from "../client";
import { assignments, cases, contacts, decisions, events, organizations } from "../schema";
import { listOrganizations } from "./organizations";

/** Roles that are told why a case was declined; other contacts see the stage only. */
const SEES_REASONS = ["defense_attorney", "trial_attorney", "appeal_attorney"];

/**
 * What a status link shows to its holder (SPEC §4: each role only what it may see): for everyone
 * the reference, stage, organization and dates; after a decline, the directory of other members,
 * and for the submitter and the lawyers, the reasons given.
 */
export async function caseStatus(db: Database, token: CapabilityToken) {
  const [row] = await db
    .select({
      reference: cases.reference,
      status: cases.status,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, token.caseId));
  if (!row) return undefined;
  const askedYou = row.status === "awaiting_info" && (await isAskedForInformation(db, token));
  if (row.status !== "declined") return { ...row, askedYou, reasonCodes: [], directory: [] };

  const holder = token.contactId
    ? await db.query.contacts.findFirst({ where: eq(contacts.id, token.contactId) })
    : undefined;
  const seesReasons = holder?.isSubmitter === true || SEES_REASONS.includes(token.role);
  const directory = (await listOrganizations(db))
    .filter((o) => o.id !== row.organizationId)
    .map((o) => ({ name: o.name, website: o.website, jurisdictions: o.jurisdictions }));
  return { ...row, askedYou, reasonCodes: seesReasons ? await declineReasons(db, token.caseId) : [], directory };
}

/**
 * Whether the link's holder is the person the reviewer's questions went to (the contact of the
 * latest request for an answer, or the submitter when they could only be written to by post), or
 * the same person under another role, with the same email address.
 */
async function isAskedForInformation(db: Database, token: CapabilityToken): Promise<boolean> {
  if (!token.contactId) return false;
  const request = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, token.caseId), eq(assignments.kind, "respond")),
    orderBy: [desc(assignments.round), desc(assignments.createdAt)],
  });
  const asked = await db.query.contacts.findFirst({
    where: request?.contactId
      ? eq(contacts.id, request.contactId)
      : and(eq(contacts.caseId, token.caseId), eq(contacts.isSubmitter, true)),
  });
  if (!asked) return false;
  if (asked.id === token.contactId) return true;
  const holder = await db.query.contacts.findFirst({ where: eq(contacts.id, token.contactId) });
  const address = (email: string | null | undefined) => email?.trim().toLowerCase() || undefined;
  return address(holder?.email) !== undefined && address(holder?.email) === address(asked.email);
}

async function declineReasons(db: Database, caseId: string): Promise<string[]> {
  const declined = await db.query.events.findFirst({
    where: and(eq(events.caseId, caseId), eq(events.type, "declined")),
    orderBy: desc(events.id),
  });
  const decisionId = declined?.data?.decisionId;
  if (typeof decisionId === "string") {
    const decision = await db.query.decisions.findFirst({ where: eq(decisions.id, decisionId) });
    return decision?.reasonCodes ?? [];
  }
  const reason = declined?.data?.reason;
  return typeof reason === "string" ? [reason] : [];
}

export type CaseStatusView = NonNullable<Awaited<ReturnType<typeof caseStatus>>>;
