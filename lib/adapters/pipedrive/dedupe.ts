import type { Candidate } from './read-timeline';

/**
 * Each item once: the page renders some twice (a visually hidden accessibility copy, a pinned copy
 * above the feed, the same item under two tabs). Same CRM id, or else the same content (in the same
 * mail thread, `threads[i]` for `candidates[i]`), is one item; the first copy in page order is kept.
 * An item showing no date and no id has nothing that tells a copy from another item: two calls
 * titled "Call" are two calls (each reported undated), never merged into one.
 */
export function withoutDuplicates(candidates: Candidate[], threads: readonly (string | undefined)[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c, i) => {
    const shown = c.timestamp ?? c.dateText;
    const key =
      c.sourceId ??
      (shown === undefined ? undefined : JSON.stringify([c.type, c.direction, shown, c.title, threads[i] ?? '']));
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
