import type { Database } from "./db/client";
import type { Language } from "./db/schema";
import type { Staff } from "./lib/staff-auth";

/** The Hono environment: bindings from `wrangler types`, and what each request sets up once. */
export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    db: Database;
    lang: Language;
  };
};

/** Routes behind `requireStaff`: the caller is known. */
export type StaffEnv = AppEnv & { Variables: { staff: Staff } };
