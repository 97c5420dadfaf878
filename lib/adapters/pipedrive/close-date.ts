import { expectedCloseNote } from '../../schema/expected-close-reason';
import type { NotRead } from '../../schema/read-result';
import { zonedDay } from '../../zoned-day';
import type { PageClock } from '../types';
import { closedEntryTime } from './closed-entry';
import { fieldDate, fieldText } from './fields';
import type { PageLanguage } from './page-locale';
import { FIELDS, type FieldSpec } from './selectors';
import type { Tense } from './shown-year';

/**
 * The close date the deal record carries: the calendar day, or the text shown where it cannot be
 * read. A closed deal's time in its stage stops there (metrics/closed-stage-time.ts) and its stage
 * bar's day counts run back from it (stages.ts), so it is only a day the page says the deal closed
 * on: a won deal's "Won time" field, a lost deal's "Lost time", else "Deal closed on" (set when a
 * deal is won or lost), else the day of the feed's entry saying so ("Deal won", "Deal lost"). Its
 * expected close date was only the plan, set while the deal was open, whether it lies ahead or
 * passed: where the page shows nothing else, the close date is not read, and notRead says why,
 * quoting the expected day (a won deal's through expectedCloseNote, which the save reads). A closed
 * deal cannot have closed on a day still to come: such a day is not read, and notRead says so. An
 * open deal's is the expected close date, which looks ahead (overdue if lately, as a planned
 * activity's date does).
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
  if (!closed) return shownDay(page, FIELDS.closeDate, 'planned');
  const shown = (spec: FieldSpec) => fieldText(view, spec, language.words, feed);
  const closedOn = [closed === 'won' ? FIELDS.wonTime : FIELDS.lostTime, FIELDS.closedOn].find(shown);
  if (closedOn) return closedDay(page, closedOn, closed);
  const entry = closedEntryTime(feed, closed, clock, language);
  if (entry && Date.parse(entry) <= clock.now.getTime()) return zonedDay(entry, clock.timeZone);
  const expected = shown(FIELDS.closeDate);
  // The expected day read as an open deal's was (planned), to match the day stored then; a text
  // that does not read needs no note of its own beside this one.
  const expectedDay = () => shownDay({ ...page, notRead: [] }, FIELDS.closeDate, 'planned');
  if (!expected)
    notRead.push({ field: 'closeDate', reason: `the deal is ${closed} and the page shows no ${closed} time` });
  else notRead.push(expectedCloseNote(closed, expected, expectedDay()));
  return undefined;
}

interface ShownPage {
  view: Element;
  clock: PageClock;
  language: PageLanguage;
  feed: readonly Element[];
  notRead: NotRead[];
}

/**
 * A closed deal's day from a date field, as shownDay reads it; a day after the reading's today is
 * no day it closed on: not read, and said so.
 */
function closedDay(page: ShownPage, spec: FieldSpec, closed: 'won' | 'lost'): string | undefined {
  const day = shownDay(page, spec, 'past');
  const { clock, view, language, feed, notRead } = page;
  if (!day || !DAY.test(day) || day <= zonedDay(clock.now, clock.timeZone)) return day;
  const text = fieldText(view, spec, language.words, feed);
  notRead.push({
    field: 'closeDate',
    reason: `the deal is ${closed}, but the day the page shows for its close, "${text}", is still to come`,
  });
  return undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date field's day in the page's zone, its text where it cannot be read (fieldDate says why), undefined where not shown. */
function shownDay(page: ShownPage, spec: FieldSpec, tense: Tense): string | undefined {
  const { view, clock, language, feed, notRead } = page;
  const text = fieldText(view, spec, language.words, feed);
  if (!text) return undefined;
  const iso = fieldDate(view, spec, clock, language, 'closeDate', notRead, tense);
  return iso ? zonedDay(iso, clock.timeZone) : text;
}
