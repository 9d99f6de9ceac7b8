// Samples a process's resident memory (VmRSS from /proc/<pid>/status) every few milliseconds on a
// separate thread, so the main thread being busy sending a 50 MB body cannot delay a sample.
import { readdirSync, readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";

const CAPACITY = 200_000;

const SAMPLER = `
const { workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const { pid, intervalMs, control, samples } = workerData;
const flag = new Int32Array(control);
const out = new Float64Array(samples);
const capacity = out.length / 2;
let n = 0;
while (Atomics.load(flag, 0) === 0 && n < capacity) {
  try {
    const status = readFileSync("/proc/" + pid + "/status", "utf8");
    const match = /VmRSS:\\s+(\\d+) kB/.exec(status);
    if (match) {
      out[2 * n] = performance.timeOrigin + performance.now();
      out[2 * n + 1] = Number(match[1]);
      n++;
      Atomics.store(flag, 1, n);
    }
  } catch {
    break;
  }
  Atomics.wait(flag, 2, 0, intervalMs);
}
`;

export type RssSample = { at: number; kib: number };

/** The pid of the workerd process this Node process started (a direct child named `workerd`). */
export function findWorkerdChild(parentPid = process.pid): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …; comm may hold spaces, so read after the last ')'.
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parentPid && comm === "workerd") found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

export function rssKib(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]);
}

/** Starts sampling; `stop()` ends it and returns every sample, oldest first. */
export function sampleRss(pid: number, intervalMs = 10) {
  const control = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const samples = new SharedArrayBuffer(2 * CAPACITY * Float64Array.BYTES_PER_ELEMENT);
  const worker = new Worker(SAMPLER, { eval: true, workerData: { pid, intervalMs, control, samples } });
  const flag = new Int32Array(control);
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    /** Resolves once the first sample is in, so a baseline exists before what is measured starts. */
    async started(): Promise<void> {
      while (Atomics.load(flag, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async stop(): Promise<RssSample[]> {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 2);
      await exited;
      const n = Atomics.load(flag, 1);
      const view = new Float64Array(samples);
      const out: RssSample[] = [];
      for (let i = 0; i < n; i++) out.push({ at: view[2 * i] ?? 0, kib: view[2 * i + 1] ?? 0 });
      return out;
    },
  };
}

/** Baseline: the largest sample before `start`; peak: the largest from `start` to `end` (inclusive). */
export function growth(samples: RssSample[], start: number, end: number) {
  const before = samples.filter((s) => s.at < start);
  const during = samples.filter((s) => s.at >= start && s.at <= end);
  const baseline = Math.max(...before.map((s) => s.kib));
  const peak = Math.max(...during.map((s) => s.kib));
  const peakAt = during.find((s) => s.kib === peak)?.at ?? end;
  return {
    baselineKib: baseline,
    peakKib: peak,
    growthKib: Math.max(0, peak - baseline),
    samples: during.length,
    /** When the peak came, as a share of the request's duration (0 = start, 1 = response). */
    peakShare: end > start ? (peakAt - start) / (end - start) : 1,
  };
}
