import type { Candidate } from './read-timeline';

/**
 * Each item once: the page renders some twice (a visually hidden accessibility copy, a pinned copy
 * above the feed, the same item under two tabs). Same CRM id, or else the same content (in the same
 * mail thread, `threads[i]` for `candidates[i]`), is one item; the first copy in page order is kept.
 */
export function withoutDuplicates(candidates: Candidate[], threads: readonly (string | undefined)[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c, i) => {
    const content = [c.type, c.direction, c.timestamp ?? c.dateText ?? '', c.title, threads[i] ?? ''];
    const key = c.sourceId ?? JSON.stringify(content);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
