import type { ActivityReading } from '../../schema/activity';

/**
 * Each item once: the page renders some twice (accessibility clones, pinned copies, the same
 * item in two tabs of the record; crm-evidence-2.md). Copies share the CRM id where the page
 * shows one, else all their content. The first copy wins: callers put visible copies first.
 */
export function withoutDuplicates<T extends ActivityReading>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((a) => {
    const id = a.sourceId ? `id:${a.sourceId}` : `content:${JSON.stringify(contentOf(a))}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function contentOf(a: ActivityReading): unknown[] {
  return [a.type, a.direction, a.timestamp ?? a.dateText, a.title, a.owner, a.planned ?? false, a.outcome];
}
