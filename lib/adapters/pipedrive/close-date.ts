import type { NotRead } from '../../schema/read-result';
import { SHOWS_ONLY_EXPECTED } from '../../schema/won-close-date-reason';
import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';
import { fieldDate, fieldText } from './fields';
import type { PageLanguage } from './page-locale';
import { FIELDS, type FieldSpec } from './selectors';
import type { Tense } from './shown-year';

/**
 * The close date the deal record carries: the calendar day, or the text shown where it cannot be
 * read. A closed deal's time in its stage stops there (metrics/closed-stage-time.ts), so a won
 * deal's is the day it was won: Pipedrive's "Won time" field, else "Deal closed on" (set when a
 * deal is won or lost). Its expected close date was only the plan: where the page shows nothing
 * else, the close date is not read, and notRead says why. Any other deal's is the expected close
 * date: an open deal's looks ahead (overdue if lately, as a planned activity's date does); a lost
 * deal's "Lost time" is not read yet, so it still takes its expected close date, in the past.
 * A date shown but not read is reported in notRead by fieldDate; a field not shown is left to the
 * caller's report of missing fields.
 */
export function dealCloseDate(
  view: Element,
  closed: 'won' | 'lost' | undefined,
  clock: PageClock,
  language: PageLanguage,
  feed: readonly Element[],
  notRead: NotRead[],
): string | undefined {
  const page: ShownPage = { view, clock, language, feed, notRead };
  if (closed !== 'won') return shownDay(page, FIELDS.closeDate, closed ? 'past' : 'planned');
  const won = [FIELDS.wonTime, FIELDS.closedOn].find((spec) => fieldText(view, spec, language.words, feed));
  if (won) return shownDay(page, won, 'past');
  const expected = fieldText(view, FIELDS.closeDate, language.words, feed);
  notRead.push({
    field: 'closeDate',
    reason: expected
      ? `the deal is won and the page ${SHOWS_ONLY_EXPECTED} ("${expected}"), not when it was won`
      : 'the deal is won and the page shows no won time',
  });
  return undefined;
}

interface ShownPage {
  view: Element;
  clock: PageClock;
  language: PageLanguage;
  feed: readonly Element[];
  notRead: NotRead[];
}

/** A date field's day in the page's zone, its text where it cannot be read (fieldDate says why), undefined where not shown. */
function shownDay(page: ShownPage, spec: FieldSpec, tense: Tense): string | undefined {
  const { view, clock, language, feed, notRead } = page;
  const text = fieldText(view, spec, language.words, feed);
  if (!text) return undefined;
  const iso = fieldDate(view, spec, clock, language, 'closeDate', notRead, tense);
  return iso ? zonedDay(iso, clock.timeZone) : text;
}
