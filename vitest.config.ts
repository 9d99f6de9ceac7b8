import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const demoNetwork = readFileSync(path.join(import.meta.dirname, "scripts/demo-network.sql"), "utf8")
  .split(/;\s*\n/)
  .map((statement) => statement.replace(/^--.*$/gm, "").trim())
  .filter(Boolean);

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          ENVIRONMENT: "development",
          PUBLIC_ORIGIN: "http://intake.test",
          // Small limits so the size tests stay fast; the same code enforces the production ones.
          MAX_FILE_BYTES: String(8 * 1024 * 1024),
          MAX_APPLICATION_BYTES: String(12 * 1024 * 1024),
          MAX_FILES: "4",
          TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, "migrations")),
          TEST_DEMO_NETWORK: demoNetwork,
        },
      },
    })),
  ],
  test: {
    // e2e/ holds the browser tests, which run in Node (`npm run test:e2e`), not in workerd.
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup.ts"],
    testTimeout: 30_000,
  },
});
