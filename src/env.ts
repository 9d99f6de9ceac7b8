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

// `wrangler types` types only the secrets listed in wrangler.toml's `[secrets] required`; these
// are optional (Turnstile is off without its key; the mail secrets belong to one transport each),
// so they are declared here instead.
type OptionalSecrets = {
  TURNSTILE_SECRET_KEY?: string;
  SMTP_PASSWORD?: string;
  POSTMARK_SERVER_TOKEN?: string;
};
declare global {
  interface Env extends OptionalSecrets {}
  namespace Cloudflare {
    interface Env extends OptionalSecrets {}
  }
}
