/** Small statistics for benchmark samples: medians and the spread around them. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function min(values: readonly number[]): number {
  return Math.min(...values);
}

export function max(values: readonly number[]): number {
  return Math.max(...values);
}

/** `lo–hi (n=N)`: the range of the samples, which is what a reader needs to judge a median. */
export function spread(values: readonly number[], digits: number): string {
  return `${min(values).toFixed(digits)}–${max(values).toFixed(digits)} (n=${values.length})`;
}

/** Per-round ratios a[i] / b[i] of paired samples. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, i) => value / (b[i] as number));
}

/** The item with the largest value (the first of equals); throws on none, which a trace with no task would be. */
export function maxBy<T>(items: T[], value: (item: T) => number): T {
  const first = items[0];
  if (first === undefined) throw new Error('no tasks in the trace');
  return items.reduce((best, item) => (value(item) > value(best) ? item : best), first);
}
