// CPU per request and per workflow step (bench/cpu-profile.ts says how it is counted), warm and on
// a fresh isolate: bench/worker.ts (the app, its workflow's steps marked) on an empty network.
import { APPLICATION, APPLICATION_JSON, type AppClient, appClient } from "./app-client.ts";
import { Inspector, nowUs, type StepMarkers, stepMarkers } from "./cpu-profile.ts";
import { type Instance, STAFF_AUTH, STAFF_TOKEN, setUpDatabase, sleep, startWorker, timedFetch } from "./harness.ts";
import { multipart, pdf } from "./request-path.ts";
import { median, type Spread, spread } from "./stats.ts";

const ROUNDS = { n: 25, warmup: 3 };
const FORM = "/apply?role=family&lang=en";

export const requestKinds = ["apply_page", "status_page", "application_request", "review_request"] as const;
export type RequestKind = (typeof requestKinds)[number];
type Window = { kind: RequestKind; fromUs: number; toUs: number };

/**
 * `floorBundle` is bench/floor-worker.tsx built: the least a Worker on the same stack does for each
 * kind of first request, measured on fresh isolates beside the app's.
 */
export async function measureCpu(
  bundle: string,
  floorBundle: string,
  stateDir: string,
  log: (message: string) => void,
) {
  const markers = await stepMarkers();
  try {
    const warm = await warmCpu(bundle, stateDir, markers, log);
    const fresh = await freshCpu(bundle, floorBundle, stateDir, markers, warm.statusPath, log);
    return { ...warm, fresh };
  } finally {
    markers.close();
  }
}

export type Cpu = Awaited<ReturnType<typeof measureCpu>>;

/** Until the workflows have sent what they were going to and no step has run for a moment. */
async function settle(app: AppClient, markers: StepMarkers, after: string) {
  await app.settle(after);
  while (markers.busy() > 0 || markers.quietUs() < 300_000) await sleep(20);
}

async function warmCpu(bundle: string, stateDir: string, markers: StepMarkers, log: (message: string) => void) {
  const { mf, origin } = await startWorker(bundle, stateDir, {
    bindings: { BENCH_MARKERS: markers.url, STAFF_API_TOKEN: STAFF_TOKEN },
    inspector: true,
  });
  try {
    await setUpDatabase(mf);
    const app = appClient(origin, await mf.getD1Database("DB"));
    const inspector = await Inspector.connect(mf);
    const windows: Window[] = [];
    let statusPath = "";

    /** One round of what an applicant and a reviewer do; workflows held while a request is timed. */
    const round = async (timed: boolean) => {
      const time = async <T>(kind: RequestKind, work: () => Promise<T>): Promise<T> => {
        markers.hold();
        const fromUs = nowUs();
        try {
          return await work();
        } finally {
          if (timed) windows.push({ kind, fromUs, toUs: nowUs() });
          markers.release();
        }
      };
      await time("apply_page", () => timedFetch(`${origin}${FORM}`, {}, [200]));
      const created = await time("application_request", () => app.apply());
      await settle(app, markers, "an application");
      statusPath = new URL(created.statusUrl).pathname;
      await time("status_page", () => timedFetch(`${origin}${statusPath}`, {}, [200]));
      const link = (await app.reviewLinks([created.reference], 20)).get(created.reference) ?? "";
      await time("review_request", () => app.decline(link));
      await settle(app, markers, "a decision");
    };

    log("cpu: warming up");
    for (let i = 0; i < ROUNDS.warmup; i++) await round(false);
    const stepsFrom = markers.windows.length;
    log(`cpu: ${ROUNDS.n} rounds of form, application, status page and decision, profiled`);
    const { profile } = await inspector.profile(async () => {
      for (let i = 0; i < ROUNDS.n; i++) await round(true);
    });
    // The rounds' steps: those of the ZIP below fall outside this profile and are counted by zipCpu.
    const stepsTo = markers.windows.length;
    const caseZip = await zipCpu(origin, app, inspector, markers, log);
    inspector.close();

    const requests = Object.fromEntries(
      requestKinds.map((kind) => [
        kind,
        spread(windows.filter((w) => w.kind === kind).map((w) => profile.cpuMs(w.fromUs, w.toUs))),
      ]),
    ) as Record<RequestKind, Spread>;
    const byStep = new Map<string, number[]>();
    for (const w of markers.windows.slice(stepsFrom, stepsTo))
      byStep.set(w.name, [...(byStep.get(w.name) ?? []), profile.cpuMs(w.startUs, w.endUs)]);
    const steps = [...[...byStep].map(([name, values]) => ({ name, ...spread(values) })), ...caseZip.background.steps];
    return { requests, steps, samplingPeriodUs: profile.periodUs, statusPath, caseZip };
  } finally {
    await mf.dispose();
  }
}

