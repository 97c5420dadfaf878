import { readPageDate } from '../locale/page-date';
import type { PageClock } from './types';

/**
 * The first date reader's signature, kept for callers written before `lib/locale`: a date as ISO
 * 8601 UTC, or undefined. `dayFirst` reads 05/11/2026 as 5 November. New code calls
 * `readPageDate` with the page locale, which also says whether the page showed a time.
 */
export function parsePageDate(raw: string, clock: PageClock, dayFirst = false): string | undefined {
  return readPageDate(raw, clock, { lang: 'en', dayFirst })?.timestamp;
}
