import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          ENVIRONMENT: "development",
          PUBLIC_ORIGIN: "http://intake.test",
          MAX_FILE_BYTES: String(2 * 1024 * 1024),
          MAX_APPLICATION_BYTES: String(5 * 1024 * 1024),
          MAX_FILES: "5",
          TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, "migrations")),
        },
      },
    })),
  ],
  test: {
    setupFiles: ["./test/apply-migrations.ts"],
    testTimeout: 30_000,
  },
});
