// The request path, on an empty network (bench/worker.ts: the app plus floor routes): the form's
// weight and latency, JSON intake against the insert + workflow-create floor, the status page,
// reviewer decisions, uploads against a bare R2 put, and workerd's memory during 50 MiB uploads.
// Every figure is taken against a floor route measured in the same run, in alternation with it,
// so the ratios hold on a noisy shared machine. Requests are sequential.
import { randomBytes } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { APPLICATION_JSON, appClient } from "./app-client.ts";
import { rawGet, setUpDatabase, sleep, startWorker, timedFetch } from "./harness.ts";
import { findWorkerdChild, growth, rssKib, sampleRss } from "./memory.ts";
import { median, sum } from "./stats.ts";

// Fixed counts: the run is bounded whatever the machine.
const COUNTS = {
  small: { n: 50, warmup: 5 },
  diagnostic: { n: 30, warmup: 3 },
  upload1: { n: 20, warmup: 3 },
  upload50: { n: 10, warmup: 1 },
  mailLatency: { n: 5, warmup: 1 },
};
const MIB = 1024 * 1024;

export type Paired = { app: number[]; floor: number[] };
export type MemorySample = { label: string; baselineKib: number; growthKib: number; peakShare: number };
export type Scenario = {
  name: string;
  floorName: "insert" | "insert + workflow" | "put";
  paired: Paired;
  /** Request bytes, for the uploads' throughput. */
  bytes?: number;
};

/** Sequential, one connection: work done over the time spent on it. */
export const throughput = (latencies: number[], bytes = 1) => (bytes * latencies.length) / (sum(latencies) / 1000);

