/** What one timed run measured, and the small statistics the report needs. */
export interface RunResult {
  /** which workload (bench/workloads.ts): plain, fragment or mixed; access-check has its own */
  workload: string;
  side: 'graphql' | 'sql';
  run: number;
  seconds: number;
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** the load driver's own CPU time (user + system, all its threads) per answered request, µs; absent where not measured */
  driverCpuUs?: number;
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return percentile(sorted, 50);
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
