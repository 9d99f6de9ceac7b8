import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle client for one request or one workflow step; never shared at module level. */
export function createDb(env: { DB: D1Database }) {
  return drizzle(env.DB, { schema });
}

export type Database = ReturnType<typeof createDb>;
