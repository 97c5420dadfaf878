import { remembered } from '../reading-memo';

/**
 * The timeline's items the reader found in this reading, by test id, class or shape
 * (read-timeline.ts adds them): what sits inside one is that item's (a bar under a recording being
 * transcribed), never the timeline's loading more, though the page may have renamed every hook an
 * item is known by (crm-evidence-2.md: "even test ids churn"). Kept for the reading of the page
 * (reading-memo.ts), so the loading checks asked after it (scope.ts) see them; none is known before.
 */
export function foundItems(doc: Document): Set<Element> {
  return remembered('found-timeline-items', doc, () => new Set<Element>());
}
