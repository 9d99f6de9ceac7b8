import { eq, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { cases, searchTerms } from "../db/schema";
import { searchTermsOf } from "../lib/search-terms";
import type { Application } from "../schemas/application";
import type { Statement } from "./transitions";

/**
 * The case search's blind index (src/lib/search-terms.ts), written with the case: at intake, when
 * the people of a case change, and again by the daily job for cases whose terms are missing or were
 * made another way (`SEARCH_TERMS_VERSION`). The purge removes them with the case; a case that moves
 * to another organization takes them along (`moveCase`).
 */

/** Raise it when what a term is made of changes: the daily job then writes every case's terms again. */
export const SEARCH_TERMS_VERSION = 1;

/** Cases the daily job indexes per batch: three statements each, within the Free plan's 50 queries. */
const INDEX_BATCH = 15;

/**
 * The statements that replace a case's search terms with the application's. The hashes travel as one
 * JSON parameter, so a case with many people binds two values, and each row takes the case's
 * organization as it is when the batch runs.
 */
export async function searchTermStatements(
  env: Pick<Env, "PERSON_HASH_KEY">,
  db: Database,
  caseId: string,
  application: Application,
): Promise<Statement[]> {
  const hashes = await searchTermsOf(env.PERSON_HASH_KEY, application);
  return [
    db.delete(searchTerms).where(eq(searchTerms.caseId, caseId)),
    db
      .insert(searchTerms)
      .select(
        sql`SELECT cases.id, cases.organization_id, terms.value FROM cases, json_each(${JSON.stringify(hashes)}) AS terms WHERE cases.id = ${caseId}`,
      ),
    db.update(cases).set({ searchTermsVersion: SEARCH_TERMS_VERSION }).where(eq(cases.id, caseId)),
  ];
}

/**
 * Writes the search terms of a batch of cases that have none yet, or older ones: cases made before
 * the search existed, or before `SEARCH_TERMS_VERSION` last changed. `more` says another batch waits.
 */
export async function indexStaleCases(env: Env, db: Database): Promise<{ indexed: number; more: boolean }> {
  const stale = await db
    .select({ id: cases.id, application: cases.application })
    .from(cases)
    .where(lt(cases.searchTermsVersion, SEARCH_TERMS_VERSION))
    .limit(INDEX_BATCH);
  const statements = (
    await Promise.all(stale.map((kase) => searchTermStatements(env, db, kase.id, kase.application)))
  ).flat();
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return { indexed: stale.length, more: stale.length === INDEX_BATCH };
}
