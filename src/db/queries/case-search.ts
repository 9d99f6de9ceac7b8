import { type SQL, sql } from "drizzle-orm";
import type { SearchHashes } from "../../lib/search-terms";

/**
 * The ids of the cases a search finds, as a subquery with one column, `case_id`: the case whose
 * reference it is, the cases one of whose terms equals the whole search (an email address, a prison
 * or case number), and the cases that have every word of it. Each part starts from an index (the
 * reference, or the term hash with the organization); the words after the first are looked up by
 * (case, term), so a search reads the rows of its first word and one more per case and word.
 * Null when the search holds nothing to look up.
 */
export function searchResults(hashes: SearchHashes, organizationId: string | null): SQL | null {
  const own = organizationId === null ? sql`` : sql` AND t.organization_id = ${organizationId}`;
  const parts: SQL[] = [];
  if (hashes.reference) parts.push(sql`SELECT id AS case_id FROM cases WHERE reference = ${hashes.reference}`);
  for (const exact of hashes.exact)
    parts.push(sql`SELECT t.case_id FROM search_terms AS t WHERE t.term_hash = ${exact}${own}`);
  const [first, ...rest] = hashes.words;
  if (first) {
    const others = rest.map(
      (word) =>
        sql` AND EXISTS (SELECT 1 FROM search_terms AS w WHERE w.case_id = t.case_id AND w.term_hash = ${word})`,
    );
    parts.push(sql`SELECT t.case_id FROM search_terms AS t WHERE t.term_hash = ${first}${own}${sql.join(others)}`);
  }
  // UNION, not UNION ALL: a case found two ways is listed once.
  return parts.length === 0 ? null : sql.join(parts, sql` UNION `);
}
