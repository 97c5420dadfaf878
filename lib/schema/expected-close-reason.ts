import type { NotRead } from './read-result';

/**
 * How a reader says a closed deal's page shows only its expected close date, not when it was won
 * or lost (adapters/pipedrive/close-date.ts), quoting the date as shown and, where it reads, its
 * day: the save drops a stored close date that is that day (db/stored-close-date-wrong.ts). Written and read
 * here only, so the two cannot drift apart.
 */
const shownOnlyExpected = (closed: Closed) => `the deal is ${closed} and the page shows only its expected close date`;
const notWhenClosed = (closed: Closed) => `not when it was ${closed}`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Closed = 'won' | 'lost';

/** The note for a `closed` deal whose page shows only its expected close date: `shown` as on the page, `day` its calendar day where read. */
export function expectedCloseNote(closed: Closed, shown: string, day: string | undefined): NotRead {
  const quoted = day && DAY.test(day) ? `"${shown}", ${day}` : `"${shown}"`;
  return { field: 'closeDate', reason: `${shownOnlyExpected(closed)} (${quoted}), ${notWhenClosed(closed)}` };
}

/**
 * The days a stored close date of a `closed` deal may hold when it is the expected close date a
 * reason written by expectedCloseNote quotes: its day, and where the page shows it with no year
 * ("December 18"), the same day a year before, as versions before 0.7.36 read a closed deal's
 * year-less date (as past; now as planned). None for any other reason (one of the other status
 * too), or where the day was not read.
 */
export function expectedCloseDays(reason: string, closed: Closed): string[] {
  const end = `), ${notWhenClosed(closed)}`;
  const start = `${shownOnlyExpected(closed)} (`;
  if (!reason.startsWith(start) || !reason.endsWith(end)) return [];
  const quoted = reason.slice(start.length, -end.length);
  const day = quoted.split(', ').at(-1);
  if (!day || !DAY.test(day)) return [];
  const shown = quoted.slice(0, -day.length);
  return /\d{4}/.test(shown) ? [day] : [day, `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`];
}
