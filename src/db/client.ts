import { getTableColumns, type Table } from "drizzle-orm";
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
 * Splits rows for a multi-row INSERT into `table` so that no statement binds more than D1's limit.
 * Drizzle binds a value for every column of every row (a default too), so the column count, not
 * the keys given, decides how many rows fit.
 */
export function rowsPerInsert<T>(table: Table, rows: T[]): T[][] {
  return chunk(rows, Math.floor(MAX_BOUND_PARAMETERS / Object.keys(getTableColumns(table)).length));
}

/** Splits values for an `IN (…)` list, leaving room for the statement's other parameters. */
export function inListChunks<T>(values: T[]): T[][] {
  return chunk(values, MAX_BOUND_PARAMETERS - 10);
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
