// `npm run bench`: builds the worker, drives it in workerd (Miniflare on the built bundle) and writes
// bench/results.md. Every figure is taken against a floor route measured in the same run, in
// alternation with it, so the ratios hold on a noisy shared machine. Requests are sequential.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  BENCH,
  type Build,
  build,
  type Instance,
  median,
  percentile,
  ROOT,
  rawGet,
  setUpDatabase,
  sleep,
  startWorker,
  sum,
  timedFetch,
  wrangler,
} from "./harness.ts";
import { findWorkerdChild, growth, rssKib, sampleRss } from "./memory.ts";

// Fixed counts: the run is bounded whatever the machine.
const COUNTS = {
  small: { n: 200, warmup: 20 },
  diagnostic: { n: 100, warmup: 10 },
  upload1: { n: 20, warmup: 3 },
  upload50: { n: 3, warmup: 1 },
  mailLatency: { n: 5, warmup: 1 },
  coldStarts: 3,
};
const MIB = 1024 * 1024;
const SETTLE_TIMEOUT_MS = 60_000;
const MAILBOX_TIMEOUT_MS = 60_000;

const APPLICATION = {
  organization: "demo-uk",
  submitter: { role: "self", name: "A. Person", email: "a.person@example.com" },
  applicant: { name: "A. Person", prisonNumber: "A1234BC" },
  conviction: { jurisdiction: "GB", offenses: "Robbery" },
  claim: { innocenceStatement: "I was in another city that night." },
  consent: { dataProcessing: true },
};
const APPLICATION_JSON = JSON.stringify(APPLICATION);

const runStarted = performance.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), "innocence-bench-"));
const buildDir = path.join(BENCH, ".build");
const instances = new Set<Instance>();
let cleanedUp = false;

async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const instance of instances) await instance.mf.dispose().catch(() => {});
  instances.clear();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

const log = (message: string) =>
  console.error(`[bench ${((performance.now() - runStarted) / 1000).toFixed(1)}s] ${message}`);

// Results ------------------------------------------------------------------------------------------

type Paired = { app: number[]; floor: number[] };
type MemorySample = { label: string; baselineKib: number; growthKib: number; peakShare: number };
type Scenario = {
  name: string;
  floorName: "insert" | "put";
  paired: Paired;
  /** Request bytes, for the uploads' throughput. */
  bytes?: number;
  budget?: { text: string; met: boolean };
};

