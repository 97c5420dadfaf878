import type { PageLocale } from '../../locale/page-locale';
import type { ActivityReading } from '../../schema/activity';
import { channelOf } from '../../schema/touch-types';
import type { ReadingSteps } from '../reading-steps';
import { toSalesforceId18 } from '../salesforce-id';
import type { PageClock } from '../types';
import { classifyItem } from './classify-activity';
import { withoutDuplicates } from './dedupe';
import { type FoundItem, findItems } from './find-items';
import { itemDate } from './item-date';
import { itemParts } from './item-text';
import { plannedOf } from './planned';
import { deepAllVisible } from './scope';
import { SEL } from './selectors';
import type { SalesforceWords } from './words';

export interface TimelineContext {
  clock: PageClock;
  locale: PageLocale;
  words: readonly SalesforceWords[];
  /** The record's people, to tell inbound email from outbound. */
  contactNames: readonly string[];
  /** A contact's own email, for emails' From/To rows. */
  email?: string;
  /** Deal pages: name the contacts an item links to. */
  collectContacts: boolean;
}

/** Every item of the activity timeline once (a step per item); undefined when there is no timeline. */
export function* readTimeline(view: Element, ctx: TimelineContext): ReadingSteps<ActivityReading[] | undefined> {
  const items = findItems(view, ctx.words);
  if (!items) return undefined;
  const read: ActivityReading[] = [];
  for (const item of items) {
    yield;
    read.push(readItem(item, ctx));
  }
  return withoutDuplicates(read);
}

function readItem(found: FoundItem, ctx: TimelineContext): ActivityReading {
  const parts = itemParts(found.el, ctx.words);
  const c = classifyItem(parts, ctx.contactNames, ctx.words, ctx.email);
  const planned = plannedOf(found, parts, ctx.words);
  const date = itemDate(parts, ctx, { upcoming: planned, ...(found.groupYear ? { groupYear: found.groupYear } : {}) });
  const contactIds = ctx.collectContacts ? linkedContacts(found.el) : [];
  const dateText = date.timestamp ? {} : { dateText: date.text };
  return {
    type: c.type,
    ...(channelOf(c.type) ? { channel: channelOf(c.type) } : {}),
    direction: c.direction,
    ...(date.timestamp ? { timestamp: date.timestamp, timePrecision: date.timePrecision } : dateText),
    title: parts.subject || parts.summary,
    ...(c.owner ? { owner: c.owner } : {}),
    ...(c.byViewer ? { byViewer: true } : {}),
    automated: c.automated,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(planned ? { planned: true } : {}),
    ...(parts.sourceId ? { sourceId: toSalesforceId18(parts.sourceId) } : {}),
    ...(contactIds.length > 0 ? { contactIds } : {}),
  };
}

function linkedContacts(item: Element): string[] {
  const ids = deepAllVisible(item, SEL.recordLink)
    .map((a) => a.getAttribute('href')?.match(/\/lightning\/r\/(?:(Contact|Lead)\/)?((?:003|00Q)[a-zA-Z0-9]{12,15})\b/))
    .map((m) => m?.[2])
    .filter((id): id is string => !!id && (id.length === 15 || id.length === 18))
    .map(toSalesforceId18);
  return [...new Set(ids)];
}
