/** Shared helpers for `npm run bench`. Each `bench/*.bench.ts` file default-exports
 * an async function returning rows; `bench/run.ts` prints them and writes results.json. */
export interface BenchRow {
  /** What was measured, e.g. "first frame in a pty". */
  name: string;
  /** The measured figure. */
  value: number;
  unit: string;
  /** A baseline measured in the same run, when the target is a ratio. */
  baseline?: { name: string; value: number };
  /** value / baseline.value, when there is a baseline. */
  ratio?: number;
  /** The target in words, e.g. "<= 1.3x" or ">= 1,000,000 /s". */
  target: string;
  /** Whether the target was met. */
  pass: boolean;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds taken by fn, using the high-resolution clock. */
export function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
