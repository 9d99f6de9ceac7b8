import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      TEST_DEMO_NETWORK: string[];
      /** Private JWK that signs the tests' Cloudflare Access tokens. */
      TEST_ACCESS_PRIVATE_KEY: string;
    }
  }
}
