import { useEffect, useState } from 'preact/hooks';

/**
 * How many items of a long list to draw: `first` at once, then `step` more a task at a time once
 * `grow` is true, until all `total` are drawn. The first screen shows without waiting for the rest,
 * and no single task draws thousands of rows.
 */
export function useGrowingCount(total: number, first: number, step: number, grow: boolean): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    // A list that stops growing (new filters, its rest still coming) starts again from its first screen.
    if (!grow) {
      if (count !== first) setCount(first);
      return;
    }
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(timer);
  }, [grow, count, total, first, step]);
  return Math.min(count, total);
}