async function main() {
  log("building the real worker (wrangler.toml) and the bench worker (bench/worker.ts)");
  const real = build(path.join(buildDir, "real"));
  const benchBuild = build(path.join(buildDir, "bench"), "bench/worker.ts");

  log("wrangler check startup");
  const startup = checkStartup();

  log("starting Miniflare on the bench bundle");
  const instance = await startWorker(benchBuild.file, path.join(tmp, "main"), {
    BENCH_NOOP: { name: "bench-noop", className: "BenchNoop" },
  });
  instances.add(instance);
  const { mf, origin } = instance;
  await setUpDatabase(mf);
  const workerdPids = findWorkerdChild();
  if (workerdPids.length !== 1)
    throw new Error(`expected one workerd child, found ${workerdPids.join(", ") || "none"}`);
  const workerdPid = workerdPids[0] ?? 0;
  const db = await mf.getD1Database("DB");
  const rssAtStartKib = rssKib(workerdPid);

  // Background work (each case's workflow: acknowledgement, screening, the reviewer's email; each
  // decision's emails) shares workerd with the timed requests, so the next request waits until it
  // is done: a figure is then the request alone, not the request plus the previous one's workflow.
  let created = 0;
  let decided = 0;
  async function settle(after: string) {
    const deadline = performance.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      const row = await db
        .prepare(
          `SELECT (SELECT count(*) FROM notifications WHERE status = 'pending') AS pending,
                  (SELECT count(*) FROM notifications WHERE status = 'failed') AS failed,
                  (SELECT count(DISTINCT case_id) FROM notifications WHERE template = 'review-request' AND status = 'sent') AS asked,
                  (SELECT count(DISTINCT case_id) FROM notifications WHERE template = 'case-declined' AND status = 'sent') AS declined`,
        )
        .first<{ pending: number; failed: number; asked: number; declined: number }>();
      if (!row) throw new Error("settle query returned nothing");
      if (row.failed > 0) throw new Error(`${row.failed} notification(s) failed after ${after}`);
      if (row.pending === 0 && row.asked >= created && row.declined >= decided) return;
      if (performance.now() > deadline) {
        throw new Error(`workflows did not settle after ${after}: ${JSON.stringify({ ...row, created, decided })}`);
      }
      await sleep(5);
    }
  }

  const floorInsert = async () => (await timedFetch(`${origin}/__floor/insert`, { method: "POST" }, [201])).ms;
  const floorPut = async (body: Uint8Array<ArrayBuffer>) =>
    (
      await timedFetch(
        `${origin}/__floor/put`,
        { method: "POST", body, headers: { "content-type": "application/octet-stream" } },
        [201],
      )
    ).ms;
  async function createJson(): Promise<{ ms: number; reference: string; statusUrl: string }> {
    const r = await timedFetch(
      `${origin}/api/v1/applications`,
      { method: "POST", body: APPLICATION_JSON, headers: { "content-type": "application/json" } },
      [201],
    );
    created++;
    const json = JSON.parse(new TextDecoder().decode(r.body)) as { reference: string; statusUrl: string };
    return { ms: r.ms, reference: json.reference, statusUrl: json.statusUrl };
  }

  /** Runs each function once per round, rotating which goes first; returns the times, warm-up discarded. */
  async function rotate(
    count: { n: number; warmup: number },
    runs: ((i: number) => Promise<number>)[],
    after?: () => Promise<void>,
  ): Promise<number[][]> {
    const out: number[][] = runs.map(() => []);
    for (let i = 0; i < count.warmup + count.n; i++) {
      const times: number[] = [];
      for (let k = 0; k < runs.length; k++) {
        const j = (i + k) % runs.length;
        times[j] = await (runs[j] as (i: number) => Promise<number>)(i);
      }
      if (after) await after();
      if (i >= count.warmup) for (const [j, t] of times.entries()) out[j]?.push(t);
    }
    return out;
  }

  /** The floor and the app alternately (which goes first alternates too). */
  async function paired(
    count: { n: number; warmup: number },
    floor: () => Promise<number>,
    app: (i: number) => Promise<number>,
    after?: () => Promise<void>,
  ): Promise<Paired> {
    const [floorTimes = [], appTimes = []] = await rotate(count, [floor, app], after);
    return { app: appTimes, floor: floorTimes };
  }

  async function mailbox(): Promise<{ to: string; subject: string; text: string }[]> {
    const r = await timedFetch(`${origin}/dev/mailbox.json`, {}, [200]);
    return JSON.parse(new TextDecoder().decode(r.body));
  }

  // Warm-up: the first requests compile code paths in workerd.
  log("warming up");
  for (let i = 0; i < 5; i++) {
    await timedFetch(`${origin}/healthz`, {}, [200]);
    await timedFetch(`${origin}/apply?role=family&lang=en`, {}, [200]);
    await floorInsert();
    await createJson();
    await settle("warm-up");
  }

  // Submission → the reviewer's email, end to end, while the mailbox is still short.
  log("time from submission to the reviewer's email");
  const mailLatency: number[] = [];
  for (let i = 0; i < COUNTS.mailLatency.warmup + COUNTS.mailLatency.n; i++) {
    const started = performance.now();
    const { reference } = await createJson();
    const subject = `Case to review — ${reference}`;
    for (;;) {
      if ((await mailbox()).some((m) => m.subject === subject)) break;
      if (performance.now() - started > MAILBOX_TIMEOUT_MS) throw new Error(`no "${subject}" in the mailbox`);
      await sleep(10);
    }
    if (i >= COUNTS.mailLatency.warmup) mailLatency.push(performance.now() - started);
    await settle("mail latency");
  }

  // Review links for the decision scenario: cases first, then each one's "Case to review" email.
  log("creating cases for the reviewer decisions");
  const decisionCount = COUNTS.small.warmup + COUNTS.small.n;
  const references: string[] = [];
  for (let i = 0; i < decisionCount; i++) references.push((await createJson()).reference);
  await settle("cases for decisions");
  const reviewLinks = new Map<string, string>();
  const mailboxDeadline = performance.now() + MAILBOX_TIMEOUT_MS;
  while (reviewLinks.size < references.length) {
    for (const m of await mailbox()) {
      const reference = /^Case to review — (\S+)$/.exec(m.subject)?.[1];
      const link = /\/review\/([A-Za-z0-9_-]{43})\b/.exec(m.text)?.[0];
      if (reference && link && references.includes(reference)) reviewLinks.set(reference, `${origin}${link}`);
    }
    if (reviewLinks.size >= references.length) break;
    if (performance.now() > mailboxDeadline) throw new Error(`only ${reviewLinks.size} review links arrived`);
    await sleep(200);
  }

  const scenarios: Scenario[] = [];

  // The form's first step (what a person opens first): its size over the wire, that it needs no
  // JavaScript, then its latency.
  log("form page (first step)");
  const formUrl = `${origin}/apply?role=family&lang=en`;
  const wire = await rawGet(formUrl, { "accept-encoding": "gzip" });
  if (wire.status !== 200) throw new Error(`GET /apply: ${wire.status}`);
  const servedGzip = wire.headers["content-encoding"] === "gzip";
  const html = servedGzip ? gunzipSync(wire.wire) : wire.wire;
  const form = {
    rawBytes: html.byteLength,
    gzipBytes: servedGzip ? wire.wire.byteLength : gzipSync(html).byteLength,
    servedGzip,
    hasScript: /<script/i.test(html.toString("utf8")),
  };
  const formPaired = await paired(COUNTS.small, floorInsert, async () => (await timedFetch(formUrl, {}, [200])).ms);
  scenarios.push({
    name: "Form page, first step `GET /apply?role=family&lang=en`",
    floorName: "insert",
    paired: formPaired,
    budget: {
      text: `≤ 30 KiB gzip over the wire: **${kib(form.gzipBytes)}**${form.servedGzip ? "" : " (gzip computed here; not served compressed)"} (raw ${kib(form.rawBytes)}); no \`<script\`: **${form.hasScript ? "found" : "none"}**`,
      met: form.gzipBytes <= 30 * 1024 && !form.hasScript,
    },
  });

  log("JSON application");
  const statusUrls: string[] = [];
  const jsonPaired = await paired(
    COUNTS.small,
    floorInsert,
    async () => {
      const r = await createJson();
      statusUrls.push(r.statusUrl);
      return r.ms;
    },
    () => settle("JSON application"),
  );
  const jsonRatio = median(jsonPaired.app) / median(jsonPaired.floor);
  scenarios.push({
    name: "JSON application `POST /api/v1/applications`",
    floorName: "insert",
    paired: jsonPaired,
    budget: { text: `≤ 2× the floor insert (median): **${jsonRatio.toFixed(2)}×**`, met: jsonRatio <= 2 },
  });

  // Diagnostics for the JSON figure: what starting a workflow costs on the local engine, and the app's
  // own request path when the case's workflow is a no-op (CaseReview's first steps, acknowledgement
  // and screening, otherwise run in the same workerd while the response is on its way).
  let noops = 0;
  const noopsDone = async () => {
    const deadline = performance.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      const row = await db
        .prepare(`SELECT count(*) AS n FROM bench_floor WHERE id LIKE '%:done'`)
        .first<{ n: number }>();
      if ((row?.n ?? 0) >= noops) return;
      if (performance.now() > deadline) throw new Error("the no-op workflows did not finish");
      await sleep(5);
    }
  };
  log("diagnostic: D1 insert + a no-op workflow started");
  const workflowFloor = await paired(
    COUNTS.diagnostic,
    floorInsert,
    async () => {
      const r = await timedFetch(`${origin}/__floor/insert-workflow`, { method: "POST" }, [201]);
      noops++;
      return r.ms;
    },
    noopsDone,
  );
  scenarios.push({
    name: "*Diagnostic:* one D1 insert + one no-op workflow started (`/__floor/insert-workflow`)",
    floorName: "insert",
    paired: workflowFloor,
  });
  log("diagnostic: JSON application with a no-op workflow");
  const noopApp = await paired(
    COUNTS.diagnostic,
    floorInsert,
    async () => {
      const r = await timedFetch(
        `${origin}/__diag/noop-workflow/api/v1/applications`,
        { method: "POST", body: APPLICATION_JSON, headers: { "content-type": "application/json" } },
        [201],
      );
      noops++;
      return r.ms;
    },
    noopsDone,
  );
  scenarios.push({
    name: "*Diagnostic:* JSON application with CaseReview swapped for a no-op workflow",
    floorName: "insert",
    paired: noopApp,
  });

  log("status page");
  const statusPaired = await paired(
    COUNTS.small,
    floorInsert,
    async (i) => (await timedFetch(statusUrls[i % statusUrls.length] ?? "", {}, [200])).ms,
  );
  scenarios.push({ name: "Status page `GET /status/<token>`", floorName: "insert", paired: statusPaired });

  log("reviewer decisions");
  const links = references.map((r) => reviewLinks.get(r) ?? "");
  const decisionPaired = await paired(
    COUNTS.small,
    floorInsert,
    async (i) => {
      const r = await timedFetch(
        links[i] ?? "",
        {
          method: "POST",
          body: "decision=decline&reasonCodes=capacity",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        },
        [200, 303],
      );
      decided++;
      return r.ms;
    },
    () => settle("reviewer decision"),
  );
  scenarios.push({
    name: "Reviewer decision `POST /review/<token>` (decline)",
    floorName: "insert",
    paired: decisionPaired,
  });

  // Uploads, against one R2 put of the same request bytes. Each round also sends the same upload
  // with the case's workflow swapped for the no-op one (diagnostic), to tell the upload path's time
  // and memory from CaseReview's first steps; rotating the order gives the three the same history.
  const memory: MemorySample[] = [];
  const uploads = [
    { label: "1 MiB", size: 1 * MIB, count: COUNTS.upload1 },
    { label: "50 MiB", size: 50 * MIB, count: COUNTS.upload50 },
  ];
  for (const { label, size, count } of uploads) {
    log(`multipart application with a ${label} PDF`);
    const { body, contentType } = multipart(APPLICATION_JSON, pdf(size), "evidence.pdf");
    const sampled = size >= 50 * MIB;
    const round = (i: number) => (i < count.warmup ? "warm-up" : `#${i - count.warmup + 1}`);
    const measured = async (what: string, send: () => Promise<number>) => {
      if (!sampled) return await send();
      const sampler = sampleRss(workerdPid, 10);
      await sleep(150);
      const start = performance.now() + performance.timeOrigin;
      const ms = await send();
      const end = performance.now() + performance.timeOrigin;
      await sleep(100);
      const g = growth(await sampler.stop(), start, end);
      memory.push({ label: what, ...g });
      return ms;
    };
    const apply = async (noop: boolean) => {
      const r = await timedFetch(
        `${origin}${noop ? "/__diag/noop-workflow" : ""}/api/v1/applications`,
        { method: "POST", body, headers: { "content-type": contentType } },
        [201],
      );
      if (noop) noops++;
      else created++;
      return r.ms;
    };
    const [floorTimes = [], appTimes = [], noopTimes = []] = await rotate(
      count,
      [
        (i) => measured(`floor put ${round(i)}`, () => floorPut(body)),
        (i) => measured(`application ${round(i)}`, () => apply(false)),
        (i) => measured(`noop application ${round(i)}`, () => apply(true)),
      ],
      async () => {
        await settle(`${label} upload`);
        await noopsDone();
      },
    );
    const share = throughput(appTimes, body.byteLength) / throughput(floorTimes, body.byteLength);
    scenarios.push({
      name: `Multipart application, ${label} PDF (${mb(body.byteLength)} request)`,
      floorName: "put",
      paired: { app: appTimes, floor: floorTimes },
      bytes: body.byteLength,
      budget: { text: `≥ 50% of the floor put: **${(share * 100).toFixed(0)}%**`, met: share >= 0.5 },
    });
    scenarios.push({
      name: `*Diagnostic:* the same ${label} upload, CaseReview swapped for a no-op workflow`,
      floorName: "put",
      paired: { app: noopTimes, floor: floorTimes },
      bytes: body.byteLength,
    });
  }

  await mf.dispose();
  instances.delete(instance);

  log("cold starts of the real bundle");
  const coldStarts: { readyMs: number; firstRequestMs: number }[] = [];
  for (let i = 0; i < COUNTS.coldStarts; i++) {
    const started = performance.now();
    const cold = await startWorker(real.file, path.join(tmp, `cold-${i}`));
    instances.add(cold);
    const ready = performance.now();
    for (;;) {
      const r = await fetch(`${cold.origin}/healthz`).catch(() => undefined);
      const ok = r?.status === 200;
      await r?.arrayBuffer();
      if (ok) break;
      if (performance.now() - ready > 30_000) throw new Error("cold start: /healthz never answered 200");
      await sleep(5);
    }
    coldStarts.push({ readyMs: ready - started, firstRequestMs: performance.now() - ready });
    await cold.mf.dispose();
    instances.delete(cold);
  }

  const seconds = (performance.now() - runStarted) / 1000;
  const report = render({
    scenarios,
    real,
    benchBuild,
    startup,
    memory,
    mailLatency,
    coldStarts,
    seconds,
    workerdPid,
    rssAtStartKib,
  });
  writeFileSync(path.join(BENCH, "results.md"), report);
  console.log(report);
  log(`done in ${seconds.toFixed(0)} s; wrote bench/results.md`);
}

