import { getTableColumns, type Table } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

function connect(binding: D1Database) {
  return drizzle(binding, { schema });
}

export type Database = ReturnType<typeof connect>;

/**
 * Drizzle works out its relational config from the schema on every `drizzle()` call, a cost of
 * each request and workflow step; a client is kept per D1 binding instead, so it never outlives
 * (or crosses to another) the binding it talks through. src/index.ts makes the Worker's at startup.
 */
const clients = new WeakMap<D1Database, Database>();

/** The drizzle client for this request's or workflow step's D1 binding. */
export function createDb(env: { DB: D1Database }): Database {
  let client = clients.get(env.DB);
  if (!client) {
    client = connect(env.DB);
    clients.set(env.DB, client);
  }
  return client;
}

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
