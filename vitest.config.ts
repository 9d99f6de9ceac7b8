import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { POSTMARK_TOKEN, SMTP_PASSWORD, SMTP_USER, startLocalServices } from "./test/node/local-services.ts";

const demoNetwork = readFileSync(path.join(import.meta.dirname, "scripts/demo-network.sql"), "utf8")
  .split(/;\s*\n/)
  .map((statement) => statement.replace(/^--.*$/gm, "").trim())
  .filter(Boolean);

// A stand-in for a Cloudflare Access team: the worker fetches these public keys over its real
// outbound path, and the tests sign staff tokens with the private half.
const ACCESS_TEAM_DOMAIN = "https://innocence-test.cloudflareaccess.com";
const accessKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const accessPublicKey = { ...accessKeys.publicKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256" };
const accessPrivateKey = { ...accessKeys.privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256" };

// The secrets wrangler.toml lists under `[secrets] required`. Wrangler looks for them in `.dev.vars`
// or, without one (CI, a fresh clone), in the environment, and warns in every test file when they
// are missing there; the bindings below are what the tests see either way.
const secrets = {
  STAFF_API_TOKEN: "test-staff-api-token",
  PERSON_HASH_KEY: "test-person-hash-key",
  DATA_KEYS: `test-1:${randomBytes(32).toString("base64url")}`,
};
for (const [name, value] of Object.entries(secrets)) process.env[name] ??= value;

// wrangler.toml's `[alias]` entries, which shape the bundle (zod's namespace for the OpenAPI library
// and drizzle-zod): the tests resolve imports as the build does, so a
// stand-in that breaks the app breaks a test, not only a deploy.
const aliasSection = /^\[alias\]\n((?:"[^"]+" = "[^"]+"\n)+)/m.exec(
  readFileSync(path.join(import.meta.dirname, "wrangler.toml"), "utf8"),
);
const bundleAliases = [...(aliasSection?.[1] ?? "").matchAll(/^"([^"]+)" = "([^"]+)"$/gm)].map(([, from, to]) => ({
  find: new RegExp(`^${(from ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
  replacement: path.join(import.meta.dirname, to ?? ""),
}));
if (bundleAliases.length === 0) throw new Error("wrangler.toml has no [alias] entries to apply");

// The SMTP server, Postmark stub and webhook receiver the tests talk to, on 127.0.0.1.
const services = await startLocalServices();

/** The Worker as the tests run it, with `vars` over the shared test bindings (a mail transport). */
const worker = (vars: Record<string, string> = {}) =>
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
        // Few steps per workflow instance, so that an export of a few thousand rows hands over to
        // new runs as one of 100,000 does on the Free plan (1,024 steps).
        WORKFLOW_MAX_STEPS: "16",
        ...secrets,
        ACCESS_TEAM_DOMAIN,
        ACCESS_AUD: "test-access-aud",
        TEST_ACCESS_PRIVATE_KEY: JSON.stringify(accessPrivateKey),
        TEST_MIGRATIONS: await readD1Migrations(path.join(import.meta.dirname, "migrations")),
        TEST_DEMO_NETWORK: demoNetwork,
        TEST_SMTP_INSPECT: services.smtpInspectOrigin,
        TEST_POSTMARK_STUB: services.postmarkOrigin,
        TEST_WEBHOOK_RECEIVER: services.webhookOrigin,
        ...vars,
      },
      async outboundService(request: Request) {
        if (request.url === `${ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`)
          return Response.json({ keys: [accessPublicKey] });
        // Turnstile's verification: one token passes, every other fails.
        if (request.url === "https://challenges.cloudflare.com/turnstile/v0/siteverify") {
          const form = await request.formData();
          return Response.json({ success: form.get("response") === "token-of-a-person" });
        }
        // Postmark's API is its stub on 127.0.0.1; the local servers themselves are reached as they are.
        const url = new URL(request.url);
        if (url.origin === "https://api.postmarkapp.com") return forward(request, services.postmarkOrigin);
        if (url.hostname === "127.0.0.1") return forward(request, url.origin);
        return new Response("no network in tests", { status: 502 });
      },
    },
  }));

/** Sends a request the Worker made on to a local server, from Node. */
async function forward(request: Request, origin: string): Promise<Response> {
  const url = new URL(request.url);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  const answer = await fetch(`${origin}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body,
  });
  return new Response(await answer.arrayBuffer(), { status: answer.status, headers: answer.headers });
}

// Test files that need the Worker configured for another mail transport run in a project of their own.
const otherTransports = ["test/mail/smtp.test.ts", "test/mail/postmark.test.ts"];
// Hooks seed data and wait for workflows: on a busy 2-core machine that takes longer than the default 10 s.
const shared = { setupFiles: ["./test/setup.ts"], testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  resolve: { alias: bundleAliases },
  test: {
    projects: [
      {
        plugins: [worker()],
        // e2e/ holds the browser tests, which run in Node (`npm run test:e2e`), not in workerd.
        test: { name: "worker", include: ["test/**/*.test.ts"], exclude: otherTransports, ...shared },
      },
      {
        plugins: [
          worker({
            MAIL_TRANSPORT: "smtp",
            SMTP_HOST: "127.0.0.1",
            SMTP_PORT: String(services.smtpPort),
            SMTP_SECURITY: "none",
            SMTP_USER,
            SMTP_PASSWORD,
          }),
        ],
        test: { name: "smtp", include: ["test/mail/smtp.test.ts"], ...shared },
      },
      {
        plugins: [worker({ MAIL_TRANSPORT: "postmark", POSTMARK_SERVER_TOKEN: POSTMARK_TOKEN })],
        test: { name: "postmark", include: ["test/mail/postmark.test.ts"], ...shared },
      },
    ],
  },
});
