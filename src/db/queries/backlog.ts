import type { Database } from "../client";
import { organizationBacklog } from "../schema";

/** An organization's wait as the daily job last counted it (src/cases/backlog.ts). */
export type Backlog = typeof organizationBacklog.$inferSelect;

/** Every organization's figures, by organization id. */
export async function backlogs(db: Database): Promise<Map<string, Backlog>> {
  const rows = await db.select().from(organizationBacklog);
  return new Map(rows.map((row) => [row.organizationId, row]));
}
