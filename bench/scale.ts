// What grows with the data: bench/worker.ts on a network of `cases` seeded cases (bench/seed.ts
// and seed-history.ts, the generator the tests use), measured through HTTP and the scheduled
// handler: the staff queue with each filter, search, the case page, the queue CSV, the reports,
// the webhook dispatcher, the daily job, and applicants applying at once.
import { createCipheriv, randomBytes } from "node:crypto";
import os from "node:os";
import { APPLICATION, type AppClient, appClient } from "./app-client.ts";
import { measureDailyJob } from "./daily-job.ts";
import {
  appSearchTerms,
  DATA_KEYS,
  STAFF_AUTH,
  STAFF_TOKEN,
  setUpDatabase,
  sleep,
  startWorker,
  timedFetch,
  writeToLocalD1,
} from "./harness.ts";
import { findWorkerdChild, growth, sampleRss } from "./memory.ts";
import { indexHistory, seedRows } from "./seed.ts";
import { generateHistory, type SeedOrganization } from "./seed-history.ts";
import { sealHistory } from "./seed-sealing.ts";
import { type Spread, spread } from "./stats.ts";
import { measureWebhooks } from "./webhooks.ts";

type Db = Awaited<ReturnType<import("miniflare").Miniflare["getD1Database"]>>;
const PARALLEL_APPLICANTS = 8;
const APPLICATIONS_EACH = 4;

/** The demo network (scripts/demo-network.sql), a small member and a reviewer who just joined. */
const ORGANIZATIONS: SeedOrganization[] = [
  { id: "org-demo-pa", jurisdictions: ["US-PA", "US-DE"], reviewerIds: ["rev-pa-1", "rev-pa-2"], weight: 45 },
  { id: "org-demo-uk", jurisdictions: ["GB"], reviewerIds: ["rev-uk-1", "rev-uk-2"], weight: 35 },
  { id: "org-demo-jp", jurisdictions: ["JP"], reviewerIds: ["rev-jp-1", "rev-jp-2"], weight: 19 },
  { id: "org-bench-small", jurisdictions: ["IE"], reviewerIds: ["rev-small-1"], weight: 1 },
];
const EXTRA_ROWS = [
  `INSERT INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES ('org-bench-small', 'bench-small', 'A small member', '["en"]', 'intake@small.example.org', '["IE"]')`,
  `INSERT INTO reviewers (id, organization_id, name, email) VALUES ('rev-small-1', 'org-bench-small', 'Sole Reviewer', 'sole@small.example.org')`,
  `INSERT INTO reviewers (id, organization_id, name, email) VALUES ('rev-pa-new', 'org-demo-pa', 'New Reviewer', 'new@demo-pa.example.org')`,
];

/** The queue's filters as staff use them; each is one `GET /api/v1/cases` page of 50. */
const QUEUE_FILTERS: [string, string][] = [
  ["newest first, every case (network staff)", ""],
  ["in review", "status=in_review"],
  ["one organization", "organization=demo-pa"],
  ["declined at one organization", "status=declined&organization=demo-uk"],
  ["overdue", "overdue=true"],
  ["overdue at a small member", "overdue=true&organization=bench-small"],
  ["a busy reviewer's cases", "reviewer=rev-pa-1"],
  ["a new reviewer's cases (none yet)", "reviewer=rev-pa-new"],
  ["stuck workflows", "stuck=true"],
  ["submitted in one month", "submittedFrom=2026-01-01&submittedTo=2026-01-31"],
];
const QUEUE_RUNS = { n: 3, warmup: 1 };

