import { asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { cases, organizations } from "../schema";

export type Organization = typeof organizations.$inferSelect;

export function listOrganizations(db: Database): Promise<Organization[]> {
  return db.select().from(organizations).orderBy(asc(organizations.name));
}

export function findOrganizationBySlug(db: Database, slug: string): Promise<Organization | undefined> {
  return db.query.organizations.findFirst({ where: eq(organizations.slug, slug) });
}

/** Whether `jurisdiction` (`US-PA`, `GB`…) is served: a country code covers all its subdivisions. */
export function servesJurisdiction(organization: Pick<Organization, "jurisdictions">, jurisdiction: string): boolean {
  const country = jurisdiction.split("-")[0];
  return organization.jurisdictions.some((served) => served === jurisdiction || served === country);
}

/** The organization that takes cases from `jurisdiction`: an exact match wins over a whole country. */
export function organizationServing(all: Organization[], jurisdiction: string): Organization | undefined {
  return (
    all.find((o) => o.jurisdictions.includes(jurisdiction)) ?? all.find((o) => servesJurisdiction(o, jurisdiction))
  );
}

/** A case with its organization; the workflow's steps start from it. */
export async function caseWithOrganization(db: Database, caseId: string) {
  const [row] = await db
    .select({ case: cases, organization: organizations })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`case ${caseId} not found`);
  return row;
}
