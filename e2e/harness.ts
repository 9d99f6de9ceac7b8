/**
 * Browser-test harness: an isolated `wrangler dev` (its own port and state dir, demo network loaded),
 * Debian's Chromium through playwright-core, axe-core, and screenshots under `.ci-out/e2e/`.
 * Everything here is bounded in time and cleans up after itself, including the whole process group.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ARTIFACTS = join(ROOT, ".ci-out", "e2e");

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const WRANGLER_ENV = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  // No colours in the logs we keep for failure messages.
  FORCE_COLOR: "0",
  NO_COLOR: "1",
};

/** The staff API token of the dev server the browser tests start. */
export const E2E_STAFF_TOKEN = "e2e-staff-api-token";
const SETUP_STEP_MS = 60_000;
const READY_MS = 60_000;
const STOP_MS = 10_000;

/** A free TCP port on 127.0.0.1 (released before returning; wrangler binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Keeps the last few KB of a process's output, to explain a failure. */
function tail(child: ChildProcess): () => string {
  let text = "";
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => text;
}

/** Group ids of every process group we started and have not yet reaped. */
const liveGroups = new Set<number>();
/** State dirs (absolute) of servers not yet stopped. */
const liveStateDirs = new Set<string>();

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Last resort when the test process ends without `stop()` (a crash, Ctrl-C, the runner's kill). */
function cleanUpNow() {
  for (const pid of liveGroups) killGroup(pid, "SIGKILL");
  liveGroups.clear();
  for (const dir of liveStateDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  liveStateDirs.clear();
}
process.on("exit", cleanUpNow);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    cleanUpNow();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}

/** Runs `npx …` in its own process group, to completion, within `timeoutMs`. */
async function run(args: string[], timeoutMs: number): Promise<void> {
  const child = spawn("npx", args, { cwd: ROOT, env: WRANGLER_ENV, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output = tail(child);
  if (child.pid) liveGroups.add(child.pid);
  const code = await new Promise<number | string>((resolveCode) => {
    const timer = setTimeout(() => {
      if (child.pid) killGroup(child.pid, "SIGKILL");
      resolveCode("timeout");
    }, timeoutMs);
    child.on("exit", (exitCode, signal) => {
      clearTimeout(timer);
      resolveCode(exitCode ?? signal ?? "unknown");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolveCode(error.message);
    });
  });
  if (child.pid) {
    killGroup(child.pid, "SIGKILL"); // anything it left behind
    liveGroups.delete(child.pid);
  }
  if (code !== 0) throw new Error(`npx ${args.join(" ")} failed (${code}):\n${output()}`);
}

export type DevServer = {
  origin: string;
  port: number;
  stateDir: string;
  /** Output of `wrangler dev` so far (last few KB). */
  log: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts the app as `scripts/start.sh` does, isolated: a fresh state dir with the migrations and
 * the demo network, then `wrangler dev` on a free port, ready when `/healthz` answers.
 */
export async function startDevServer(): Promise<DevServer> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const stateDir = join(".wrangler", `e2e-${randomBytes(6).toString("hex")}`);
  liveStateDirs.add(join(ROOT, stateDir));
  const removeState = () => {
    rmSync(join(ROOT, stateDir), { recursive: true, force: true, maxRetries: 3 });
    liveStateDirs.delete(join(ROOT, stateDir));
  };

  let child: ChildProcess | undefined;
  const stop = async () => {
    const pid = child?.pid;
    if (pid && liveGroups.has(pid)) {
      killGroup(pid, "SIGTERM");
      const deadline = Date.now() + STOP_MS;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
      killGroup(pid, "SIGKILL");
      while (groupAlive(pid) && Date.now() < deadline + 2000) await sleep(50);
      liveGroups.delete(pid);
    }
    removeState();
  };

  try {
    await run(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], SETUP_STEP_MS);
    await run(
      ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", stateDir, "--file", "scripts/demo-network.sql"],
      SETUP_STEP_MS,
    );
    child = spawn(
      "npx",
      [
        "wrangler",
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--inspector-port",
        String(inspectorPort),
        "--persist-to",
        stateDir,
        "--log-level",
        "warn",
        "--show-interactive-dev-session=false",
        "--var",
        "ENVIRONMENT:development",
        "--var",
        `PUBLIC_ORIGIN:${origin}`,
        "--var",
        "PERSON_HASH_KEY:e2e-person-hash-key",
        "--var",
        `STAFF_API_TOKEN:${E2E_STAFF_TOKEN}`,
        "--var",
        `DATA_KEYS:e2e-1:${randomBytes(32).toString("base64url")}`,
      ],
      { cwd: ROOT, env: WRANGLER_ENV, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    if (child.pid) liveGroups.add(child.pid);
    const log = tail(child);
    // A test file that forgets `stop()` must still end (the exit hook then kills the group).
    child.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void })?.unref?.();
    let exited: string | undefined;
    child.on("exit", (code, signal) => {
      exited = String(code ?? signal);
    });
    child.on("error", (error) => {
      exited = error.message;
    });

    const deadline = Date.now() + READY_MS;
    for (;;) {
      if (exited !== undefined) throw new Error(`wrangler dev exited (${exited}) before it was ready:\n${log()}`);
      if (Date.now() > deadline) throw new Error(`wrangler dev not ready after ${READY_MS} ms:\n${log()}`);
      try {
        const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok && ((await response.json()) as { status?: string }).status === "ok") break;
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    return { origin, port, stateDir, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Debian's Chromium, headless; playwright gives each launch a fresh temporary user-data dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}

/**
 * A test file's dev server and browser, started before its tests and stopped after them, and the
 * browser contexts its tests open, all closed at the end. Read `server` inside tests, not at load.
 */
export function browserSession() {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  before(
    async () => {
      [server, browser] = await Promise.all([startDevServer(), launchBrowser()]);
    },
    { timeout: 90_000 },
  );
  after(
    async () => {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser?.close().catch(() => {});
      await server?.stop();
    },
    { timeout: 30_000 },
  );
  const session = {
    get server(): DevServer {
      if (!server) throw new Error("the dev server is not started yet: read it inside a test");
      return server;
    },
    contexts,
    async newContext(options: BrowserContextOptions): Promise<BrowserContext> {
      if (!browser) throw new Error("the browser is not launched yet: open contexts inside a test");
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    },
    /** A context signed in as staff (in development, the staff token's cookie). */
    async staffContext(options: BrowserContextOptions): Promise<BrowserContext> {
      const context = await session.newContext(options);
      await context.addCookies([{ name: "dev_staff_token", value: E2E_STAFF_TOKEN, url: session.server.origin }]);
      return context;
    },
  };
  return session;
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** Saves a full-page screenshot as a CI artifact: `.ci-out/e2e/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: 15_000 });
}

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
};

/**
 * Runs axe-core on the page as it is now. The context must have JavaScript enabled, and
 * `bypassCSP: true` so the inline script tag is allowed under the app's CSP.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    const result = await (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, AXE_TAGS);
}

/** One line per violation: id, help and the selectors of every node it hit. */
export function describeViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${label}: [${v.id}] (${v.impact ?? "?"}) ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join("\n    ")}`,
    )
    .join("\n");
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` with `what`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  intervalMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ""}`);
    }
    await sleep(intervalMs);
  }
}

/** A small, valid-looking PDF: the app types files by their first bytes. */
export function smallPdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );
}

/** The text a person sees in the element (rendered text, trimmed). */
export async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator API, not the DOM; rendered text is the point
  return (await locator.innerText()).trim();
}