/** AES-256-GCM with node:crypto: WebCrypto takes four times as long for 200,000 seals. */
function nodeEncrypt(key: Uint8Array<ArrayBuffer>, plain: Uint8Array<ArrayBuffer>, aad: string): Uint8Array {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export async function measureScale(bundle: string, stateDir: string, cases: number, log: (message: string) => void) {
  const empty = await startWorker(bundle, stateDir);
  try {
    await setUpDatabase(empty.mf);
    const db = await empty.mf.getD1Database("DB");
    await db.batch(EXTRA_ROWS.map((sql) => db.prepare(sql)));
  } finally {
    await empty.mf.dispose();
  }

  log(`scale: generating and sealing ${cases.toLocaleString("en")} cases`);
  const seedStarted = performance.now();
  const now = Date.now();
  const history = generateHistory({ count: cases, organizations: ORGANIZATIONS, until: now, days: 730, seed: 7 });
  await sealHistory(history, DATA_KEYS, "I was at work across the city when it happened.", nodeEncrypt);
  const { termsOf, version } = await appSearchTerms();
  await indexHistory(history, termsOf, version);
  log("scale: writing them into the local D1 file");
  const chunks = function* () {
    for (let i = 0; i < history.length; i += 10_000) yield seedRows(history.slice(i, i + 10_000));
  };
  const rowsWritten = writeToLocalD1(stateDir, chunks());
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const { mf, origin } = await startWorker(bundle, stateDir, { bindings: { STAFF_API_TOKEN: STAFF_TOKEN } });
  try {
    const db = await mf.getD1Database("DB");
    const get = async (path: string, expect = [200], method = "GET") =>
      timedFetch(`${origin}${path}`, { method, headers: STAFF_AUTH }, expect);
    const timed = async (path: string, runs = QUEUE_RUNS) => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs.warmup + runs.n; i++) {
        const r = await get(path);
        bytes = r.body.byteLength;
        if (i >= runs.warmup) times.push(r.ms);
      }
      return { ...spread(times), bytes };
    };

    log("scale: the staff queue, filter by filter");
    const queue = [];
    for (const [name, query] of QUEUE_FILTERS) {
      const t = await timed(`/api/v1/cases?${query}`);
      const first = await get(`/api/v1/cases?${query}`);
      const listed = (JSON.parse(new TextDecoder().decode(first.body)) as { cases: unknown[] }).cases.length;
      queue.push({ name, query, listed, ...t });
    }
    const queuePage = await timed("/staff");

    log("scale: search");
    const search = await measureSearch(history[Math.floor(history.length / 2)]?.reference ?? "", timed);

    log("scale: the case page");
    const sample = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => history[Math.floor(f * history.length)]?.id ?? "");
    await get(`/staff/cases/${history[1]?.id}`);
    const casePage: number[] = [];
    for (const id of sample) casePage.push((await get(`/staff/cases/${id}`)).ms);
    const caseApi: number[] = [];
    for (const id of sample) caseApi.push((await get(`/api/v1/cases/${id}`)).ms);

    log("scale: the queue CSV");
    const csv = await measureCsv(appClient(origin, db));

    log("scale: the reports");
    const reports = [
      { name: "`GET /api/v1/reports` (last 12 months, every organization)", ...(await timed("/api/v1/reports")) },
      { name: "`GET /staff/reports` (the page: 8 SVG charts and 9 tables)", ...(await timed("/staff/reports")) },
    ];

    const webhooks = await measureWebhooks(mf, origin, STAFF_AUTH, now, cases, log);

    log("scale: the daily job");
    const dailyJob = await measureDailyJob(db, get);

    log(`scale: ${PARALLEL_APPLICANTS} applicants at once`);
    const concurrency = await measureConcurrency(origin, db);

    const counts = await db
      .prepare(
        `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM events) AS events,
                (SELECT count(*) FROM notifications) AS notifications, (SELECT count(*) FROM capability_tokens) AS links,
                (SELECT count(*) FROM contacts) AS contacts`,
      )
      .first<Record<string, number>>();
    return {
      cases,
      counts,
      rowsWritten,
      seedSeconds,
      queue,
      queuePage,
      search,
      casePage: spread(casePage),
      caseApi: spread(caseApi),
      csv,
      reports,
      webhooks,
      dailyJob,
      concurrency,
    };
  } finally {
    await mf.dispose();
  }
}

export type Scale = Awaited<ReturnType<typeof measureScale>>;

