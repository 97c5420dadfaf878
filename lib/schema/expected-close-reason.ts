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
 * The expected close day a reason written by expectedCloseNote for a `closed` deal quotes;
 * undefined for any other reason (one of the other status too), or where the day was not read.
 */
export function expectedCloseDay(reason: string, closed: Closed): string | undefined {
  const end = `), ${notWhenClosed(closed)}`;
  if (!reason.startsWith(`${shownOnlyExpected(closed)} (`) || !reason.endsWith(end)) return undefined;
  const day = reason.slice(0, -end.length).split(', ').at(-1);
  return day && DAY.test(day) ? day : undefined;
}
