import type { PageLocale } from '../../locale/page-locale';
import type { ActivityReading } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import { channelOf } from '../../schema/touch-types';
import { zonedDay } from '../../zoned-day';
import type { ReadingSteps } from '../reading-steps';
import { toSalesforceId18 } from '../salesforce-id';
import type { PageClock } from '../types';
import { classifyItem, type Unread } from './classify-activity';
import { withoutDuplicates } from './dedupe';
import type { RecordPeople } from './email-direction';
import type { FoundItem } from './find-items';
import { monthOfGroup } from './group-month';
import { inGroupMonth } from './in-group-month';
import { itemDate } from './item-date';
import { itemParts } from './item-text';
import { itemTitle } from './logged-email-title';
import { othersCounted } from './others-tail';
import { inPageOrder } from './page-order';
import { partialLists } from './partial-lists';
import { plannedOf, plannedUnread } from './planned';
import { rowOwner } from './row-owner';
import { deepAllVisible } from './scope';
import { SEL } from './selectors';
import { personLinkOf } from './structure';
import { monthGroupYear } from './timeline-date';
import { timelineGaps } from './timeline-gaps';
import { type SalesforceWords, untabledLanguage } from './words';

export interface TimelineContext {
  clock: PageClock;
  locale: PageLocale;
  words: readonly SalesforceWords[];
  /** The record's people and owner, to tell inbound email from outbound. */
  people: RecordPeople;
  /** Deal pages: name the contacts an item links to. */
  collectContacts: boolean;
}

/** A timeline item's reading, with the fields the page did not settle (kept off the stored activity). */
export type TimelineReading = ActivityReading & { unread: Unread[] };

export interface TimelineRead {
  activities: TimelineReading[];
  /** Why the shown timeline may not be the whole history (filters, "Load More", folded groups, a "(3+)" list). */
  gaps: NotRead[];
}

/**
 * Every item of the activity timeline once (a step per item), from its items found (findItems);
 * undefined when there is no timeline.
 */
export function* readTimeline(
  view: Element,
  items: FoundItem[] | undefined,
  ctx: TimelineContext,
): ReadingSteps<TimelineRead | undefined> {
  const noWordsFor = untabledLanguage(ctx.locale.lang);
  if (!items) return undefined;
  const read: TimelineReading[] = [];
  // The past groups an item dated in the group's own month has been read in, so far down the page.
  const groupsMet = new Set<string>();
  for (const item of items) {
    yield;
    const month = item.upcoming === false ? monthOfGroup(item, ctx.clock) : undefined;
    const group = month && `${month} ${item.section ?? ''}`;
    const reading = readItem(item, ctx, noWordsFor, !!group && groupsMet.has(group));
    read.push(reading);
    if (group && reading.timestamp && zonedDay(reading.timestamp, ctx.clock.timeZone).startsWith(`${month}-`))
      groupsMet.add(group);
  }
  yield;
  const gaps = [
    ...timelineGaps(view, inPageOrder(items.map((i) => i.el)), ctx.words, noWordsFor),
    ...partialLists(items),
  ];
  return { activities: withoutDuplicates(read), gaps };
}

/** `belowGroupMonth`: an item above this one in its group is dated in the group's month (parseTimelineDate). */
function readItem(
  found: FoundItem,
  ctx: TimelineContext,
  noWordsFor: string | undefined,
  belowGroupMonth: boolean,
): TimelineReading {
  const parts = itemParts(found.el, ctx.words);
  const c = classifyItem(parts, ctx.people, ctx.words, noWordsFor);
  const told = plannedOf(found, parts, ctx.words);
  // Nothing told open or done: read as done for its date, and reported.
  const planned = told ?? false;
  const groupYear =
    found.groupYear ??
    (found.groupMonthOffset === undefined ? undefined : monthGroupYear(found.groupMonthOffset, ctx.clock));
  const groupMonth = Number(monthOfGroup(found, ctx.clock)?.slice(5, 7)) || undefined;
  const where = {
    upcoming: planned,
    ...(groupYear ? { groupYear } : found.relativeGroup ? { relativeGroup: true as const } : {}),
    ...(groupYear && groupMonth ? { groupMonth } : {}),
    ...(belowGroupMonth ? { belowGroupMonth: true as const } : {}),
  };
  const date = inGroupMonth(itemDate(parts, ctx, where, !!noWordsFor), found, ctx.clock);
  const contactIds = ctx.collectContacts ? linkedContacts(found.el) : [];
  const dateText = date.timestamp || !date.text ? {} : { dateText: date.text };
  const owner = c.owner ?? (c.byViewer ? undefined : rowOwner(found.el, ctx.words));
  return {
    type: c.type,
    ...(channelOf(c.type) ? { channel: channelOf(c.type) } : {}),
    direction: c.direction,
    ...(c.directionPresumed ? { directionPresumed: true } : {}),
    ...(date.timestamp
      ? {
          timestamp: date.timestamp,
          timePrecision: date.timePrecision,
          ...(date.relativeTime ? { relativeTime: true as const } : {}),
        }
      : dateText),
    title: itemTitle(parts, c.type, ctx.words),
    ...(owner ? { owner } : {}),
    ...(c.byViewer ? { byViewer: true } : {}),
    automated: c.automated,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(planned ? { planned: true } : doneUnsaid(told, c.type, date, ctx.clock.now) ? { planned: false } : {}),
    ...(parts.sourceId ? { sourceId: toSalesforceId18(parts.sourceId) } : {}),
    ...(contactIds.length > 0 ? { contactIds } : {}),
    unread: [
      ...(date.offGroup ? [date.offGroup] : []),
      ...c.unread,
      ...(told === undefined ? [plannedUnread(found, noWordsFor)] : []),
      ...(ctx.collectContacts ? unnamedOthers(parts.summary, ctx.words) : []),
    ],
  };
}

/**
 * A deal's item whose sentence counts people it does not name ("with Max Young and 1 other"): who
 * they are is not on the page, so the deal's contacts it touched may be more than those it links
 * (contracts.md: a deal touch has a contact only where the page names one).
 */
function unnamedOthers(summary: string, words: readonly SalesforceWords[]): Unread[] {
  const n = othersCounted(summary, words);
  if (!n) return [];
  const people = n === 1 ? 'one more person' : `${n} more people`;
  return [{ field: 'contacts', reason: `its sentence counts ${people} without naming them: "${summary}"` }];
}

function linkedContacts(item: Element): string[] {
  const ids = deepAllVisible(item, SEL.recordLink)
    .map(personLinkOf)
    .filter((id): id is string => !!id)
    .map(toSalesforceId18);
  return [...new Set(ids)];
}

/**
 * Whether an item told done (past group, "You had", "logged") needs saying so, since its date alone
 * would read as maybe not happened yet: a closed Task dated by its due day, which may be ahead
 * ("Tomorrow"), and a meeting dated by its day only, stored at that day's midnight ("Today": held
 * only once the day is over, unless marked held). metrics' shownDone counts both.
 */
function doneUnsaid(
  told: boolean | undefined,
  type: string,
  date: { timestamp?: string; timePrecision?: string },
  now: Date,
): boolean {
  if (told !== false || !date.timestamp) return false;
  return Date.parse(date.timestamp) > now.getTime() || (type === 'meeting' && date.timePrecision === 'day');
}
