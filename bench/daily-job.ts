// The daily job at scale (for bench/scale.ts), through bench/worker.ts's metered route.
import type { Miniflare } from "miniflare";
import { sleep, type timedFetch } from "./harness.ts";
import { spread } from "./stats.ts";

const DAY = 86_400_000;
/** Cases the daily job finds past retention and purges, beyond a run that finds none. */
const PURGED = 5;

type StatementCost = {
  step: string;
  sql: string;
  rowsRead: number | null;
  rowsWritten: number | null;
  durationMs: number | null;
};
type DailyJobRun = { result: Record<string, unknown>; statements: StatementCost[] };
type Db = Awaited<ReturnType<Miniflare["getD1Database"]>>;

/**
 * The daily job three times through bench/worker.ts's metered route: the first run after seeding
 * (it does what is owed once, such as each organization's wait), a day when nothing is past retention,
 * then one when the `PURGED` oldest ended cases are. D1's rows read in the purge steps, over
 * `PURGED`, is what purging one case reads. While the last runs, the queue is asked again and again:
 * how long staff wait meanwhile.
 */
export async function measureDailyJob(
  db: Db,
  get: (path: string, expect?: number[], method?: string) => ReturnType<typeof timedFetch>,
) {
  const oldest = await db
    .prepare(
      `SELECT updated_at AS at FROM cases WHERE status IN ('declined', 'closed') ORDER BY updated_at LIMIT 1 OFFSET ?`,
    )
    .bind(PURGED - 1)
    .first<{ at: number }>();
  const retentionDays = 730;
  const postJob = async (at: number): Promise<DailyJobRun> =>
    JSON.parse(new TextDecoder().decode((await get(`/__bench/daily-job?at=${at}`, [200], "POST")).body));
  const rowsRead = (statements: StatementCost[]) => statements.reduce((n, s) => n + (s.rowsRead ?? 0), 0);

  const firstStarted = performance.now();
  const first = await postJob(Date.now());
  const firstMs = performance.now() - firstStarted;
  const quietStarted = performance.now();
  const quiet = await postJob(Date.now());
  const quietMs = performance.now() - quietStarted;

  const at = (oldest?.at ?? 0) + retentionDays * DAY + 1;
  const waits: number[] = [];
  const healthWaits: number[] = [];
  let done = false;
  const purgeStarted = performance.now();
  const job = postJob(at).finally(() => {
    done = true;
  });
  while (!done) {
    // `/healthz` reads nothing: beside the queue, it tells a wait on D1 from a wait on the worker.
    const [queue, health] = await Promise.all([get("/api/v1/cases"), get("/healthz")]);
    waits.push(queue.ms);
    healthWaits.push(health.ms);
    await sleep(50);
  }
  const purging = await job;
  const purgeMs = performance.now() - purgeStarted;
  const longest = [...quiet.statements, ...purging.statements]
    .filter((s) => s.durationMs !== null)
    .sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0));
  const mostRead = [...purging.statements].sort((a, b) => (b.rowsRead ?? 0) - (a.rowsRead ?? 0));
  const purges = purging.statements.filter((s) => s.step.startsWith("purge "));
  return {
    first: {
      ms: firstMs,
      statements: first.statements.length,
      rowsRead: rowsRead(first.statements),
      byStep: byStep(first.statements),
    },
    quiet: {
      ms: quietMs,
      statements: quiet.statements.length,
      rowsRead: rowsRead(quiet.statements),
      result: quiet.result,
    },
    purging: {
      ms: purgeMs,
      statements: purging.statements.length,
      rowsRead: rowsRead(purging.statements),
      result: purging.result,
    },
    purged: PURGED,
    rowsReadPerPurgedCase: rowsRead(purges) / PURGED,
    longest: longest.slice(0, 5),
    mostRead: mostRead.slice(0, 5),
    unmetered: purging.statements.filter((s) => s.rowsRead === null).length,
    queueWhileRunning: waits.length ? spread(waits) : null,
    healthWhileRunning: healthWaits.length ? spread(healthWaits) : null,
  };
}

/** Statements and rows read per kind of step (a step's name without its number or case id), most read first. */
function byStep(statements: StatementCost[]) {
  const kinds = new Map<string, { statements: number; rowsRead: number }>();
  for (const s of statements) {
    const kind = s.step.replace(/ (page )?[\w-]*\d[\w-]*$/, "");
    const seen = kinds.get(kind) ?? { statements: 0, rowsRead: 0 };
    seen.statements += 1;
    seen.rowsRead += s.rowsRead ?? 0;
    kinds.set(kind, seen);
  }
  return [...kinds].map(([step, cost]) => ({ step, ...cost })).sort((a, b) => b.rowsRead - a.rowsRead);
}
