// Building, starting and feeding the worker for the bench: wrangler builds, Miniflare on the built
// bundle, the database set-up and seeding, and small HTTP and statistics helpers.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { stripVTControlCharacters } from "node:util";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { convertV4MiniflareOptions, Log, LogLevel, Miniflare } from "miniflare";
import type { SeedTable, TermsOf } from "./seed.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const BENCH = path.join(ROOT, "bench");

/** Environment for every wrangler call: no cf.json download, no metrics, never interactive. */
export const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
};

/** Runs wrangler with this Node (22, from node_modules): `./node_modules/.bin/wrangler` would pick Node 20. */
export function wrangler(args: string[], what: string): string {
  const bin = path.join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    encoding: "utf8",
    timeout: 180_000,
  });
  const output = stripVTControlCharacters(`${result.stdout ?? ""}${result.stderr ?? ""}`);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${output}`);
  return output;
}

export type Build = { file: string; rawBytes: number; gzipBytes: number; wranglerReport: string; seconds: number };

/** `wrangler deploy --dry-run --outdir`: the real worker from wrangler.toml, or with another entry. */
export function build(outdir: string, entry?: string): Build {
  const started = performance.now();
  const args = ["deploy", ...(entry ? [entry] : []), "--dry-run", "--outdir", outdir, "-c", "wrangler.toml"];
  const output = wrangler(args, `wrangler ${args.join(" ")}`);
  const seconds = (performance.now() - started) / 1000;
  const js = readdirSync(outdir).filter((f) => f.endsWith(".js"));
  if (js.length !== 1) throw new Error(`expected one .js file in ${outdir}, found ${js.join(", ") || "none"}`);
  const file = path.join(outdir, js[0] ?? "");
  const bytes = readFileSync(file);
  const report = /Total Upload: ([^\n]+)/.exec(output)?.[1]?.trim() ?? "not printed";
  return { file, rawBytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength, wranglerReport: report, seconds };
}

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Compatibility date and flags, read from wrangler.toml so the bench follows the project. */
export function compatibility(): { date: string; flags: string[] } {
  const toml = readFileSync(path.join(ROOT, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
  if (!date) throw new Error("compatibility_date not found in wrangler.toml");
  return { date, flags: [...(flags ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "") };
}

export type Instance = { mf: Miniflare; origin: string };

/** The bearer token the bench's staff requests carry (the worker's `STAFF_API_TOKEN`). */
export const STAFF_TOKEN = "bench-staff-token";
export const STAFF_AUTH = { Authorization: `Bearer ${STAFF_TOKEN}` };

/** The key-encryption key of every instance of a run, so data sealed in one (or by the seed) opens in the next. */
export const DATA_KEYS = `bench-1:${randomBytes(32).toString("base64url")}`;
const PERSON_HASH_KEY = "bench-person-hash-key";

/**
 * The app's own search terms of an application (src/lib/search-terms.ts, and the version they are
 * made by), bundled for Node by esbuild as wrangler bundles it for workerd: seeded cases are found
 * as the app's own are.
 */
export async function appSearchTerms(): Promise<{ termsOf: TermsOf; version: number }> {
  const bundled = await esbuild({
    stdin: {
      contents: `export { searchTermsOf } from "./src/lib/search-terms"; export { SEARCH_TERMS_VERSION } from "./src/cases/search-index";`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const code = bundled.outputFiles[0]?.text ?? "";
  const app: {
    searchTermsOf: (secret: string, application: unknown) => Promise<string[]>;
    SEARCH_TERMS_VERSION: number;
  } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return {
    termsOf: (application) => app.searchTermsOf(PERSON_HASH_KEY, application),
    version: app.SEARCH_TERMS_VERSION,
  };
}

type WorkerOptions = {
  workflows?: Record<string, { name: string; className: string }>;
  bindings?: Record<string, string>;
  inspector?: boolean;
};

/**
 * A Miniflare instance on a built bundle, with the bindings of wrangler.toml and state under
 * `stateDir`; `inspector` opens V8's inspector (bench/cpu-profile.ts). The port is found free and
 * then bound by workerd, and another process can take it in between: then it tries another.
 */
export async function startWorker(bundle: string, stateDir: string, options: WorkerOptions = {}): Promise<Instance> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startWorkerOn(await freePort(), bundle, stateDir, options);
    } catch (error) {
      if (attempt === 3 || (error as { code?: string }).code !== "ERR_ADDRESS_IN_USE") throw error;
    }
  }
}

async function startWorkerOn(port: number, bundle: string, stateDir: string, options: WorkerOptions) {
  const origin = `http://127.0.0.1:${port}`;
  const { date, flags } = compatibility();
  mkdirSync(stateDir, { recursive: true });
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port,
      ...(options.inspector ? { inspectorPort: 0 } : {}),
      cf: false,
      log: new Log(LogLevel.WARN),
      // The worker's own console.log lines (one per dispatcher run, per maintenance…) would bury the
      // report; its warnings and errors still show.
      handleStructuredLogs: ({ level, message }) => {
        if (level === "warn" || level === "error") console.error(message);
      },
      telemetry: { enabled: false },
      resourcePersistencePath: path.join(stateDir, "state"),
      resourceTmpPath: path.join(stateDir, "tmp"),
      modules: [{ type: "ESModule", path: bundle }],
      compatibilityDate: date,
      compatibilityFlags: flags,
      d1Databases: ["DB"],
      r2Buckets: ["ATTACHMENTS"],
      workflows: {
        CASE_REVIEW: { name: "case-review", className: "CaseReview" },
        DAILY_JOB: { name: "daily-job", className: "DailyJob" },
        EXPORT_JOB: { name: "export-job", className: "ExportJob" },
        ...options.workflows,
      },
      email: { send_email: [{ name: "MAIL" }] },
      bindings: {
        ENVIRONMENT: "development",
        PUBLIC_ORIGIN: origin,
        MAIL_FROM: "intake@example.org",
        MAX_FILE_BYTES: "67108864",
        MAX_APPLICATION_BYTES: "100000000",
        MAX_FILES: "20",
        PERSON_HASH_KEY,
        DATA_KEYS,
        ...options.bindings,
      },
    }),
  );
  try {
    await mf.ready;
  } catch (error) {
    await mf.dispose().catch(() => undefined);
    throw error;
  }
  return { mf, origin };
}

