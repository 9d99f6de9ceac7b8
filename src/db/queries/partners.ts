import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { referralPartners } from "../schema";

/** Referral partners of an organization (the active ones only, when asked), by name. */
export function organizationPartners(db: Database, organizationId: string, only: "active" | "all" = "all") {
  return db.query.referralPartners.findMany({
    where: and(
      eq(referralPartners.organizationId, organizationId),
      only === "active" ? eq(referralPartners.active, true) : undefined,
    ),
    orderBy: [asc(referralPartners.name), asc(referralPartners.id)],
  });
}
