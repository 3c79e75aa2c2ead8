// Small statistics and the interleaved runner every row uses, so a burst of machine noise lands on
// the subject and its baseline alike instead of on one of them.
import { performance } from 'node:perf_hooks';

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The spread of the middle half of the samples (third quartile − first), by linear interpolation. */
export function iqr(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('spread of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
  };
  return at(0.75) - at(0.25);
}

/** One timed run: resolves to the duration in milliseconds. */
export type Sample = () => Promise<number>;

/** Times an async function in this process with performance.now(). */
export function timed(fn: () => Promise<unknown>): Sample {
  return async () => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
}

export interface InterleaveOptions {
  warmups: number;
  runs: number;
}

/**
 * Runs subject and baseline alternately (warm-ups first, discarded), swapping which goes first on
 * every round so neither always follows the other. Returns both sample lists.
 */
export async function interleave(
  subject: Sample,
  baseline: Sample,
  { warmups, runs }: InterleaveOptions,
): Promise<{ subject: number[]; baseline: number[] }> {
  const result = { subject: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < warmups + runs; i++) {
    const order = i % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
    for (const which of order) {
      const ms = await (which === 'subject' ? subject() : baseline());
      if (i >= warmups) result[which].push(ms);
    }
  }
  return result;
}
