import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      TEST_DEMO_NETWORK: string[];
      /** Private JWK that signs the tests' Cloudflare Access tokens. */
      TEST_ACCESS_PRIVATE_KEY: string;
      /** Origins of the local servers of vitest.config.ts: `GET /__inspect` shows what reached each. */
      TEST_SMTP_INSPECT: string;
      TEST_POSTMARK_STUB: string;
      TEST_WEBHOOK_RECEIVER: string;
    }
  }
}
