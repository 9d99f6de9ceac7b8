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