export async function measureRequestPath(bundle: string, stateDir: string, log: (message: string) => void) {
  const { mf, origin } = await startWorker(bundle, stateDir, {
    workflows: { BENCH_NOOP: { name: "bench-noop", className: "BenchNoop" } },
  });
  try {
    await setUpDatabase(mf);
    const workerdPids = findWorkerdChild();
    if (workerdPids.length !== 1)
      throw new Error(`expected one workerd child, found ${workerdPids.join(", ") || "none"}`);
    const workerdPid = workerdPids[0] ?? 0;
    const db = await mf.getD1Database("DB");
    const rssAtStartKib = rssKib(workerdPid);
    const app = appClient(origin, db);

    const floorInsert = async () => (await timedFetch(`${origin}/__floor/insert`, { method: "POST" }, [201])).ms;
    let noops = 0;
    const floorInsertWorkflow = async () => {
      const r = await timedFetch(`${origin}/__floor/insert-workflow`, { method: "POST" }, [201]);
      noops++;
      return r.ms;
    };
    const noopsDone = async () => {
      const deadline = performance.now() + 60_000;
      for (;;) {
        const row = await db
          .prepare(`SELECT count(*) AS n FROM bench_floor WHERE id LIKE '%:done'`)
          .first<{ n: number }>();
        if ((row?.n ?? 0) >= noops) return;
        if (performance.now() > deadline) throw new Error("the no-op workflows did not finish");
        await sleep(5);
      }
    };
    const floorPut = async (body: Uint8Array<ArrayBuffer>) =>
      (
        await timedFetch(
          `${origin}/__floor/put`,
          { method: "POST", body, headers: { "content-type": "application/octet-stream" } },
          [201],
        )
      ).ms;

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
      run: (i: number) => Promise<number>,
      after?: () => Promise<void>,
    ): Promise<Paired> {
      const [floorTimes = [], appTimes = []] = await rotate(count, [floor, run], after);
      return { app: appTimes, floor: floorTimes };
    }
    const settled = async () => {
      await app.settle("a request");
      await noopsDone();
    };

    log("request path: warming up");
    for (let i = 0; i < 5; i++) {
      await timedFetch(`${origin}/healthz`, {}, [200]);
      await timedFetch(`${origin}/apply?role=family&lang=en`, {}, [200]);
      await floorInsert();
      await floorInsertWorkflow();
      await app.apply();
      await settled();
    }

    log("request path: submission to the reviewer's email");
    const mailLatency: number[] = [];
    for (let i = 0; i < COUNTS.mailLatency.warmup + COUNTS.mailLatency.n; i++) {
      const started = performance.now();
      const { reference } = await app.apply();
      await app.reviewLinks([reference], 10);
      if (i >= COUNTS.mailLatency.warmup) mailLatency.push(performance.now() - started);
      await app.settle("mail latency");
    }

    log("request path: cases for the reviewer decisions");
    const references: string[] = [];
    for (let i = 0; i < COUNTS.small.warmup + COUNTS.small.n; i++) references.push((await app.apply()).reference);
    await app.settle("cases for decisions");
    const reviewLinks = await app.reviewLinks(references);

    const scenarios: Scenario[] = [];

    log("request path: form page");
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
    scenarios.push({
      name: "Form page `GET /apply?role=family&lang=en`",
      floorName: "insert",
      paired: await paired(COUNTS.small, floorInsert, async () => (await timedFetch(formUrl, {}, [200])).ms),
    });

    log("request path: JSON application against one insert and one workflow created");
    const statusUrls: string[] = [];
    const json = await paired(
      COUNTS.small,
      floorInsertWorkflow,
      async () => {
        const r = await app.apply();
        statusUrls.push(r.statusUrl);
        return r.ms;
      },
      settled,
    );
    scenarios.push({
      name: "JSON application `POST /api/v1/applications`",
      floorName: "insert + workflow",
      paired: json,
    });

    // What the JSON figure holds besides the request path: CaseReview's first steps run in the same
    // workerd while the response is on its way (on Cloudflare they run elsewhere).
    log("request path: diagnostic, JSON application with a no-op workflow");
    const noopApp = await paired(
      COUNTS.diagnostic,
      floorInsertWorkflow,
      async () => {
        const r = await app.apply("/__diag/noop-workflow");
        noops++;
        return r.ms;
      },
      settled,
    );
    scenarios.push({
      name: "*Diagnostic:* JSON application with CaseReview swapped for a no-op workflow",
      floorName: "insert + workflow",
      paired: noopApp,
    });
    log("request path: diagnostic, the insert + workflow floor against one insert");
    scenarios.push({
      name: "*Diagnostic:* the floor itself: one D1 insert + one no-op workflow created (`/__floor/insert-workflow`)",
      floorName: "insert",
      paired: await paired(COUNTS.diagnostic, floorInsert, floorInsertWorkflow, noopsDone),
    });

    log("request path: status page");
    scenarios.push({
      name: "Status page `GET /status/<token>`",
      floorName: "insert",
      paired: await paired(
        COUNTS.small,
        floorInsert,
        async (i) => (await timedFetch(statusUrls[i % statusUrls.length] ?? "", {}, [200])).ms,
      ),
    });

    log("request path: reviewer decisions");
    const links = references.map((r) => reviewLinks.get(r) ?? "");
    scenarios.push({
      name: "Reviewer decision `POST /review/<token>` (decline)",
      floorName: "insert",
      paired: await paired(
        COUNTS.small,
        floorInsert,
        (i) => app.decline(links[i] ?? ""),
        () => app.settle("reviewer decision"),
      ),
    });

    // Uploads, against one R2 put of the same request bytes. The 1 MiB upload is also sent with the
    // case's workflow swapped for the no-op one (diagnostic); rotating the order gives each the
    // same history. During the 50 MiB ones workerd's resident memory is sampled every 10 ms.
    const memory: MemorySample[] = [];
    const shares: Record<string, number> = {};
    let caseFloor = { label: "", ms: Number.NaN, noopMs: Number.NaN };
    for (const { label, size, count, diagnostic } of [
      { label: "1 MiB", size: 1 * MIB, count: COUNTS.upload1, diagnostic: true },
      { label: "50 MiB", size: 50 * MIB, count: COUNTS.upload50, diagnostic: false },
    ]) {
      log(`request path: multipart application with a ${label} PDF`);
      const { body, contentType } = multipart(APPLICATION_JSON, { bytes: pdf(size), name: "evidence.pdf" });
      const sampled = size >= 50 * MIB;
      const round = (i: number) => (i < count.warmup ? "warm-up" : `#${i - count.warmup + 1}`);
      const measured = async (what: string, send: () => Promise<number>) => {
        if (!sampled) return await send();
        const sampler = sampleRss(workerdPid, 10);
        await sampler.started();
        await sleep(150);
        const start = performance.now() + performance.timeOrigin;
        const ms = await send();
        const end = performance.now() + performance.timeOrigin;
        await sleep(100);
        memory.push({ label: what, ...growth(await sampler.stop(), start, end) });
        return ms;
      };
      const apply = async (noop: boolean) => {
        const r = await timedFetch(
          `${origin}${noop ? "/__diag/noop-workflow" : ""}/api/v1/applications`,
          { method: "POST", body, headers: { "content-type": contentType } },
          [201],
        );
        if (noop) noops++;
        else app.counted();
        return r.ms;
      };
      const [floorTimes = [], appTimes = [], noopTimes = []] = await rotate(
        count,
        [
          (i) => measured(`floor put ${round(i)}`, () => floorPut(body)),
          (i) => measured(`application ${round(i)}`, () => apply(false)),
          ...(diagnostic ? [() => apply(true)] : []),
        ],
        settled,
      );
      shares[label] = throughput(appTimes, body.byteLength) / throughput(floorTimes, body.byteLength);
      // What no application can go below: its file put, and its case and workflow made.
      if (diagnostic) caseFloor = { label, ms: median(floorTimes) + median(json.floor), noopMs: median(noopTimes) };
      scenarios.push({
        name: `Multipart application, ${label} PDF (${(body.byteLength / 1e6).toFixed(1)} MB request)`,
        floorName: "put",
        paired: { app: appTimes, floor: floorTimes },
        bytes: body.byteLength,
      });
      if (diagnostic)
        scenarios.push({
          name: `*Diagnostic:* the same ${label} upload, CaseReview swapped for a no-op workflow`,
          floorName: "put",
          paired: { app: noopTimes, floor: floorTimes },
          bytes: body.byteLength,
        });
    }

    const uploads = memory.filter((m) => m.label.startsWith("application #"));
    return {
      scenarios,
      form,
      mailLatency,
      memory,
      workerdPid,
      rssAtStartKib,
      intakeVsFloor: median(json.app) / median(json.floor),
      upload1MiBShare: shares["1 MiB"] ?? Number.NaN,
      caseFloor,
      upload50MiBGrowthMib: median(uploads.map((m) => m.growthKib)) / 1024,
    };
  } finally {
    await mf.dispose();
  }
}

export type RequestPath = Awaited<ReturnType<typeof measureRequestPath>>;

/** A PDF by its first bytes (`%PDF-1.7`), filled with incompressible bytes, `%%EOF` at the end. */
export function pdf(size: number): Uint8Array {
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

/** A multipart application: its JSON, then each file as an `attachments` part. */
export function multipart(application: string, ...files: { bytes: Uint8Array; name: string }[]) {
  const boundary = `----innocence-bench-${randomBytes(12).toString("hex")}`;
  const parts = files.flatMap(({ bytes, name }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${name}"\r\n` +
        "Content-Type: application/pdf\r\n\r\n",
    ),
    bytes,
    Buffer.from("\r\n"),
  ]);
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\nContent-Type: application/json\r\n\r\n` +
    `${application}\r\n`;
  const body = Buffer.concat([Buffer.from(head), ...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
