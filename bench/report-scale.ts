// bench/results.md's section on the seeded network (bench/scale.ts), for bench/report.ts.

import type { Scale } from "./scale.ts";
import { kib, ms, n } from "./stats.ts";

export function scaleSection(s: Scale): string[] {
  const c = s.counts ?? {};
  const lines = [
    `## At ${n(s.cases)} cases`,
    "",
    `bench/seed-history.ts generated ${n(s.cases)} cases over two years at four organizations (one small), a third still ` +
      `in review, each with its people, links, messages, review and events, sealed with the run's \`DATA_KEYS\` ` +
      `(${n(c.events ?? 0)} events, ${n(c.notifications ?? 0)} notifications, ${n(c.links ?? 0)} links, ${n(c.contacts ?? 0)} contacts ` +
      `at the end); bench/seed.ts turned them into ${n(s.rowsWritten)} rows, written into the local D1 file with node:sqlite ` +
      `while Miniflare was stopped, in ${s.seedSeconds.toFixed(0)} s. Every figure below is then taken through HTTP or the ` +
      "scheduled handler, sequentially, warm-up discarded.",
    "",
    "### The staff queue (`GET /api/v1/cases`, a page of 50)",
    "",
    "| filter | query | cases listed | n | median | max |",
    "|---|---|--:|--:|--:|--:|",
    ...s.queue.map(
      (q) => `| ${q.name} | \`${q.query || "—"}\` | ${q.listed} | ${q.n} | **${ms(q.median)}** | ${ms(q.max)} |`,
    ),
    `| the staff queue page \`GET /staff\` | — | 50 | ${s.queuePage.n} | **${ms(s.queuePage.median)}** | ${ms(s.queuePage.max)} |`,
    "",
    "### Search, the case, the CSV, the reports",
    "",
    "| measure | figure |",
    "|---|---|",
    `| search \`GET /api/v1/cases?q=\` (medians) | ${s.search.runs.map((r) => `\`${r.query}\` ${ms(r.median)}`).join(", ")}; the plain queue, newest first: ${ms(s.queue[0]?.median ?? null)} |`,
    `| case page \`GET /staff/cases/:id\` (5 cases across the history) | median **${ms(s.casePage.median)}**, max ${ms(s.casePage.max)} |`,
    `| case API \`GET /api/v1/cases/:id\` (the same 5) | median ${ms(s.caseApi.median)}, max ${ms(s.caseApi.max)} |`,
    `| queue CSV (no filter) through the ExportJob workflow: asked with \`POST /api/v1/exports\`, followed, downloaded | **${n(s.csv.rows)} rows** in ${ms(s.csv.ms)}, ${kib(s.csv.bytes)}; workerd grew **${(s.csv.memory.growthKib / 1024).toFixed(1)} MiB** meanwhile |`,
    ...s.reports.map((r) => `| ${r.name} | median **${ms(r.median)}** of ${r.n}, max ${ms(r.max)}, ${kib(r.bytes)} |`),
    "",
    "### Webhooks",
    "",
    "New events (100 new cases of demo-pa, their subscribed events) become delivery rows, 200 events per subscription " +
      "and dispatcher run; what that costs is read from D1's meta of the fan-out's statements (bench/worker.ts runs the " +
      "dispatcher on the metered binding): SQLite's time (1 ms resolution locally) and rows read, per delivery row. " +
      "Sending is timed as whole cron runs (`scheduled()`), each sending 15 due deliveries to a local receiver that " +
      "answers 200 at once.",
    "",
    "| subscriptions | events | delivery rows | fan-out runs | D1 time per row | rows read per row | one sending run (15) | per delivery |",
    "|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...s.webhooks.map(
      (h) =>
        `| ${h.subscriptions} | ${h.events} | ${n(h.deliveries)} | ${h.fanOutRuns} | **${(h.fanOutD1Ms / h.deliveries).toFixed(3)} ms** | ${(h.fanOutRowsRead / h.deliveries).toFixed(1)} | ${ms(h.sendRunMs)} | ${ms(h.sendRunMs / 15)} |`,
    ),
    "",
  ];
  const d = s.dailyJob;
  lines.push(
    "### The daily job",
    "",
    "The `DailyJob` workflow (what the daily cron starts) through bench/worker.ts's `/__bench/daily-job`, on a D1 binding that " +
      "notes each statement's `meta.rows_read`, `rows_written` and `duration` (SQLite's time on it; a SELECT drizzle " +
      "reads through `raw()`, which returns no meta, is run again with `all()` for it), each noted with its step. " +
      "Three runs: the first after seeding, a day when nothing is past retention, and one when the " +
      `${d.purged} oldest ended cases are: rows read per purged case is what the purge steps read, over ${d.purged}.`,
    "",
    "| run | statements | rows read | time |",
    "|---|--:|--:|--:|",
    `| the first after seeding | ${d.first.statements} | ${n(d.first.rowsRead)} | ${ms(d.first.ms)} |`,
    `| nothing to purge | ${d.quiet.statements} | ${n(d.quiet.rowsRead)} | ${ms(d.quiet.ms)} |`,
    `| ${d.purged} cases to purge | ${d.purging.statements} | ${n(d.purging.rowsRead)} | ${ms(d.purging.ms)} |`,
    "",
    `Rows read per purged case: **${n(Math.round(d.rowsReadPerPurgedCase))}**` +
      (d.unmetered ? ` (${d.unmetered} statement(s) without meta)` : "") +
      (d.queueWhileRunning
        ? `. \`GET /api/v1/cases\` asked over and over while the purging run ran: median ${ms(d.queueWhileRunning.median)}, max **${ms(d.queueWhileRunning.max)}** (${d.queueWhileRunning.n} request${d.queueWhileRunning.n === 1 ? "" : "s"}), and \`GET /healthz\` beside it, which reads nothing: max ${ms(d.healthWhileRunning?.max ?? null)}.`
        : "."),
    "",
    "| longest statements | duration | rows read |",
    "|---|--:|--:|",
    ...d.longest.map((x) => `| \`${x.sql}\` | ${ms(x.durationMs)} | ${n(x.rowsRead ?? 0)} |`),
    "",
    "| steps of the first run, by kind | statements | rows read |",
    "|---|--:|--:|",
    ...d.first.byStep.slice(0, 8).map((x) => `| ${x.step} | ${n(x.statements)} | ${n(x.rowsRead)} |`),
    "",
    "| statements of the purging run that read most | rows read | duration |",
    "|---|--:|--:|",
    ...d.mostRead.map((x) => `| \`${x.sql}\` | ${n(x.rowsRead ?? 0)} | ${ms(x.durationMs)} |`),
    "",
  );
  const k = s.concurrency;
  lines.push(
    "### Applicants at once",
    "",
    `${k.applicants} applicants at once, each opening the form and sending ${k.applications / k.applicants} JSON applications ` +
      `one after another (${k.applications} in all), then as many from one applicant; all answered 201, and every case ` +
      `reached its reviewer ${ms(k.allReachedReviewerMs)} after the last answer. On ${k.cores} cores (workerd runs the ` +
      "requests, their workflows and D1 in one process).",
    "",
    "| | applications | median | p90 | max | applications/s |",
    "|---|--:|--:|--:|--:|--:|",
    `| ${k.applicants} at once | ${k.parallel.n} | ${ms(k.parallel.median)} | ${ms(k.parallel.p90)} | ${ms(k.parallel.max)} | ${k.parallel.perSecond.toFixed(1)} |`,
    `| one at a time | ${k.sequential.n} | ${ms(k.sequential.median)} | ${ms(k.sequential.p90)} | ${ms(k.sequential.max)} | ${k.sequential.perSecond.toFixed(1)} |`,
    "",
  );
  return lines;
}