/** Splits SQL on `;` outside quotes, dropping `--` comment lines. */
export function sqlStatements(sql: string): string[] {
  const text = sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n");
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ";" && !quoted) {
      if (current.trim()) out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The migrations, the demo network and the floor's table, through the D1 binding. */
export async function setUpDatabase(mf: Miniflare): Promise<void> {
  const db = await mf.getD1Database("DB");
  const migrations = path.join(ROOT, "migrations");
  const files = readdirSync(migrations)
    .filter((f) => f.endsWith(".sql") && statSync(path.join(migrations, f)).isFile())
    .sort();
  for (const file of files) {
    const chunks = readFileSync(path.join(migrations, file), "utf8")
      .split("--> statement-breakpoint")
      .map((s) => s.trim())
      .filter(Boolean);
    await db.batch(chunks.map((s) => db.prepare(s)));
  }
  const demo = sqlStatements(readFileSync(path.join(ROOT, "scripts", "demo-network.sql"), "utf8"));
  await db.batch(demo.map((s) => db.prepare(s)));
  await db.prepare("CREATE TABLE bench_floor (id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL)").run();
  const orgs = await db.prepare("SELECT count(*) AS n FROM organizations").first<{ n: number }>();
  if (!orgs || orgs.n < 1) throw new Error("the demo network did not load");
}

/**
 * Writes rows straight into the local D1 database under `stateDir` (Miniflare stopped: it keeps the
 * file open), in one transaction with foreign keys enforced as D1 does, one prepared insert per
 * table. Through the binding, 100,000 cases take many minutes; this takes seconds, and the rows are
 * the same. `batches` is read one at a time, so a large history need not be held as rows at once.
 */
export function writeToLocalD1(stateDir: string, batches: Iterable<SeedTable[]>): number {
  const dir = path.join(stateDir, "state", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (files.length !== 1) throw new Error(`expected one D1 database in ${dir}, found ${files.join(", ") || "none"}`);
  const db = new DatabaseSync(path.join(dir, files[0] ?? ""), { enableForeignKeyConstraints: true });
  const inserts = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
  let written = 0;
  try {
    db.exec("BEGIN");
    for (const tables of batches)
      for (const { table, columns, rows } of tables) {
        const sql = `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
        const insert = inserts.get(sql) ?? db.prepare(sql);
        inserts.set(sql, insert);
        for (const row of rows) insert.run(...row);
        written += rows.length;
      }
    db.exec("COMMIT");
  } finally {
    db.close();
  }
  return written;
}

/** One request, body read to the end; returns the time in ms. Throws on an unexpected status. */
export async function timedFetch(
  url: string,
  init: RequestInit,
  expect: number[],
): Promise<{ ms: number; status: number; body: ArrayBuffer; headers: Headers }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", ...init });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (!expect.includes(response.status)) {
    const text = new TextDecoder().decode(body.slice(0, 2000));
    throw new Error(`${init.method ?? "GET"} ${url}: expected ${expect.join("/")}, got ${response.status}\n${text}`);
  }
  return { ms, status: response.status, body, headers: response.headers };
}

/** A GET through node:http, which does not decompress: the bytes as they come over the wire. */
export async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; wire: Buffer }> {
  return await new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, wire: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