// Inputs ------------------------------------------------------------------------------------------

/** A PDF by its first bytes (`%PDF-1.7`), filled with incompressible bytes, `%%EOF` at the end. */
function pdf(size: number): Uint8Array {
  const head = Buffer.from("%PDF-1.7\n");
  const tail = Buffer.from("\n%%EOF\n");
  const out = Buffer.allocUnsafe(size);
  head.copy(out, 0);
  const noise = randomBytes(MIB);
  const end = size - tail.byteLength;
  for (let at = head.byteLength; at < end; at += noise.byteLength)
    noise.copy(out, at, 0, Math.min(noise.byteLength, end - at));
  tail.copy(out, end);
  return out;
}

function multipart(application: string, file: Uint8Array, fileName: string) {
  const boundary = `----innocence-bench-${randomBytes(12).toString("hex")}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\nContent-Type: application/json\r\n\r\n` +
    `${application}\r\n--${boundary}\r\n` +
    `Content-Disposition: form-data; name="attachments"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

// Startup -----------------------------------------------------------------------------------------

type Startup = { ok: true; activeMs: number; windowMs: number; gcMs: number } | { ok: false; error: string };

/** `wrangler check startup` profiles the real worker's startup locally (it builds it itself). */
function checkStartup(): Startup {
  try {
    const out = wrangler(
      ["check", "startup", "-c", "wrangler.toml", "--outfile", path.join(tmp, "startup.cpuprofile")],
      "wrangler check startup",
    );
    const active = /Active: ([\d.]+) ms(?: \(including ([\d.]+) ms garbage collection\))?/.exec(out);
    const window = /Profile window: ([\d.]+) ms/.exec(out);
    if (!active || !window) return { ok: false, error: `unexpected output:\n${out}` };
    return { ok: true, activeMs: Number(active[1]), gcMs: Number(active[2] ?? 0), windowMs: Number(window[1]) };
  } catch (error) {
    return { ok: false, error: String(error).slice(0, 2000) };
  }
}

// Report ------------------------------------------------------------------------------------------

const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const mibFromKib = (k: number) => `${(k / 1024).toFixed(1)} MiB`;
const mark = (met: boolean) => (met ? "met" : "**missed**");
/** Sequential, one connection: work done over the time spent on it. */
const throughput = (latencies: number[], bytes = 1) => (bytes * latencies.length) / (sum(latencies) / 1000);
const perSecond = (latencies: number[], bytes?: number) =>
  bytes ? `${(throughput(latencies, bytes) / MIB).toFixed(0)} MiB/s` : `${throughput(latencies).toFixed(0)} req/s`;

function render(r: {
  scenarios: Scenario[];
  real: Build;
  benchBuild: Build;
  startup: Startup;
  memory: MemorySample[];
  mailLatency: number[];
  coldStarts: { readyMs: number; firstRequestMs: number }[];
  seconds: number;
  workerdPid: number;
  rssAtStartKib: number;
}): string {
  const lines: string[] = [];
  const pkg = (name: string) =>
    (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string })
      .version;
  lines.push("# Benchmarks", "");
  lines.push(
    `Run ${new Date().toISOString()} by \`npm run bench\` in ${r.seconds.toFixed(0)} s on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "?"}, ` +
      `Node ${process.versions.node}, miniflare ${pkg("miniflare")}, workerd ${pkg("workerd")}, wrangler ${pkg("wrangler")}. ` +
      "Miniflare on the built bundle (not `wrangler dev`), local D1, R2, Workflows and send_email, state in a temp dir. " +
      "Requests are sequential over one keep-alive connection; each timed request alternates with one to its floor route " +
      "(`/__floor/insert`: one D1 insert; `/__floor/put`: one R2 put of the same request bytes), warm-up discarded. " +
      "After each request that starts or wakes a workflow, the next waits until that workflow's emails are sent.",
    "",
  );
  lines.push("## Requests", "");
  lines.push("| scenario | n | median | p99 | throughput | floor median · p99 · throughput | vs floor | budget | |");
  lines.push("|---|--:|--:|--:|--:|--:|--:|---|---|");
  for (const s of r.scenarios) {
    const { app, floor } = s.paired;
    const vs = s.bytes
      ? `${((throughput(app, s.bytes) / throughput(floor, s.bytes)) * 100).toFixed(0)}% of floor throughput`
      : `${(median(app) / median(floor)).toFixed(2)}× floor latency`;
    lines.push(
      `| ${s.name} | ${app.length} | ${ms(median(app))} | ${ms(percentile(app, 99))} | ${perSecond(app, s.bytes)} | ` +
        `${s.floorName} ${ms(median(floor))} · ${ms(percentile(floor, 99))} · ${perSecond(floor, s.bytes)} | ${vs} | ` +
        `${s.budget?.text ?? "— (reported)"} | ${s.budget ? mark(s.budget.met) : ""} |`,
    );
  }
  lines.push("");

  lines.push("## Other measures", "");
  lines.push("| measure | figure | budget | |");
  lines.push("|---|---|---|---|");
  const pick = (prefix: string) => r.memory.filter((m) => m.label.startsWith(`${prefix} #`));
  const list = (ms: MemorySample[]) =>
    ms.map((m) => `${mibFromKib(m.growthKib)} (peak at ${(m.peakShare * 100).toFixed(0)}% of the request)`).join(", ");
  const apps = pick("application");
  const noopApps = pick("noop application");
  const warm = r.memory.find((m) => m.label === "application warm-up");
  if (apps.length) {
    const peak = Math.max(...apps.map((m) => m.growthKib));
    lines.push(
      `| workerd memory growth (VmRSS of pid ${r.workerdPid}, sampled every 10 ms) from just before to the end of a 50 MiB multipart application | ` +
        `peak growth **${mibFromKib(peak)}** over a baseline of ${mibFromKib(apps[0]?.baselineKib ?? 0)} (${mibFromKib(r.rssAtStartKib)} after set-up). ` +
        `Per upload: ${list(apps)}; warm-up upload ${mibFromKib(warm?.growthKib ?? 0)}. ` +
        `Floor put of the same bytes: ${pick("floor put")
          .map((m) => mibFromKib(m.growthKib))
          .join(", ")}. ` +
        `Same upload with a no-op workflow (diagnostic): ${list(noopApps)} | ≤ 32 MiB | ${mark(peak <= 32 * 1024)} |`,
    );
  }
  lines.push(
    `| Bundle of the real worker (\`wrangler deploy --dry-run --outdir\`, wrangler.toml) | raw **${kib(r.real.rawBytes)}**, gzip **${kib(r.real.gzipBytes)}** ` +
      `(wrangler: ${r.real.wranglerReport}; bench worker with floor routes: ${kib(r.benchBuild.rawBytes)}) | ≤ 500 KiB gzip | ${mark(r.real.gzipBytes <= 500 * 1024)} |`,
  );
  if (r.startup.ok) {
    lines.push(
      `| Startup: \`wrangler check startup\` (real worker, local CPU profile) | **${ms(r.startup.activeMs)}** CPU active ` +
        `(incl. ${ms(r.startup.gcMs)} GC) in a ${ms(r.startup.windowMs)} profile window | well under 1 s | ${mark(r.startup.activeMs < 500)} |`,
    );
  } else {
    lines.push(
      `| Startup: \`wrangler check startup\` | did not work: ${r.startup.error.split("\n")[0]} | well under 1 s | |`,
    );
  }
  lines.push(
    `| Cold start, supplementary: ${r.coldStarts.length} fresh Miniflare instances of the real bundle | ` +
      `new Miniflare → ready median ${ms(median(r.coldStarts.map((c) => c.readyMs)))}; ready → first \`/healthz\` 200 median ` +
      `**${ms(median(r.coldStarts.map((c) => c.firstRequestMs)))}** (${r.coldStarts.map((c) => ms(c.firstRequestMs)).join(", ")}) | — | |`,
  );
  lines.push(
    `| Submission → reviewer's "Case to review" email (JSON POST, then \`/dev/mailbox.json\` polled every 10 ms) | ` +
      `median **${ms(median(r.mailLatency))}** of ${r.mailLatency.length} (${r.mailLatency.map(ms).join(", ")}) | — | |`,
  );
  lines.push("");
  lines.push(
    "p99 is the nearest rank: the 3rd largest of 200 samples, the largest of 20 or 3. " +
      "Throughput is sequential: requests (or request bytes) over the time spent on them. " +
      "The startup budget counts as met below 500 ms of CPU, half the 1 s limit on Cloudflare. " +
      "Locally a workflow's steps run in the same workerd process as the requests, so a request that starts or wakes " +
      "one shares the CPU with that workflow's first steps (on Cloudflare they run elsewhere); the *Diagnostic* rows " +
      "swap CaseReview for a one-step no-op workflow to show the request path alone. " +
      "The machine is shared: other processes may have run at the same time, which the floor ratios only partly absorb.",
    "",
  );
  return lines.join("\n");
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
