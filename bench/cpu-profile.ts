// CPU time of the worker's isolate, from V8's sampling profiler over the inspector protocol
// (Miniflare's `inspectorPort`), and the step markers that say when each workflow step ran.
//
// How CPU is counted: V8 samples the isolate every `SAMPLING_US` while it runs JavaScript or V8
// itself (compiling, collecting garbage); workerd takes no sample while the isolate waits on I/O
// (D1, R2, a fetch), so such a wait shows as one long gap before the next sample. A window's CPU
// is the sum, over the samples that fall in it (but V8's "(idle)" ones), of each sample's interval
// capped at the profile's median interval: a longer interval is a wait, counted as one period.
// Profile timestamps and `nowUs()` are both CLOCK_MONOTONIC in microseconds, so windows taken in
// Node (a request from send to last byte; a step from its start marker to its end marker) apply
// to the profile as they are.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Miniflare } from "miniflare";
import { median } from "./stats.ts";

const SAMPLING_US = 100;

export const nowUs = () => Number(process.hrtime.bigint() / 1000n);

type ProfileNode = { id: number; callFrame: { functionName: string } };
type RawProfile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** A stopped profile, ready to count the CPU of any window of it. */
export class CpuProfile {
  readonly periodUs: number;
  private readonly at: number[] = [];
  private readonly cost: number[] = [];
  /** Whether each sample was V8's garbage collector. */
  private readonly collecting: boolean[] = [];

  constructor(profile: RawProfile) {
    this.periodUs = median(profile.timeDeltas.filter((d) => d > 0));
    const named = (name: string) =>
      new Set(profile.nodes.filter((n) => n.callFrame.functionName === name).map((n) => n.id));
    const idle = named("(idle)");
    const gc = named("(garbage collector)");
    let t = profile.startTime;
    for (const [i, delta] of profile.timeDeltas.entries()) {
      t += delta;
      const node = profile.samples[i] ?? -1;
      if (idle.has(node)) continue;
      this.at.push(t);
      this.cost.push(Math.min(delta, this.periodUs));
      this.collecting.push(gc.has(node));
    }
  }

  /** CPU in ms between two `nowUs()` readings; with `gcOnly`, only the garbage collector's. */
  cpuMs(fromUs: number, toUs: number, gcOnly = false): number {
    let us = 0;
    for (const [i, t] of this.at.entries())
      if (t >= fromUs && t <= toUs && (!gcOnly || this.collecting[i])) us += this.cost[i] ?? 0;
    return us / 1000;
  }
}

/** A DevTools protocol session with one worker's isolate (`core:user:` is the worker Miniflare runs). */
export class Inspector {
  private next = 0;
  private readonly waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();

  private readonly socket: WebSocket;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      this.waiting.get(message.id)?.(message);
      this.waiting.delete(message.id);
    });
  }

  static async connect(mf: Miniflare, worker = "core:user:"): Promise<Inspector> {
    const url = await mf.getInspectorURL();
    const socket = new WebSocket(`ws://${url.host}/${worker}`);
    await new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve, { once: true });
      socket.addEventListener("error", reject, { once: true });
    });
    const inspector = new Inspector(socket);
    await inspector.send("Profiler.enable");
    await inspector.send("Profiler.setSamplingInterval", { interval: SAMPLING_US });
    return inspector;
  }

  async send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.next;
    const answer = new Promise<{ result?: unknown; error?: unknown }>((resolve) => this.waiting.set(id, resolve));
    this.socket.send(JSON.stringify({ id, method, params }));
    const { result, error } = await answer;
    if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
    return result;
  }

  /** The isolate's JavaScript heap in use, in MiB: what a full garbage collection has to mark. */
  async heapUsedMiB(): Promise<number> {
    const { usedSize } = (await this.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usedSize / 2 ** 20;
  }

  /** Profiles `work`; the profile is returned with its result. */
  async profile<T>(work: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
    await this.send("Profiler.start");
    try {
      const result = await work();
      return { result, profile: new CpuProfile(await this.stopped()) };
    } catch (error) {
      await this.stopped().catch(() => undefined);
      throw error;
    }
  }

  /** Profiles one piece of `work`: its CPU and wall time from its start to its end. */
  async cpuOf<T>(work: () => Promise<T>): Promise<{ result: T; cpuMs: number; wallMs: number }> {
    let fromUs = 0;
    let toUs = 0;
    const { result, profile } = await this.profile(async () => {
      fromUs = nowUs();
      try {
        return await work();
      } finally {
        toUs = nowUs();
      }
    });
    return { result, cpuMs: profile.cpuMs(fromUs, toUs), wallMs: (toUs - fromUs) / 1000 };
  }

  private async stopped(): Promise<RawProfile> {
    return ((await this.send("Profiler.stop")) as { profile: RawProfile }).profile;
  }

  close() {
    this.socket.close();
  }
}

type StepWindow = { instance: string; name: string; startUs: number; endUs: number };

/**
 * The other end of bench/worker.ts's step markers: each workflow step fetches `<url>/start` before
 * it runs and `<url>/end` after. While `hold()` is on, starts are answered only at `release()`, so
 * no workflow runs while a request is being timed: waiting on the fetch costs the isolate no CPU.
 */
export async function stepMarkers() {
  const windows: StepWindow[] = [];
  const open = new Map<string, number>();
  let held: ServerResponse[] | undefined;
  let lastActivity = nowUs();
  const begin = (key: string, response: ServerResponse) => {
    open.set(key, nowUs());
    response.end();
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://markers");
    const key = `${url.searchParams.get("instance")}\n${url.searchParams.get("name")}`;
    lastActivity = nowUs();
    if (url.pathname === "/start") {
      if (held) held.push(Object.assign(response, { markerKey: key }));
      else begin(key, response);
      return;
    }
    const startUs = open.get(key);
    open.delete(key);
    if (startUs !== undefined) {
      const [instance = "", name = ""] = key.split("\n");
      windows.push({ instance, name, startUs, endUs: nowUs() });
    }
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    windows,
    hold() {
      held ??= [];
    },
    release() {
      const waiting = held ?? [];
      held = undefined;
      for (const response of waiting) begin((response as ServerResponse & { markerKey: string }).markerKey, response);
    },
    /** Steps started and not ended, or held. */
    busy: () => open.size + (held?.length ?? 0),
    /** Microseconds since a marker last came in. */
    quietUs: () => nowUs() - lastActivity,
    close: () => server.close(),
  };
}

export type StepMarkers = Awaited<ReturnType<typeof stepMarkers>>;
