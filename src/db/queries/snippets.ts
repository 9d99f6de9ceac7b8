import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { snippets } from "../schema";

/** An organization's snippets, by title. */
export function organizationSnippets(db: Database, organizationId: string) {
  return db.query.snippets.findMany({
    where: eq(snippets.organizationId, organizationId),
    orderBy: [asc(snippets.title), asc(snippets.id)],
  });
}

export function findSnippet(db: Database, organizationId: string, id: string) {
  return db.query.snippets.findFirst({ where: and(eq(snippets.id, id), eq(snippets.organizationId, organizationId)) });
}
