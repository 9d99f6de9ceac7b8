// Figures from samples (percentile, median, spread), and the way the reports print them.

/** Nearest-rank percentile of a sample, in its unit. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export type Spread = { n: number; median: number; p90: number; max: number };

export const spread = (values: number[]): Spread => ({
  n: values.length,
  median: median(values),
  p90: percentile(values, 90),
  max: Math.max(...values),
});

// Figures as the reports print them.
export const ms = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? "—"
    : v >= 100
      ? `${v.toFixed(0)} ms`
      : v >= 10
        ? `${v.toFixed(1)} ms`
        : `${v.toFixed(2)} ms`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const n = (v: number) => v.toLocaleString("en");
