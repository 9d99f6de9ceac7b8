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

// `wrangler types` types only the secrets listed in wrangler.toml's `[secrets] required`; this one
// is optional (Turnstile is off without it), so it is declared here instead.
declare global {
  interface Env {
    TURNSTILE_SECRET_KEY?: string;
  }
  namespace Cloudflare {
    interface Env {
      TURNSTILE_SECRET_KEY?: string;
    }
  }
}
