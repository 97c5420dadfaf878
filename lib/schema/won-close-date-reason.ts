import type { NotRead } from './read-result';

/**
 * How a reader says a won deal's page shows only the expected close date, not when it was won
 * (adapters/pipedrive/close-date.ts), quoting the date as shown and, where it reads, its day: the
 * save drops a stored close date that is that day (db/won-close-date.ts). Written and read here
 * only, so the two cannot drift apart.
 */
const SHOWS_ONLY_EXPECTED = 'the deal is won and the page shows only its expected close date';
const NOT_WHEN_WON = 'not when it was won';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The note for a won deal whose page shows only its expected close date: `shown` as on the page, `day` its calendar day where read. */
export function expectedCloseNote(shown: string, day: string | undefined): NotRead {
  const quoted = day && DAY.test(day) ? `"${shown}", ${day}` : `"${shown}"`;
  return { field: 'closeDate', reason: `${SHOWS_ONLY_EXPECTED} (${quoted}), ${NOT_WHEN_WON}` };
}

/** The expected close day a reason written by expectedCloseNote quotes; undefined for any other reason, or where the day was not read. */
export function expectedCloseDay(reason: string): string | undefined {
  if (!reason.startsWith(`${SHOWS_ONLY_EXPECTED} (`) || !reason.endsWith(`), ${NOT_WHEN_WON}`)) return undefined;
  const day = reason.slice(0, -`), ${NOT_WHEN_WON}`.length).split(', ').at(-1);
  return day && DAY.test(day) ? day : undefined;
}
