import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { CapabilityToken } from "../../lib/tokens";
import type { Database } from "../client";
import {
  assignments,
  type CaseStatus,
  cases,
  contacts,
  decisions,
  events,
  organizationBacklog,
  organizations,
} from "../schema";

/**
 * What a status link shows to its holder (SPEC §4: each role only what it may see): for everyone
 * the reference, stage, organization and dates, what the stage means and when it should end; after
 * a decline, the reasons and the directory of other members; once referred, who took the case;
 * and the organization's usual wait.
 * Only the person a request for information went to is told that it waits for them.
 */
export async function caseStatus(db: Database, token: CapabilityToken) {
  // What every status page reads, in one round trip to D1.
  const [[row], [holder], [wait]] = await db.batch([
    db
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
      .where(eq(cases.id, token.caseId)),
    db
      .select({ isSubmitter: contacts.isSubmitter, language: contacts.language })
      .from(contacts)
      // A link held by no contact finds no holder.
      .where(eq(contacts.id, token.contactId ?? "")),
    db
      .select()
      .from(organizationBacklog)
      .where(
        inArray(
          organizationBacklog.organizationId,
          db.select({ id: cases.organizationId }).from(cases).where(eq(cases.id, token.caseId)),
        ),
      ),
  ]);
  if (!row) return undefined;
  const { reasonCodes, directory } =
    row.status === "declined" ? await afterDecline(db, token.caseId, row.organizationId) : NOT_DECLINED;
  return {
    ...row,
    holder: {
      isSubmitter: holder?.isSubmitter === true,
      language: holder?.language,
    },
    request: await openRequest(db, token, row.status),
    referredTo: row.status === "referred" ? await referredTo(db, token.caseId) : undefined,
    reasonCodes,
    directory,
    wait,
  };
}

export type CaseStatusView = NonNullable<Awaited<ReturnType<typeof caseStatus>>>;

/**
 * The open request the case waits on, while it waits: questions to the applicant side (and
 * whether this link's holder is the one asked) or an expert's opinion, with its due date.
 */
async function openRequest(db: Database, token: CapabilityToken, status: CaseStatus) {
  const kind = status === "awaiting_info" ? "respond" : status === "awaiting_expert" ? "consult" : undefined;
  if (!kind) return undefined;
  const open = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, token.caseId), eq(assignments.kind, kind), eq(assignments.status, "open")),
    orderBy: [desc(assignments.createdAt), desc(assignments.id)],
  });
  return {
    kind,
    dueAt: open?.dueAt,
    fromYou: kind === "respond" && open !== undefined && (await isAskedForInformation(db, token, open.contactId)),
  };
}

/** The open request for information that `token`'s holder was asked to answer, if there is one. */
export async function requestToAnswer(db: Database, token: CapabilityToken) {
  const open = await db.query.assignments.findFirst({
    where: and(eq(assignments.caseId, token.caseId), eq(assignments.kind, "respond"), eq(assignments.status, "open")),
    orderBy: asc(assignments.dueAt),
  });
  return open && (await isAskedForInformation(db, token, open.contactId)) ? open : undefined;
}

/** The lawyer or member organization that took a referred case, by the event that referred it. */
async function referredTo(db: Database, caseId: string): Promise<string | undefined> {
  const referred = await db.query.events.findFirst({
    where: and(eq(events.caseId, caseId), eq(events.type, "referred")),
    orderBy: desc(events.id),
  });
  const assignmentId = referred?.data?.assignmentId;
  if (typeof assignmentId !== "string") return undefined;
  const [taker] = await db
    .select({ name: contacts.name })
    .from(assignments)
    .innerJoin(contacts, eq(contacts.id, assignments.contactId))
    .where(eq(assignments.id, assignmentId));
  return taker?.name;
}

/**
 * Whether the link's holder is the person the reviewer's questions went to (the contact of the
 * open request for an answer, or the submitter when they could only be written to by post), or
 * the same person under another role, with the same email address.
 */
async function isAskedForInformation(
  db: Database,
  token: CapabilityToken,
  askedContactId: string | null,
): Promise<boolean> {
  if (!token.contactId) return false;
  const asked = await db.query.contacts.findFirst({
    where: askedContactId
      ? eq(contacts.id, askedContactId)
      : and(eq(contacts.caseId, token.caseId), eq(contacts.isSubmitter, true)),
  });
  if (!asked) return false;
  if (asked.id === token.contactId) return true;
  const holder = await db.query.contacts.findFirst({ where: eq(contacts.id, token.contactId) });
  const address = (email: string | null | undefined) => email?.trim().toLowerCase() || undefined;
  return address(holder?.email) !== undefined && address(holder?.email) === address(asked.email);
}

const NOT_DECLINED = { reasonCodes: [] as string[], directory: [] as DirectoryEntry[] };

type DirectoryEntry = Pick<typeof organizations.$inferSelect, "name" | "website" | "jurisdictions">;

/**
 * What a declined case's page adds, in one round trip: why it was declined (the reason codes of the
 * decision that declined it, or the screening's reason, such as `outside_jurisdiction`) and the
 * directory of the other members.
 */
async function afterDecline(db: Database, caseId: string, organizationId: string) {
  const [[declined], members] = await db.batch([
    db
      .select({ data: events.data, reasonCodes: decisions.reasonCodes })
      .from(events)
      .leftJoin(decisions, eq(decisions.id, sql`json_extract(${events.data}, '$.decisionId')`))
      .where(and(eq(events.caseId, caseId), eq(events.type, "declined")))
      .orderBy(desc(events.id))
      .limit(1),
    db.select().from(organizations).orderBy(asc(organizations.name)),
  ]);
  const reason = declined?.data?.reason;
  const reasonCodes =
    typeof declined?.data?.decisionId === "string"
      ? (declined.reasonCodes ?? [])
      : typeof reason === "string"
        ? [reason]
        : [];
  const directory: DirectoryEntry[] = members
    .filter((member) => member.id !== organizationId)
    .map(({ name, website, jurisdictions }) => ({ name, website, jurisdictions }));
  return { reasonCodes, directory };
}
