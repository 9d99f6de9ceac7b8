import { asc, inArray } from "drizzle-orm";
import { type Database, inListChunks } from "../client";
import { cases, personKeys } from "../schema";

/** A person is followed through this many links of shared keys (A shares one with B, B another with C…). */
const MAX_HOPS = 4;
/** No one person has more applications than this; past it, something else is going on. */
const MAX_CASES = 100;

export type PersonCase = { id: string; reference: string; organizationId: string; createdAt: Date };

/**
 * Every case of the person a case is about, that case first, then oldest first: the cases that
 * share a duplicate key (src/lib/person-keys.ts) with it, and those that share one with them, and so
 * on. A case with no keys (a name alone) is the person's only case.
 */
export async function casesOfPerson(db: Database, caseId: string): Promise<PersonCase[]> {
  const found = new Set([caseId]);
  const hashes = new Set<string>();
  let frontier = [caseId];
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0 && found.size < MAX_CASES; hop++) {
    const newHashes: string[] = [];
    for (const ids of inListChunks(frontier)) {
      const keys = await db
        .select({ keyHash: personKeys.keyHash })
        .from(personKeys)
        .where(inArray(personKeys.caseId, ids));
      for (const { keyHash } of keys) if (!hashes.has(keyHash)) newHashes.push(keyHash);
    }
    for (const hash of newHashes) hashes.add(hash);
    frontier = [];
    for (const chunk of inListChunks(newHashes)) {
      const sharing = await db
        .select({ caseId: personKeys.caseId })
        .from(personKeys)
        .where(inArray(personKeys.keyHash, chunk));
      for (const row of sharing) {
        if (found.has(row.caseId) || found.size >= MAX_CASES) continue;
        found.add(row.caseId);
        frontier.push(row.caseId);
      }
    }
  }
  const rows: PersonCase[] = [];
  for (const ids of inListChunks([...found])) {
    rows.push(
      ...(await db
        .select({
          id: cases.id,
          reference: cases.reference,
          organizationId: cases.organizationId,
          createdAt: cases.createdAt,
        })
        .from(cases)
        .where(inArray(cases.id, ids))
        .orderBy(asc(cases.createdAt))),
    );
  }
  return rows.sort((a, b) =>
    a.id === caseId ? -1 : b.id === caseId ? 1 : a.createdAt.getTime() - b.createdAt.getTime(),
  );
}
