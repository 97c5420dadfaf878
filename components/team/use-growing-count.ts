import { useEffect, useState } from 'preact/hooks';

/**
 * How many items of a long list to draw: `first` at once, then `step` more a task at a time once
 * `grow` is true, until all `total` are drawn. The first screen shows without waiting for the rest,
 * and no single task draws thousands of rows.
 */
export function useGrowingCount(total: number, first: number, step: number, grow: boolean): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (!grow || count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(timer);
  }, [grow, count, total, step]);
  return Math.min(count, total);
}
