// bench/results.json (the figures issue 16 names, nothing else) and bench/results.md (those
// figures against their targets, then every measure with its method).
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Cpu, requestKinds } from "./cpu.ts";
import { type Build, ROOT } from "./harness.ts";
import { scaleSection } from "./report-scale.ts";
import { type RequestPath, throughput } from "./request-path.ts";
import type { Scale } from "./scale.ts";
import { kib, median, ms, n, percentile } from "./stats.ts";

export type Startup =
  | { ok: true; n: number; activeMs: number; windowMs: number; gcMs: number; minMs: number; maxMs: number }
  | { ok: false; error: string };
export type Run = {
  cases: number;
  real: Build;
  bench: Build;
  startup?: Startup;
  loadAtStart: number[];
  loadAtEnd: number[];
  seconds: number;
  phases: { request?: RequestPath; cpu?: Cpu; scale?: Scale };
};

const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));

/** The keys of issue 16, nested for the dotted ones; null where a phase did not run or the thing does not exist yet. */
export function renderJson(run: Run) {
  const { request, cpu, scale } = run.phases;
  const steps = cpu?.steps ?? [];
  return {
    cpu_ms: {
      apply_page: round(cpu?.requests.apply_page.median),
      status_page: round(cpu?.requests.status_page.median),
      application_request: round(cpu?.requests.application_request.median),
      review_request: round(cpu?.requests.review_request.median),
      max_workflow_step: round(steps.length ? Math.max(...steps.map((s) => s.median)) : null),
      first_request_after_start: round(cpu?.fresh.length ? Math.max(...cpu.fresh.map((f) => f.cpuMs)) : null),
    },
    intake_vs_floor: round(request?.intakeVsFloor),
    upload_1mib_share_of_floor: round(request?.upload1MiBShare),
    upload_50mib_growth_mib: round(request?.upload50MiBGrowthMib, 1),
    queue_100k_ms_max: round(scale ? Math.max(...scale.queue.map((q) => q.median)) : null, 1),
    search_100k_ms: round(scale?.search.ms ?? null, 1),
    case_page_100k_ms: round(scale?.casePage.median, 1),
    csv_100k_rows: scale?.csv.rows ?? null,
    csv_100k_growth_mib: round(scale ? scale.csv.memory.growthKib / 1024 : null, 1),
    purge_rows_read_per_case: round(scale?.dailyJob.rowsReadPerPurgedCase, 0),
    daily_job_100k_longest_statement_ms: round(scale?.dailyJob.longest[0]?.durationMs, 1),
    bundle_gzip_kib: round(run.real.gzipBytes / 1024, 1),
    startup_cpu_ms: round(run.startup?.ok ? run.startup.activeMs : null, 1),
    form_gzip_kib: round(request ? request.form.gzipBytes / 1024 : null),
  };
}

