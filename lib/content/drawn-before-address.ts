import type { ReadResult } from '../schema/read-result';

/**
 * Some CRMs draw the next record's page before they move the address (crm-pages.md: the record
 * comes from the URL), its header or its timeline first ("cards load late"). A reading that looks
 * like another record than the one reported last waits for the route change, which drops it, and
 * is reported only once the address has stayed `holdMs` (a rename on the page, a timeline filtered
 * to other items). It looks like another record when it names another, or when the reading
 * reported last showed items and this one shows none of them (told apart as `itemIds` says). A
 * timeline growing under the same name is not held.
 */
export function createAddressHold(holdMs: number) {
  let reportedName: string | undefined;
  let reportedItems = new Set<string>();
  let heldSince: number | undefined;

  function looksLikeAnother(result: ReadResult): boolean {
    const name = nameOf(result);
    if (reportedName === undefined || name === undefined) return false;
    if (name !== reportedName) return true;
    return reportedItems.size > 0 && !itemIds(result).some((item) => reportedItems.has(item));
  }

  return {
    reported(result: ReadResult): void {
      reportedName = nameOf(result);
      reportedItems = new Set(itemIds(result));
    },
    /** How long `result` waits yet before it may be reported; 0 when it need not wait. */
    waitFor(result: ReadResult): number {
      if (!looksLikeAnother(result)) {
        heldSince = undefined;
        return 0;
      }
      heldSince ??= Date.now();
      return Math.max(0, heldSince + holdMs - Date.now());
    },
  };
}

const nameOf = (result: ReadResult) => (result.status === 'read' ? result.record.name : undefined);

/**
 * Which items a reading shows, whatever in them changes (a date the rep corrects, or drawn after
 * its item): the CRM's id, else the type and title.
 */
function itemIds(result: ReadResult): string[] {
  if (result.status !== 'read') return [];
  return result.activities.map((item) => item.sourceId ?? `${item.type}|${item.title}`);
}
