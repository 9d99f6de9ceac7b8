// `npm run bench`: builds the worker and the bench worker (bench/worker.ts: the app plus floor
// routes, step markers and a metered daily job; for the cpu phase, bench/floor-worker.tsx too), then
// measures, one phase after another, each on its own Miniflare instance of the built bundle:
//   request  the request path against its floors, uploads and memory (bench/request-path.ts)
//   cpu      CPU per request and per workflow step, warm and on a fresh isolate (bench/cpu.ts)
//   scale    the staff side, search, exports, reports, webhooks, the daily job and concurrent
//            applicants on 100,000 seeded cases (bench/scale.ts)
// and writes bench/results.md and bench/results.json (bench/report.ts).
// `BENCH_PHASES=scale BENCH_CASES=10000 npm run bench` runs a part, at another size; a run at
// another size than 100,000 writes its results to a temporary directory, not to bench/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureCpu } from "./cpu.ts";
import { BENCH, build, wrangler } from "./harness.ts";
import { type Run, renderJson, renderMarkdown, type Startup } from "./report.ts";
import { measureRequestPath } from "./request-path.ts";
import { measureScale } from "./scale.ts";

const PHASES = new Set((process.env.BENCH_PHASES ?? "request,cpu,scale").split(","));
const CASES = Number(process.env.BENCH_CASES ?? 100_000);

const runStarted = performance.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), "innocence-bench-"));
const buildDir = path.join(BENCH, ".build");
const log = (message: string) =>
  console.error(`[bench ${((performance.now() - runStarted) / 1000).toFixed(1)}s] ${message}`);

function cleanUp() {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    cleanUp();
    process.exit(130);
  });

/**
 * A phase's state directory, the one before's removed first: the request phase leaves about 1.2 GB
 * of uploads, and while the kernel wrote them back to disk the next phase's local R2 stalled on
 * its own writes, inside the profiled worker's thread, adding 12 ms to single workflow steps.
 */
function phaseState(phase: string): string {
  for (const before of ["request", "cpu"]) rmSync(path.join(tmp, before), { recursive: true, force: true });
  return path.join(tmp, phase);
}

/** Runs of `wrangler check startup`: one alone swings by 10–20 ms on a shared machine. */
const STARTUP_ROUNDS = 5;

/**
 * `wrangler check startup` profiles the real worker's startup locally (it builds it itself): the run
 * with the median active CPU of STARTUP_ROUNDS, and the lowest and highest.
 */
function checkStartup(): Startup {
  const runs: { activeMs: number; gcMs: number; windowMs: number }[] = [];
  try {
    for (let round = 0; round < STARTUP_ROUNDS; round++) {
      const out = wrangler(
        ["check", "startup", "-c", "wrangler.toml", "--outfile", path.join(tmp, "startup.cpuprofile")],
        "wrangler check startup",
      );
      const active = /Active: ([\d.]+) ms(?: \(including ([\d.]+) ms garbage collection\))?/.exec(out);
      const window = /Profile window: ([\d.]+) ms/.exec(out);
      if (!active || !window) return { ok: false, error: `unexpected output:\n${out}` };
      runs.push({ activeMs: Number(active[1]), gcMs: Number(active[2] ?? 0), windowMs: Number(window[1]) });
    }
  } catch (error) {
    return { ok: false, error: String(error).slice(0, 2000) };
  }
  const sorted = runs.sort((a, b) => a.activeMs - b.activeMs);
  const median = sorted[sorted.length >> 1] as (typeof runs)[number];
  return { ok: true, n: runs.length, ...median, minMs: sorted[0]?.activeMs ?? 0, maxMs: sorted.at(-1)?.activeMs ?? 0 };
}

async function main() {
  const loadAtStart = os.loadavg();
  log("building the real worker (wrangler.toml) and the bench worker (bench/worker.ts)");
  const real = build(path.join(buildDir, "real"));
  const bench = build(path.join(buildDir, "bench"), "bench/worker.ts");
  const run: Run = { cases: CASES, real, bench, loadAtStart, loadAtEnd: [], seconds: 0, phases: {} };

  if (PHASES.has("request")) {
    log(`wrangler check startup, ${STARTUP_ROUNDS} times`);
    run.startup = checkStartup();
    run.phases.request = await measureRequestPath(bench.file, phaseState("request"), log);
  }
  if (PHASES.has("cpu")) {
    const floor = build(path.join(buildDir, "floor"), "bench/floor-worker.tsx");
    run.phases.cpu = await measureCpu(bench.file, floor.file, phaseState("cpu"), log);
  }
  if (PHASES.has("scale")) run.phases.scale = await measureScale(bench.file, phaseState("scale"), CASES, log);

  run.seconds = (performance.now() - runStarted) / 1000;
  run.loadAtEnd = os.loadavg();
  const complete = CASES === 100_000 && ["request", "cpu", "scale"].every((p) => PHASES.has(p));
  const dir = complete ? BENCH : path.join(os.tmpdir(), `innocence-bench-${CASES}`);
  mkdirSync(dir, { recursive: true });
  const markdown = renderMarkdown(run);
  writeFileSync(path.join(dir, "results.md"), markdown);
  writeFileSync(path.join(dir, "results.json"), `${JSON.stringify(renderJson(run), null, 2)}\n`);
  console.log(markdown);
  log(`done in ${run.seconds.toFixed(0)} s; wrote ${path.join(dir, "results.md")} and results.json`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
