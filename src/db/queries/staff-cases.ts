import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Database, inListChunks } from "../client";
import {
  assignments,
  cases,
  contacts,
  criteriaVersions,
  events,
  notifications,
  organizations,
  personKeys,
  reviewers,
  screenings,
} from "../schema";
import { loadCaseView } from "./case-view";
import { loadDesk } from "./desk";

/**
 * A case as link pages see it, and everything else staff work from: people, every screening, who
 * was asked, and the desk's records (correspondence in and out), sealed text opened.
 */
export async function loadStaffCase(env: Pick<Env, "DATA_KEYS">, db: Database, caseId: string) {
  const view = await loadCaseView(env, db, caseId);
  if (!view) return undefined;
  const [people, screened, asked, desk] = await Promise.all([
    db.query.contacts.findMany({ where: eq(contacts.caseId, caseId), orderBy: asc(contacts.createdAt) }),
    db
      .select({ screening: screenings, version: criteriaVersions.version, organization: organizations.slug })
      .from(screenings)
      .innerJoin(organizations, eq(organizations.id, screenings.organizationId))
      .leftJoin(criteriaVersions, eq(criteriaVersions.id, screenings.criteriaVersionId))
      .where(eq(screenings.caseId, caseId))
      .orderBy(asc(screenings.createdAt)),
    db.query.assignments.findMany({
      where: eq(assignments.caseId, caseId),
      orderBy: [asc(assignments.createdAt), asc(assignments.id)],
    }),
    loadDesk(env, db, caseId),
  ]);
  return { ...view, contacts: people, screenings: screened, assignments: asked, ...desk };
}

export type StaffCase = NonNullable<Awaited<ReturnType<typeof loadStaffCase>>>;

export type DuplicateMatch = Awaited<ReturnType<typeof possibleDuplicates>>[number];

/** Other cases about the same person (a shared keyed hash), here or at another member, with what matched. */
export async function possibleDuplicates(db: Database, caseId: string) {
  const mine = await db.select({ keyHash: personKeys.keyHash }).from(personKeys).where(eq(personKeys.caseId, caseId));
  return casesSharingKeys(
    db,
    mine.map((k) => k.keyHash),
    caseId,
  );
}

/**
 * The cases whose person has one of `keyHashes` (see src/lib/person-keys.ts), oldest first, each
 * with what matched: the duplicates of a case, or of an application before it is saved.
 */
export async function casesSharingKeys(db: Database, keyHashes: string[], exceptCaseId?: string) {
  if (keyHashes.length === 0) return [];
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      status: cases.status,
      createdAt: cases.createdAt,
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      kind: personKeys.kind,
    })
    .from(personKeys)
    .innerJoin(cases, eq(cases.id, personKeys.caseId))
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(
      and(
        inArray(personKeys.keyHash, keyHashes),
        exceptCaseId === undefined ? undefined : sql`${personKeys.caseId} <> ${exceptCaseId}`,
      ),
    )
    .orderBy(asc(cases.createdAt));
  const byCase = new Map<string, { row: (typeof rows)[number]; matchedOn: (typeof rows)[number]["kind"][] }>();
  for (const row of rows) {
    const seen = byCase.get(row.caseId);
    if (seen) seen.matchedOn.push(row.kind);
    else byCase.set(row.caseId, { row, matchedOn: [row.kind] });
  }
  return [...byCase.values()];
}

/**
 * Everyone a case's records name by id — its contacts, reviewers, organizations, and each message's
 * recipient — so the timeline and the messages can say who, by role and name.
 */
export async function casePeople(db: Database, caseId: string) {
  const [people, sent, logged, organizationRows] = await Promise.all([
    db.query.contacts.findMany({ where: eq(contacts.caseId, caseId) }),
    db
      .select({
        id: notifications.id,
        contactId: notifications.contactId,
        reviewerId: notifications.reviewerId,
        organizationId: notifications.organizationId,
      })
      .from(notifications)
      .where(eq(notifications.caseId, caseId)),
    db.select({ data: events.data }).from(events).where(eq(events.caseId, caseId)),
    db.select({ id: organizations.id, name: organizations.name }).from(organizations),
  ]);
  const reviewerIds = new Set(sent.flatMap((n) => (n.reviewerId ? [n.reviewerId] : [])));
  for (const { data } of logged) if (typeof data?.reviewerId === "string") reviewerIds.add(data.reviewerId);
  const reviewerNames = new Map<string, string>();
  for (const ids of inListChunks([...reviewerIds])) {
    const rows = await db
      .select({ id: reviewers.id, name: reviewers.name })
      .from(reviewers)
      .where(inArray(reviewers.id, ids));
    for (const r of rows) reviewerNames.set(r.id, r.name);
  }
  const named = (role: string, name: string | undefined) => (name === undefined ? undefined : { role, name });
  const contactsById = new Map(people.map((p) => [p.id, { role: p.role, name: p.name || (p.email ?? "") }]));
  const organizationsById = new Map(organizationRows.map((o) => [o.id, o.name]));
  const person = {
    contact: (id: string) => contactsById.get(id),
    reviewer: (id: string) => named("reviewer", reviewerNames.get(id)),
    organization: (id: string) => named("organization", organizationsById.get(id)),
  };
  const recipients = new Map(
    sent.map((n) => [
      n.id,
      n.contactId
        ? person.contact(n.contactId)
        : n.reviewerId
          ? person.reviewer(n.reviewerId)
          : person.organization(n.organizationId ?? ""),
    ]),
  );
  return { ...person, recipient: (notificationId: string) => recipients.get(notificationId) };
}

export type CasePeople = Awaited<ReturnType<typeof casePeople>>;

export function caseEvents(db: Database, caseId: string) {
  return db.query.events.findMany({ where: eq(events.caseId, caseId), orderBy: asc(events.id) });
}

export function caseNotifications(db: Database, caseId: string) {
  return db.query.notifications.findMany({
    where: eq(notifications.caseId, caseId),
    orderBy: [asc(notifications.createdAt), asc(notifications.id)],
  });
}
