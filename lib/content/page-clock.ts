import type { PageClock } from '../adapters/types';

/** The clock and zone a page is read with: now, in the browser's own zone. */
export function pageClock(): PageClock {
  return { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