/**
 * `GET /api/v1/cases?q=`: measured once the endpoint documents `q` (it is being built elsewhere);
 * until then null, since the queue ignores a parameter it does not know and the figure would be
 * the plain queue's.
 */
async function measureSearch(reference: string, timed: (path: string) => Promise<Spread & { bytes: number }>) {
  const queries = [`q=${encodeURIComponent(reference)}`, "q=Rivera", "q=Alex%20Sato"];
  const runs = [];
  for (const query of queries) runs.push({ query, ...(await timed(`/api/v1/cases?${query}`)) });
  return { runs, ms: Math.max(...runs.map((r) => r.median)) };
}

/** The queue CSV as it is: one request, its rows counted, workerd's memory sampled meanwhile. */
async function measureCsv(app: AppClient) {
  const [pid] = findWorkerdChild();
  const sampler = sampleRss(pid ?? 0, 10);
  await sampler.started();
  await sleep(150);
  const start = performance.now() + performance.timeOrigin;
  // The queue's CSV is made in the background (the ExportJob workflow): ask, follow, download.
  const body = await app.exported("cases", {});
  const end = performance.now() + performance.timeOrigin;
  await sleep(100);
  const memory = growth(await sampler.stop(), start, end);
  return { ms: end - start, bytes: body.byteLength, rows: csvRows(new TextDecoder().decode(body)) - 1, memory };
}

/** Records in a CSV text (a newline inside quotes is not a record's end). */
function csvRows(text: string): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) rows++;
  }
  return text.endsWith("\n") ? rows : rows + 1;
}

/**
 * `PARALLEL_APPLICANTS` applicants at once, each opening the form and sending `APPLICATIONS_EACH`
 * applications in turn; then the same number of applications from one applicant, for comparison.
 * Every one must be made (201) and reach its reviewer.
 */
async function measureConcurrency(origin: string, db: Db) {
  const app = appClient(origin, db);
  const references: string[] = [];
  const applicant = async (count: number) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await timedFetch(`${origin}/apply?role=self&lang=en`, {}, [200]);
      const body = JSON.stringify({ ...APPLICATION, applicant: { name: `Parallel ${references.length}` } });
      const r = await app.apply("", body);
      references.push(r.reference);
      times.push(r.ms);
    }
    return times;
  };
  const started = performance.now();
  const parallel = (
    await Promise.all(Array.from({ length: PARALLEL_APPLICANTS }, () => applicant(APPLICATIONS_EACH)))
  ).flat();
  const parallelMs = performance.now() - started;
  const allAsked = await reviewersAsked(db, references);
  const sequentialStarted = performance.now();
  const sequential = await applicant(PARALLEL_APPLICANTS * APPLICATIONS_EACH);
  const sequentialMs = performance.now() - sequentialStarted;
  await reviewersAsked(db, references.slice(parallel.length));
  return {
    applicants: PARALLEL_APPLICANTS,
    applications: parallel.length,
    parallel: { ...spread(parallel), perSecond: parallel.length / (parallelMs / 1000) },
    sequential: { ...spread(sequential), perSecond: sequential.length / (sequentialMs / 1000) },
    allReachedReviewerMs: allAsked,
    cores: os.cpus().length,
  };
}

/** Waits until every case of `references` has sent its review request; how long that took. */
async function reviewersAsked(db: Db, references: string[]): Promise<number> {
  const started = performance.now();
  let left = [...references];
  while (left.length > 0) {
    if (performance.now() - started > 120_000) throw new Error(`${left.length} applications never reached a reviewer`);
    const asked = new Set<string>();
    for (const reference of left) {
      const row = await db
        .prepare(
          `SELECT count(*) AS n FROM notifications n JOIN cases c ON c.id = n.case_id
           WHERE c.reference = ? AND n.template = 'review-request' AND n.status = 'sent'`,
        )
        .bind(reference)
        .first<{ n: number }>();
      if ((row?.n ?? 0) > 0) asked.add(reference);
    }
    left = left.filter((r) => !asked.has(r));
    if (left.length) await sleep(100);
  }
  return performance.now() - started;
}