/** The files of an application at wrangler.toml's limits: one of 64 MiB, the rest of 100,000,000 bytes. */
const ZIP_FILES = [64 * 1024 * 1024, 100_000_000 - 64 * 1024 * 1024];
const ZIP_ROUNDS = 3;

/**
 * A case's ZIP (`GET /api/v1/cases/:id/export`, staff) when its files are at the application's
 * limits: the request's CPU from sending it to the ZIP's last byte, the median of ZIP_ROUNDS; the
 * CPU of the multipart application that brought the files; and each step of the same ZIP made in
 * the background (`POST /api/v1/exports`, kind `case`), by kind of step.
 */
async function zipCpu(
  origin: string,
  app: AppClient,
  inspector: Inspector,
  markers: StepMarkers,
  log: (message: string) => void,
) {
  log("cpu: a case's ZIP with files at the application's limits");
  const { body, contentType } = multipart(
    APPLICATION_JSON,
    ...ZIP_FILES.map((size, i) => ({ bytes: pdf(size), name: `evidence-${i + 1}.pdf` })),
  );
  // The application that brings the files is profiled too, its workflow held meanwhile.
  markers.hold();
  const upload = await inspector.cpuOf(() => app.apply("", body, contentType)).finally(() => markers.release());
  await settle(app, markers, "an application with files");
  const rounds: Measured[] = [];
  let bytes = 0;
  for (let i = 0; i < ZIP_ROUNDS; i++) {
    const round = await inspector.cpuOf(() =>
      timedFetch(`${origin}/api/v1/cases/${upload.result.id}/export`, { headers: STAFF_AUTH }, [200]),
    );
    bytes = round.result.body.byteLength;
    rounds.push(round);
  }
  log("cpu: the same ZIP made in the background, step by step");
  const stepsFrom = markers.windows.length;
  // Polled seldom, so that a poll rarely shares a step's window.
  const { profile, result } = await inspector.profile(async () => {
    let made = new ArrayBuffer(0);
    for (let i = 0; i < ZIP_ROUNDS; i++)
      made = await app.exported("case", { case: upload.result.id }, BACKGROUND_POLL_MS);
    return made;
  });
  const byKind = new Map<string, number[]>();
  const windows = markers.windows.slice(stepsFrom).map((w) => ({
    kind: `export: ${w.name.replace(/ \d+$/, "")}`,
    cpuMs: profile.cpuMs(w.startUs, w.endUs),
    gcMs: profile.cpuMs(w.startUs, w.endUs, true),
  }));
  for (const w of windows) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w.cpuMs]);
  const background = {
    bytes: result.byteLength,
    steps: [...byKind].map(([name, values]) => ({ name, ...spread(values) })),
    // The costliest steps, with what of their CPU was the garbage collector's.
    peaks: windows.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5),
    gcShareMedian: median(windows.map((w) => (w.cpuMs > 0 ? w.gcMs / w.cpuMs : 0))),
  };
  return { files: ZIP_FILES, uploadCpuMs: upload.cpuMs, bytes, ...summary(rounds), background };
}

const BACKGROUND_POLL_MS = 2_000;

type Measured = { cpuMs: number; wallMs: number };