const mark = (met: boolean | null) => (met === null ? "" : met ? "met" : "**missed**");
const pkg = (name: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

export function renderMarkdown(run: Run): string {
  const json = renderJson(run);
  const { request, cpu, scale } = run.phases;
  const at = scale ? `${n(scale.cases)} cases` : "";
  const lines: string[] = ["# Benchmarks", ""];
  lines.push(
    `Run ${new Date().toISOString()} by \`npm run bench\` in ${run.seconds.toFixed(0)} s on ${os.cpus().length} × ` +
      `${os.cpus()[0]?.model.trim() ?? "?"}, Node ${process.versions.node}, miniflare ${pkg("miniflare")}, workerd ${pkg("workerd")}. ` +
      `Load average (1, 5, 15 min) ${run.loadAtStart.map((l) => l.toFixed(1)).join(", ")} at the start and ` +
      `${run.loadAtEnd.map((l) => l.toFixed(1)).join(", ")} at the end: the machine is shared, and a load above the ` +
      "two cores stretches every time measured here, floors included. Miniflare on the built bundle of bench/worker.ts " +
      "(the app, plus routes and hooks only the bench uses), local D1, R2, Workflows and send_email, state in a temp dir.",
    "",
  );

  const cpuTarget = (v: number | null) => (v === null ? null : v <= 10);
  const targets: [string, string, string, boolean | null][] = [
    ["`cpu_ms.apply_page`", ms(json.cpu_ms.apply_page), "≤ 10 ms", cpuTarget(json.cpu_ms.apply_page)],
    ["`cpu_ms.status_page`", ms(json.cpu_ms.status_page), "≤ 10 ms", cpuTarget(json.cpu_ms.status_page)],
    [
      "`cpu_ms.application_request`",
      ms(json.cpu_ms.application_request),
      "≤ 10 ms",
      cpuTarget(json.cpu_ms.application_request),
    ],
    ["`cpu_ms.review_request`", ms(json.cpu_ms.review_request), "≤ 10 ms", cpuTarget(json.cpu_ms.review_request)],
    [
      "`cpu_ms.max_workflow_step`",
      `${ms(json.cpu_ms.max_workflow_step)} (${[...(cpu?.steps ?? [])].sort((a, b) => b.median - a.median)[0]?.name ?? "—"})`,
      "≤ 10 ms",
      cpuTarget(json.cpu_ms.max_workflow_step),
    ],
    [
      "`cpu_ms.first_request_after_start`",
      `${ms(json.cpu_ms.first_request_after_start)} (${[...(cpu?.fresh ?? [])].sort((a, b) => b.cpuMs - a.cpuMs)[0]?.kind ?? "—"})`,
      "≤ 10 ms",
      cpuTarget(json.cpu_ms.first_request_after_start),
    ],
    [
      "`intake_vs_floor`",
      json.intake_vs_floor === null ? "—" : `${json.intake_vs_floor}×`,
      "≤ 1.5× the insert + workflow-create floor",
      json.intake_vs_floor === null ? null : json.intake_vs_floor <= 1.5,
    ],
    [
      "`upload_1mib_share_of_floor`",
      json.upload_1mib_share_of_floor === null ? "—" : `${(json.upload_1mib_share_of_floor * 100).toFixed(0)}%`,
      "≥ 70% of a bare R2 put",
      json.upload_1mib_share_of_floor === null ? null : json.upload_1mib_share_of_floor >= 0.7,
    ],
    [
      "`upload_50mib_growth_mib`",
      json.upload_50mib_growth_mib === null ? "—" : `${json.upload_50mib_growth_mib} MiB`,
      "≤ 16 MiB (median of ≥ 10 uploads)",
      json.upload_50mib_growth_mib === null ? null : json.upload_50mib_growth_mib <= 16,
    ],
    ["`queue_100k_ms_max`", ms(json.queue_100k_ms_max), "no full scan (was 2.1 s)", null],
    ["`search_100k_ms`", ms(json.search_100k_ms), "—", null],
    ["`case_page_100k_ms`", ms(json.case_page_100k_ms), "no scan", null],
    [
      "`csv_100k_rows`",
      json.csv_100k_rows === null ? "—" : n(json.csv_100k_rows),
      `every row (${scale ? n(scale.cases) : "—"})`,
      scale ? json.csv_100k_rows === scale.cases : null,
    ],
    [
      "`csv_100k_growth_mib`",
      json.csv_100k_growth_mib === null ? "—" : `${json.csv_100k_growth_mib} MiB`,
      "exported in the background",
      null,
    ],
    [
      "`purge_rows_read_per_case`",
      json.purge_rows_read_per_case === null ? "—" : n(json.purge_rows_read_per_case),
      "hundreds, not millions",
      json.purge_rows_read_per_case === null ? null : json.purge_rows_read_per_case < 1000,
    ],
    [
      "`daily_job_100k_longest_statement_ms`",
      ms(json.daily_job_100k_longest_statement_ms),
      "each statement short",
      null,
    ],
    [
      "`bundle_gzip_kib`",
      `${json.bundle_gzip_kib} KiB`,
      "≤ 400 KiB",
      json.bundle_gzip_kib === null ? null : json.bundle_gzip_kib <= 400,
    ],
    [
      "`startup_cpu_ms`",
      ms(json.startup_cpu_ms),
      "≤ 100 ms",
      json.startup_cpu_ms === null ? null : json.startup_cpu_ms <= 100,
    ],
    [
      "`form_gzip_kib`",
      json.form_gzip_kib === null ? "—" : `${json.form_gzip_kib} KiB`,
      "≤ 30 KB",
      request ? request.form.gzipBytes <= 30_000 : null,
    ],
  ];
  lines.push("## Against issue 16 (`bench/results.json`)", "", "| key | figure | target | |", "|---|--:|---|---|");
  for (const [key, figure, target, met] of targets) lines.push(`| ${key} | ${figure} | ${target} | ${mark(met)} |`);
  lines.push(
    "",
    `The \`_100k\` keys are measured at ${at || "—"}; where the issue gives no number the figure is reported, and the README says what it means.`,
    "",
  );

  if (request) lines.push(...requestSection(request));
  if (cpu) lines.push(...cpuSection(cpu));
  if (scale) lines.push(...scaleSection(scale));
  lines.push(...otherSection(run));
  return lines.join("\n");
}

function requestSection(r: RequestPath): string[] {
  const lines = [
    "## Requests",
    "",
    "Sequential over one keep-alive connection; each timed request alternates with one to its floor route " +
      "(`/__floor/insert`: one D1 insert; `/__floor/insert-workflow`: one D1 insert and one no-op workflow created; " +
      "`/__floor/put`: one R2 put of the same request bytes), warm-up discarded. After each request that starts or " +
      "wakes a workflow, the next waits until that workflow's emails are sent. Locally a workflow runs in the same " +
      "workerd as the requests, so a request that starts one shares the CPU with its first steps (on Cloudflare they " +
      "run elsewhere); the *Diagnostic* rows show the request path without CaseReview.",
    "",
    "| scenario | n | median | p99 | throughput | floor: median · p99 | vs floor |",
    "|---|--:|--:|--:|--:|--:|--:|",
  ];
  for (const s of r.scenarios) {
    const { app, floor } = s.paired;
    const vs = s.bytes
      ? `${((throughput(app, s.bytes) / throughput(floor, s.bytes)) * 100).toFixed(0)}% of its throughput`
      : `${(median(app) / median(floor)).toFixed(2)}× its latency`;
    const per = s.bytes
      ? `${(throughput(app, s.bytes) / 1024 / 1024).toFixed(0)} MiB/s`
      : `${throughput(app).toFixed(0)} req/s`;
    lines.push(
      `| ${s.name} | ${app.length} | ${ms(median(app))} | ${ms(percentile(app, 99))} | ${per} | ` +
        `${s.floorName}: ${ms(median(floor))} · ${ms(percentile(floor, 99))} | ${vs} |`,
    );
  }
  const f = r.caseFloor;
  lines.push(
    "",
    `An application with a file cannot go below its file's put and its case and workflow made: for the ${f.label} ` +
      `upload, the put floor's median plus the insert + workflow floor's is ${ms(f.ms)}, which the upload with a no-op ` +
      `workflow (${ms(f.noopMs)}) reaches at ${((f.ms / f.noopMs) * 100).toFixed(0)}% of its throughput; the target's ` +
      `70% of the bare put alone would need the case and its workflow to cost less than ${ms(median(r.scenarios.find((s) => s.floorName === "put")?.paired.floor ?? []) * (1 / 0.7 - 1))}.`,
    "",
  );
  return lines;
}

function cpuSection(c: Cpu): string[] {
  const lines = [
    "## CPU per request and per workflow step",
    "",
    "V8's sampling profiler on the worker's isolate, through the inspector (Miniflare's `inspectorPort`, " +
      `\`Profiler.start\`/\`stop\` over the DevTools protocol), sampling every 100 µs (median interval seen: ${c.samplingPeriodUs.toFixed(0)} µs). ` +
      "workerd takes no sample while the isolate waits on I/O, so a wait on D1, R2 or a fetch shows as one long interval: " +
      "a window's CPU is the sum of its samples' intervals, each capped at the median interval, `(idle)` samples left out. " +
      "A request's window runs from sending it to its last byte, taken in Node (the profile's clock is the same " +
      "CLOCK_MONOTONIC); while it runs, the case's workflow is held at its next step (bench/worker.ts marks each step " +
      "by fetching a local server before and after it, and the server answers the start only when the request is done), " +
      "so no step's CPU counts as the request's. A step's window runs from its start marker's answer to its end marker " +
      "and includes the two marker fetches (a fraction of a millisecond). " +
      "Each round applies (JSON), reads the status page, and declines through the review link; warm-up discarded.",
    "",
    "| request | n | median | p90 | max |",
    "|---|--:|--:|--:|--:|",
  ];
  for (const kind of requestKinds) {
    const s = c.requests[kind];
    lines.push(`| ${kind} | ${s.n} | **${ms(s.median)}** | ${ms(s.p90)} | ${ms(s.max)} |`);
  }
  lines.push("", "| workflow step | n | median | max |", "|---|--:|--:|--:|");
  for (const s of [...c.steps].sort((a, b) => b.median - a.median))
    lines.push(`| ${s.name} | ${s.n} | **${ms(s.median)}** | ${ms(s.max)} |`);
  lines.push(
    "",
    "The first request of a fresh isolate, each on a new Miniflare instance of the same state (its module evaluated at " +
      "startup, as on Cloudflare; `wrangler check startup` measures that), profiled the same way; the median of n " +
      "fresh isolates per kind (`cpu_ms.first_request_after_start` is the highest median). Beside each, the floor: the " +
      "same kind of first request to bench/floor-worker.tsx, the least a Worker on the same stack does for it (a page " +
      "from one drizzle read through hono/jsx; a zod check, an insert and a workflow started), warmed up at startup as the app is. " +
      "The heap is what the isolate holds after startup (`Runtime.getHeapUsage`), what a full garbage collection marks:",
    "",
    "| first request | n | CPU, median | CPU, max | wall, median | heap | floor: CPU, median | floor: CPU, max | floor: heap |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...c.fresh.map(
      (f) =>
        `| ${f.kind} | ${f.n} | **${ms(f.cpuMs)}** | ${ms(f.maxCpuMs)} | ${ms(f.wallMs)} | ${f.heapMiB.toFixed(1)} MiB | ` +
        `${ms(f.floor.cpuMs)} | ${ms(f.floor.maxCpuMs)} | ${f.floor.heapMiB.toFixed(1)} MiB |`,
    ),
    "",
    `A case's ZIP (\`GET /api/v1/cases/:id/export\`, streamed in the request) with files at the application's limits ` +
      `(${c.caseZip.files.map((b) => `${(b / 2 ** 20).toFixed(1)} MiB`).join(" and ")}; ${(c.caseZip.bytes / 2 ** 20).toFixed(1)} MiB ` +
      `of ZIP), from sending the request to its last byte, warm: median **${ms(c.caseZip.cpuMs)}** of ${c.caseZip.n} ` +
      `(max ${ms(c.caseZip.maxCpuMs)}) CPU in ${ms(c.caseZip.wallMs)}. The multipart application that brought ` +
      `those files (one request, its workflow held): ${ms(c.caseZip.uploadCpuMs)} CPU. The same ZIP made in the ` +
      `background (\`POST /api/v1/exports\`, kind \`case\`; ${(c.caseZip.background.bytes / 2 ** 20).toFixed(1)} MiB): its ` +
      "steps are the `export: …` rows of the steps' table above. Its costliest steps, and the garbage collector's part " +
      `of each: ${c.caseZip.background.peaks.map((p) => `${p.kind} ${ms(p.cpuMs)} (GC ${ms(p.gcMs)})`).join(", ")}; ` +
      `the garbage collector's median share of a step: ${(c.caseZip.background.gcShareMedian * 100).toFixed(0)}%.`,
    "",
  );
  return lines;
}

