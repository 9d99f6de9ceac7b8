// The webhook dispatcher at scale. New events come in as rows of the event log (new cases of
// demo-pa from the shared generator); dispatcher runs turn them into delivery rows (200 events per
// subscription and run) and send 15 due deliveries each to a local receiver that answers 200 at once.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Miniflare } from "miniflare";
import { timedFetch } from "./harness.ts";
import { seedStatements } from "./seed.ts";
import { generateHistory } from "./seed-history.ts";
import { median, sum } from "./stats.ts";

const SUBSCRIPTIONS = [1, 5, 20];
/** New cases per measure (three or four subscribed events each). */
const NEW_CASES = 100;
/** Dispatcher runs timed after the fan-out, each sending 15 deliveries. */
const SEND_RUNS = 5;
const EVENTS = ["submitted", "assigned", "decided", "declined", "referred", "closed"];
const DAY = 86_400_000;

/** A receiver that answers every webhook with 200 at once, and counts them. */
async function receiver() {
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received++;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received: () => received,
    close: () => server.close(),
  };
}

type StatementCost = { sql: string; rowsRead: number | null; rowsWritten: number | null; durationMs: number | null };

/** What the fan-out's statements (delivery rows inserted from the event log, cursor moved) cost in D1. */
function fanOutCost(statements: StatementCost[]) {
  const fanOut = statements.filter((s) =>
    /^\[batch\] (insert into "webhook_deliveries"|update "webhooks")/.test(s.sql),
  );
  return {
    durationMs: sum(fanOut.map((s) => s.durationMs ?? 0)),
    rowsRead: sum(fanOut.map((s) => s.rowsRead ?? 0)),
  };
}

/**
 * Fan-out per event and subscription, and sending per delivery, for 1, 5 and 20 subscriptions.
 * Fan-out runs go through bench/worker.ts's metered dispatcher, so what turning events into
 * delivery rows costs is read from D1's own meta (time in SQLite, rows read) rather than from a
 * run's wall time, where the sending's noise would swamp it; sending is timed as whole runs of
 * the cron (`scheduled()`), 15 deliveries each.
 */
export async function measureWebhooks(
  mf: Miniflare,
  origin: string,
  auth: Record<string, string>,
  now: number,
  firstCase: number,
  log: (message: string) => void,
) {
  const db = await mf.getD1Database("DB");
  // Miniflare's types give the worker's stub no `scheduled`; it has one.
  const worker = (await mf.getWorker()) as unknown as {
    scheduled(options: { cron: string; scheduledTime: Date }): Promise<unknown>;
  };
  const at = now + DAY;
  const meteredRun = async () => {
    const r = await timedFetch(
      `${origin}/__bench/dispatch-webhooks?at=${at}`,
      { method: "POST", headers: auth },
      [200],
    );
    const body = JSON.parse(new TextDecoder().decode(r.body)) as { statements: StatementCost[] };
    return { ms: r.ms, ...fanOutCost(body.statements) };
  };
  const planned = async () =>
    (await db.prepare("SELECT count(*) AS n FROM webhook_deliveries").first<{ n: number }>())?.n ?? 0;
  const measures = [];
  // The first pass warms the dispatcher's code paths up and is not reported.
  for (const [pass, subscriptions] of [1, ...SUBSCRIPTIONS].entries()) {
    log(`scale: webhooks, ${subscriptions} subscription(s)${pass === 0 ? " (warm-up)" : ""}`);
    const sink = await receiver();
    const ids: string[] = [];
    for (let i = 0; i < subscriptions; i++) {
      const r = await timedFetch(
        `${origin}/api/v1/organizations/demo-pa/webhooks`,
        {
          method: "POST",
          headers: { ...auth, "Content-Type": "application/json" },
          body: JSON.stringify({ url: sink.url, events: EVENTS }),
        },
        [201],
      );
      ids.push((JSON.parse(new TextDecoder().decode(r.body)) as { id: string }).id);
    }
    const fresh = generateHistory({
      count: NEW_CASES,
      organizations: [{ id: "org-demo-pa", jurisdictions: ["US-PA"], reviewerIds: ["rev-pa-1", "rev-pa-2"] }],
      until: now,
      days: 30,
      seed: 100 + pass,
      first: firstCase + pass * NEW_CASES,
    });
    const statements = seedStatements(fresh);
    for (let i = 0; i < statements.length; i += 500)
      await db.batch(statements.slice(i, i + 500).map((s) => db.prepare(s.sql).bind(...s.params)));
    const events =
      (
        await db
          .prepare(
            `SELECT count(*) AS n FROM events WHERE case_id IN (${fresh.map(() => "?").join(",")})
             AND type IN (${EVENTS.map((e) => `'${e}'`).join(",")})`,
          )
          .bind(...fresh.map((kase) => kase.id))
          .first<{ n: number }>()
      )?.n ?? 0;
    const before = await planned();
    const fanOutRuns: Awaited<ReturnType<typeof meteredRun>>[] = [];
    for (let made = 0; made < events * subscriptions; ) {
      fanOutRuns.push(await meteredRun());
      const total = (await planned()) - before;
      if (total === made)
        throw new Error(`a dispatcher run made no delivery rows (${made} of ${events * subscriptions})`);
      made = total;
    }
    const sendRuns: number[] = [];
    for (let i = 0; i < SEND_RUNS; i++) {
      const started = performance.now();
      await worker.scheduled({ cron: "* * * * *", scheduledTime: new Date(at) });
      sendRuns.push(performance.now() - started);
    }
    const deliveries = (await planned()) - before;
    if (pass > 0)
      measures.push({
        subscriptions,
        events,
        deliveries,
        fanOutRuns: fanOutRuns.length,
        fanOutD1Ms: sum(fanOutRuns.map((r) => r.durationMs)),
        fanOutRowsRead: sum(fanOutRuns.map((r) => r.rowsRead)),
        sendRunMs: median(sendRuns),
        sent: sink.received(),
      });
    // What is left is not sent: the next measure starts with no delivery due.
    await db.prepare("DELETE FROM webhook_deliveries WHERE status = 'pending'").run();
    for (const id of ids)
      await timedFetch(
        `${origin}/api/v1/organizations/demo-pa/webhooks/${id}`,
        { method: "PATCH", headers: { ...auth, "Content-Type": "application/json" }, body: '{"active":false}' },
        [200],
      );
    sink.close();
  }
  return measures;
}