/** Rounds of one measure: how many, the median and highest CPU, the median wall time. */
function summary(rounds: Measured[]) {
  const cpu = rounds.map((r) => r.cpuMs);
  return {
    n: rounds.length,
    cpuMs: median(cpu),
    maxCpuMs: Math.max(...cpu),
    wallMs: median(rounds.map((r) => r.wallMs)),
  };
}

/** A first request also carries the heap the isolate's startup left: its median. */
type FirstMeasured = Measured & { heapMiB: number };

function firstSummary(rounds: FirstMeasured[]) {
  return { ...summary(rounds), heapMiB: median(rounds.map((r) => r.heapMiB)) };
}

/** Fresh isolates per kind of first request: one alone swings by several milliseconds on a shared machine. */
const FRESH_ROUNDS = 9;

/**
 * The first request a new isolate serves, per kind the median of FRESH_ROUNDS fresh instances (the
 * module already evaluated at startup, as on Cloudflare; `wrangler check startup` measures that),
 * the app's and the floor worker's, one after the other.
 */
async function freshCpu(
  bundle: string,
  floorBundle: string,
  stateDir: string,
  markers: StepMarkers,
  statusPath: string,
  log: (message: string) => void,
) {
  // Let the case's workflow reach its reviewer before the instance goes.
  const reviewer = async ({ origin, mf }: Instance) =>
    settle(appClient(origin, await mf.getD1Database("DB")), markers, "a fresh application");
  const application = (origin: string) =>
    timedFetch(
      `${origin}/api/v1/applications`,
      { method: "POST", body: APPLICATION_JSON, headers: { "content-type": "application/json" } },
      [201],
    );
  const kinds: [RequestKind, (origin: string) => Promise<unknown>, (origin: string) => Promise<unknown>][] = [
    [
      "apply_page",
      (origin) => timedFetch(`${origin}${FORM}`, {}, [200]),
      (origin) => timedFetch(`${origin}/apply`, {}, [200]),
    ],
    [
      "status_page",
      (origin) => timedFetch(`${origin}${statusPath}`, {}, [200]),
      (origin) => timedFetch(`${origin}/status/${APPLICATION.organization}`, {}, [200]),
    ],
    ["application_request", application, application],
  ];
  const firsts: ({ kind: RequestKind; floor: ReturnType<typeof firstSummary> } & ReturnType<typeof firstSummary>)[] =
    [];
  for (const [kind, request, floorRequest] of kinds) {
    log(`cpu: first request of a fresh isolate, ${kind}, ${FRESH_ROUNDS} isolates of the app and of the floor`);
    const rounds: FirstMeasured[] = [];
    const floorRounds: FirstMeasured[] = [];
    for (let round = 0; round < FRESH_ROUNDS; round++) {
      rounds.push(
        await firstRequest(bundle, stateDir, markers, request, kind === "application_request" ? reviewer : undefined),
      );
      floorRounds.push(await firstRequest(floorBundle, stateDir, markers, floorRequest));
    }
    firsts.push({ kind, ...firstSummary(rounds), floor: firstSummary(floorRounds) });
  }
  return firsts;
}

/**
 * The first request `bundle` serves on a fresh instance of the same state, with the heap its
 * startup left; `settled`, when given, waits for what the request set off before the instance goes.
 */
async function firstRequest(
  bundle: string,
  stateDir: string,
  markers: StepMarkers,
  request: (origin: string) => Promise<unknown>,
  settled?: (instance: Instance) => Promise<void>,
): Promise<FirstMeasured> {
  const instance = await startWorker(bundle, stateDir, {
    bindings: { BENCH_MARKERS: markers.url },
    inspector: true,
  });
  try {
    const inspector = await Inspector.connect(instance.mf);
    const heapMiB = await inspector.heapUsedMiB();
    markers.hold();
    const { cpuMs, wallMs } = await inspector
      .cpuOf(() => request(instance.origin))
      .finally(() => {
        markers.release();
        inspector.close();
      });
    await settled?.(instance);
    return { cpuMs, wallMs, heapMiB };
  } finally {
    await instance.mf.dispose();
  }
}
