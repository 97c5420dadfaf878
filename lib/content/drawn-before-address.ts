import type { ReadResult } from '../schema/read-result';

/**
 * Some CRMs draw the next record's page before they move the address (crm-pages.md: the record
 * comes from the URL). A reading naming another record than the one reported last waits for the
 * route change, which drops it, and is reported only once the address has stayed `holdMs` (a
 * rename on the page). A timeline growing under the same name is not held.
 */
export function createAddressHold(holdMs: number) {
  let reportedName: string | undefined;
  let otherNameSince: number | undefined;
  return {
    reported(result: ReadResult): void {
      reportedName = nameOf(result);
    },
    /** How long `result` waits yet before it may be reported; 0 when it need not wait. */
    waitFor(result: ReadResult): number {
      const name = nameOf(result);
      if (reportedName === undefined || name === undefined || name === reportedName) {
        otherNameSince = undefined;
        return 0;
      }
      otherNameSince ??= Date.now();
      return Math.max(0, otherNameSince + holdMs - Date.now());
    },
  };
}

const nameOf = (result: ReadResult) => (result.status === 'read' ? result.record.name : undefined);
