import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { cases, organizations } from "../schema";

/** What a status link shows. Every role sees only this, for now: nothing of the application itself. */
export async function caseStatus(db: Database, caseId: string) {
  const [row] = await db
    .select({
      reference: cases.reference,
      status: cases.status,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  return row;
}

export type CaseStatusView = NonNullable<Awaited<ReturnType<typeof caseStatus>>>;
