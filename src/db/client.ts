import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle client for one request or one workflow step; never shared at module level. */
export function createDb(env: { DB: D1Database }) {
  return drizzle(env.DB, { schema });
}

export type Database = ReturnType<typeof createDb>;

/** Whether D1 refused a write for a UNIQUE constraint (on `column`, e.g. `cases.reference`, when given). */
export function isUniqueViolation(error: unknown, column = ""): boolean {
  const message = String(error instanceof Error && error.cause ? error.cause : error);
  return message.includes("UNIQUE constraint failed") && message.includes(column);
}

/** D1 binds at most this many parameters in one statement. */
export const MAX_BOUND_PARAMETERS = 100;

/**
 * Splits rows for multi-row INSERTs (or values for `IN` lists) so that no statement binds more
 * than D1's limit: as many rows per statement as their columns allow.
 */
export function inChunks<T>(items: T[]): T[][] {
  const first = items[0];
  const perItem = typeof first === "object" && first !== null ? Math.max(1, Object.keys(first).length) : 1;
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / perItem));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
