// `npm run bench` (after bench/run.ts): what grows with the data. The real worker's bundle on
// Miniflare, with 100,000 cases written by bench/seed.ts (the shared generator: a later, larger
// bench grows it there), then: the reports page and API over them, and the webhook dispatcher's
// cost per event and per subscription. Adds its section to bench/results.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import {
  BENCH,
  build,
  median,
  percentile,
  setUpDatabase,
  startWorker,
  sum,
  timedFetch,
  writeToLocalD1,
} from "./harness.ts";
import { generateHistory, seedStatements } from "./seed.ts";

/** `BENCH_CASES=1000 npm run bench:scale` for a quick try. */
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const REPORT_RUNS = { n: 10, warmup: 2 };
/** Events the webhook measure makes: new cases of one organization, three or four events each. */
const WEBHOOK_CASES = 100;
const SUBSCRIPTIONS = [1, 5, 20];
/** Dispatcher runs timed after the fan-out, each sending 15 deliveries. */
const SEND_RUNS = 8;
const TOKEN = "bench-staff-token";
const DAY = 86_400_000;

const started = performance.now();
/** Disposed however the run ends: a live workerd would keep Node from exiting. */
let running: { dispose(): Promise<void> } | undefined;
const tmp = mkdtempSync(path.join(os.tmpdir(), "innocence-scale-"));
const buildDir = path.join(BENCH, ".build", "scale");
const log = (message: string) =>
  console.error(`[scale ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

const organizations = [
  { id: "org-demo-pa", jurisdictions: ["US-PA", "US-DE"], reviewerIds: ["rev-pa-1", "rev-pa-2"] },
  { id: "org-demo-uk", jurisdictions: ["GB"], reviewerIds: ["rev-uk-1", "rev-uk-2"] },
  { id: "org-demo-jp", jurisdictions: ["JP"], reviewerIds: ["rev-jp-1", "rev-jp-2"] },
];

/** A receiver that answers every webhook with 200 at once, and notes when each arrived. */
async function receiver() {
  const arrivals: number[] = [];
  const server = createServer((request, response) => {
    arrivals.push(performance.now());
    request.resume();
    request.on("end", () => response.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    arrivals,
    close: () => server.close(),
  };
}

async function main() {
  log("building the real worker");
  // Built inside the repository, as bench/run.ts does: workerd will not load a bundle from elsewhere.
  const real = build(buildDir);
  const stateDir = path.join(tmp, "state");
  const empty = await startWorker(real.file, stateDir);
  running = empty.mf;
  await setUpDatabase(empty.mf);
  await empty.mf.dispose();

  log(`seeding ${CASES.toLocaleString("en")} cases`);
  const now = Date.now();
  const seedStarted = performance.now();
  writeToLocalD1(
    stateDir,
    seedStatements(generateHistory({ count: CASES, organizations, until: now, days: 730, seed: 7 })),
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const { mf, origin } = await startWorker(real.file, stateDir, {}, { STAFF_API_TOKEN: TOKEN });
  running = mf;
  const db = await mf.getD1Database("DB");
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const counts = await db
    .prepare("SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM events) AS events")
    .first<{ cases: number; events: number }>();
  log(`seeded in ${seedSeconds.toFixed(0)} s: ${JSON.stringify(counts)}`);

  const reports: { name: string; times: number[]; bytes: number }[] = [];
  for (const [name, url] of [
    ["`GET /api/v1/reports` (last 12 months, every organization)", `${origin}/api/v1/reports`],
    ["`GET /api/v1/reports?organization=demo-pa` (last 12 months)", `${origin}/api/v1/reports?organization=demo-pa`],
    ["`GET /staff/reports` (the page: 8 SVG charts and 9 tables)", `${origin}/staff/reports`],
    ["`GET /api/v1/reports?from=2000-01-01` (all 2 years)", `${origin}/api/v1/reports?from=2000-01-01`],
  ] as const) {
    log(`reports: ${name}`);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPORT_RUNS.warmup + REPORT_RUNS.n; i++) {
      const r = await timedFetch(url, { headers: auth }, [200]);
      bytes = r.body.byteLength;
      if (i >= REPORT_RUNS.warmup) times.push(r.ms);
    }
    reports.push({ name, times, bytes });
  }

  const worker = await mf.getWorker();
  /** One dispatcher run: its time, and how long until its first delivery reached `sink`. */
  const dispatch = async (at: number, sink: { arrivals: number[] }) => {
    const t = performance.now();
    await worker.scheduled({ cron: "* * * * *", scheduledTime: new Date(at) });
    const firstPost = sink.arrivals.find((arrival) => arrival >= t);
    return { ms: performance.now() - t, toFirstPostMs: firstPost === undefined ? Number.NaN : firstPost - t };
  };
  const hooks: {
    subscriptions: number;
    events: number;
    deliveries: number;
    fanOutMs: number;
    fanOutRuns: number;
    sendMs: number;
  }[] = [];
  const pa = organizations[0];
  if (!pa) throw new Error("no organization to subscribe");
  let batch = 0;
  // The first pass warms the dispatcher's code paths up and is not reported.
  for (const [pass, subscriptions] of [1, ...SUBSCRIPTIONS].entries()) {
    log(`webhooks: ${subscriptions} subscription(s)${pass === 0 ? ", warm-up" : ""}`);
    const sink = await receiver();
    const ids: string[] = [];
    for (let i = 0; i < subscriptions; i++) {
      const r = await timedFetch(
        `${origin}/api/v1/organizations/demo-pa/webhooks`,
        {
          method: "POST",
          headers: { ...auth, "Content-Type": "application/json" },
          body: JSON.stringify({
            url: sink.url,
            events: ["submitted", "assigned", "decided", "declined", "referred", "closed"],
          }),
        },
        [201],
      );
      ids.push((JSON.parse(new TextDecoder().decode(r.body)) as { id: string }).id);
    }
    // New events after the subscriptions: cases of demo-pa as the generator makes them.
    const first = CASES + batch * WEBHOOK_CASES;
    const fresh = generateHistory({
      count: WEBHOOK_CASES,
      organizations: [pa],
      until: now,
      days: 30,
      seed: 100 + batch,
      first,
    });
    batch++;
    const events = seedStatements(fresh);
    for (let i = 0; i < events.length; i += 500)
      await db.batch(events.slice(i, i + 500).map((s) => db.prepare(s.sql).bind(...s.params)));
    const eventCount =
      (
        await db
          .prepare(
            `SELECT count(*) AS n FROM events WHERE case_id IN (${fresh.map(() => "?").join(",")}) AND type IN ('submitted','assigned','decided','declined','referred','closed')`,
          )
          .bind(...fresh.map((kase) => kase.id))
          .first<{ n: number }>()
      )?.n ?? 0;
    // Runs fan the new events out (200 per subscription and run) until every delivery row exists,
    // then send what is due, 15 deliveries a run; later runs only send. A run posts its first
    // delivery right after its fan-out, so a fan-out run's time to its first post, less a sending
    // run's, is the fan-out alone, free of the sending's noise.
    const at = now + DAY;
    const expected = eventCount * subscriptions;
    const planned = async () =>
      (await db.prepare("SELECT count(*) AS n FROM webhook_deliveries").first<{ n: number }>())?.n ?? 0;
    const before = await planned();
    const fanOutRuns: { ms: number; toFirstPostMs: number }[] = [];
    while ((await planned()) - before < expected && fanOutRuns.length < 100) fanOutRuns.push(await dispatch(at, sink));
    const sendRuns: { ms: number; toFirstPostMs: number }[] = [];
    for (let i = 0; i < SEND_RUNS; i++) sendRuns.push(await dispatch(at, sink));
    const baseline = median(sendRuns.map((r) => r.toFirstPostMs));
    if (pass > 0)
      hooks.push({
        subscriptions,
        events: eventCount,
        deliveries: (await planned()) - before,
        fanOutMs: sum(fanOutRuns.map((r) => r.toFirstPostMs - baseline)),
        fanOutRuns: fanOutRuns.length,
        sendMs: median(sendRuns.map((r) => r.ms)),
      });
    // The rest is not sent: the next measure starts with no delivery due.
    await db.prepare("DELETE FROM webhook_deliveries WHERE status = 'pending'").run();
    for (const id of ids)
      await timedFetch(
        `${origin}/api/v1/organizations/demo-pa/webhooks/${id}`,
        { method: "PATCH", headers: { ...auth, "Content-Type": "application/json" }, body: '{"active":false}' },
        [200],
      );
    sink.close();
  }
  await mf.dispose();
  running = undefined;

  const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
  const lines = [
    "# Benchmarks at scale",
    "",
    `Run ${new Date().toISOString()} by \`npm run bench\` (bench/scale.ts) in ${((performance.now() - started) / 1000).toFixed(0)} s on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "?"}, Node ${process.versions.node}. ` +
      `The real worker's bundle on Miniflare, local D1 seeded by bench/seed.ts with ${counts?.cases.toLocaleString("en")} cases over two years ` +
      `(${counts?.events.toLocaleString("en")} events; three organizations, about a third still in review) in ${seedSeconds.toFixed(0)} s. Requests are sequential; warm-up discarded.`,
    "",
    "## Reports",
    "",
    "| request | n | median | p90 | max | answer |",
    "|---|--:|--:|--:|--:|--:|",
    ...reports.map(
      (r) =>
        `| ${r.name} | ${r.times.length} | **${ms(median(r.times))}** | ${ms(percentile(r.times, 90))} | ${ms(Math.max(...r.times))} | ${(r.bytes / 1024).toFixed(1)} KiB |`,
    ),
    "",
    "## Webhooks",
    "",
    "The dispatcher's scheduled runs, timed from Node (`scheduled()` through Miniflare, awaited). New events come in as",
    "rows of the event log (100 new cases of demo-pa); runs turn them into delivery rows (200 events per subscription and",
    "run) and send 15 due deliveries each to a local receiver that answers 200 at once. Fan-out: each run that made rows,",
    "timed from its start to its first delivery's arrival, less the same time in a run that only sent (median of 8). A case's own request or step writes its event row and",
    "nothing more: these costs are the dispatcher's, outside every case.",
    "",
    "| subscriptions | events | deliveries | fan-out (runs) | per event and subscription | one sending run (15 deliveries) | per delivery |",
    "|--:|--:|--:|--:|--:|--:|--:|",
    ...hooks.map(
      (h) =>
        `| ${h.subscriptions} | ${h.events} | ${h.deliveries} | ${ms(h.fanOutMs)} (${h.fanOutRuns}) | **${(h.fanOutMs / h.deliveries).toFixed(3)} ms** | ${ms(h.sendMs)} | **${ms(h.sendMs / 15)}** |`,
    ),
    "",
  ];
  const report = lines.join("\n");
  // After bench/run.ts's report in the same file, in place of the previous run's.
  const file = path.join(BENCH, "results.md");
  const previous = readFileSync(file, "utf8");
  const own = previous.indexOf(lines[0] ?? "");
  writeFileSync(file, `${own >= 0 ? previous.slice(0, own) : `${previous.trimEnd()}\n\n`}${report}`);
  console.log(report);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await running?.dispose();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
}