function otherSection(run: Run): string[] {
  const r = run.phases.request;
  const lines = ["## Other measures", "", "| measure | figure |", "|---|---|"];
  if (r) {
    const uploads = r.memory.filter((m) => m.label.startsWith("application #"));
    const puts = r.memory.filter((m) => m.label.startsWith("floor put #"));
    lines.push(
      `| workerd memory growth during a 50 MiB multipart application (VmRSS of pid ${r.workerdPid}, sampled every 10 ms, from just before it to its response) | ` +
        `median **${r.upload50MiBGrowthMib.toFixed(1)} MiB** of ${uploads.length}: ${uploads.map((m) => (m.growthKib / 1024).toFixed(1)).join(", ")} MiB; ` +
        `a bare R2 put of the same bytes: median ${(median(puts.map((m) => m.growthKib)) / 1024).toFixed(1)} MiB |`,
      `| the form page over the wire | ${kib(r.form.gzipBytes)} gzip${r.form.servedGzip ? "" : " (computed here: not served compressed)"} (${kib(r.form.rawBytes)} raw), \`<script\`: ${r.form.hasScript ? "found" : "none"} |`,
      `| submission → the reviewer's "Case to review" email (JSON POST, then \`/dev/mailbox.json\` polled every 10 ms) | median ${ms(median(r.mailLatency))} of ${r.mailLatency.length} |`,
    );
  }
  lines.push(
    `| bundle of the real worker (\`wrangler deploy --dry-run --outdir\`) | ${kib(run.real.rawBytes)} raw, **${kib(run.real.gzipBytes)}** gzip (wrangler: ${run.real.wranglerReport}); bench worker ${kib(run.bench.rawBytes)} raw |`,
  );
  if (run.startup)
    lines.push(
      run.startup.ok
        ? `| startup, \`wrangler check startup\` (real worker, local CPU profile), the median of ${run.startup.n} runs | **${ms(run.startup.activeMs)}** CPU (incl. ${ms(run.startup.gcMs)} GC) in a ${ms(run.startup.windowMs)} window; the runs ${ms(run.startup.minMs)}–${ms(run.startup.maxMs)} |`
        : `| startup, \`wrangler check startup\` | did not work: ${run.startup.error.split("\n")[0]} |`,
    );
  lines.push("", "p99 is the nearest rank (the largest of fewer than 100 samples).", "");
  return lines;
}
