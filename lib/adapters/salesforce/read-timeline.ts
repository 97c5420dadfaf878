import type { ActivityReading } from '../../schema/activity';
import { channelOf } from '../../schema/activity';
import { spacedText, textOf } from '../dom';
import { toSalesforceId18 } from '../salesforce-id';
import type { PageClock } from '../types';
import { classifyItem, type ItemText } from './classify-activity';
import { deepAllVisible, deepFirstVisible } from './scope';
import { SEL } from './selectors';
import { groupYearOf, parseTimelineDate } from './timeline-date';

export interface TimelineContext {
  clock: PageClock;
  /** The record's people, to tell inbound email from outbound. */
  contactNames: readonly string[];
  /** Deal pages: name the contacts an item links to. */
  collectContacts: boolean;
}

/** Every item of the activity timeline, upcoming then past; undefined when there is no timeline. */
export function readTimeline(view: Element, ctx: TimelineContext): ActivityReading[] | undefined {
  const timeline = deepFirstVisible(view, SEL.timeline);
  const upcoming = deepAllVisible(view, SEL.upcoming);
  const past = deepAllVisible(view, SEL.past);
  if (!timeline && upcoming.length === 0 && past.length === 0) return undefined;
  const seen = new Set<Element>();
  const read = (section: Element, isUpcoming: boolean): ActivityReading[] =>
    itemsOf(section, seen).map((item) => readItem(item, isUpcoming, section, ctx));
  const sections = [...upcoming.map((s) => read(s, true)), ...past.map((s) => read(s, false))];
  if (timeline && upcoming.length === 0 && past.length === 0) sections.push(read(timeline, false));
  return sections.flat();
}

/** Outermost items only: the SLDS blueprint nests `_expandable` inside `slds-timeline__item`. */
function itemsOf(section: Element, seen: Set<Element>): Element[] {
  const items = deepAllVisible(section, SEL.timelineItem).filter(
    (el) => !el.parentElement?.closest(SEL.timelineItem) && !el.closest(SEL.stencil),
  );
  const fresh = items.filter((el) => !seen.has(el));
  for (const el of fresh) seen.add(el);
  return fresh;
}

function readItem(item: Element, upcoming: boolean, section: Element, ctx: TimelineContext): ActivityReading {
  const text = itemText(item);
  const c = classifyItem(text, ctx.contactNames);
  const dateText = textOf(deepFirstVisible(item, SEL.itemDate));
  const timestamp = dateText
    ? parseTimelineDate(dateText, ctx.clock, { upcoming, groupYear: groupYear(item, section) })
    : undefined;
  const sourceId = sourceIdOf(item);
  const contactIds = ctx.collectContacts ? linkedContacts(item) : [];
  return {
    type: c.type,
    ...(channelOf(c.type) ? { channel: channelOf(c.type) } : {}),
    direction: c.direction,
    ...(timestamp ? { timestamp } : { dateText }),
    title: text.subject || text.summary,
    ...(c.owner ? { owner: c.owner } : {}),
    automated: c.automated,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    ...(upcoming ? { planned: true } : {}),
    ...(sourceId ? { sourceId } : {}),
    ...(contactIds.length > 0 ? { contactIds } : {}),
  };
}

function itemText(item: Element): ItemText {
  const kindClass = [item, ...Array.from(item.querySelectorAll('[class*="slds-timeline__item_"]'))]
    .flatMap((el) => Array.from(el.classList))
    .map((cls) => cls.match(/^slds-timeline__item_(call|email|event|task|meeting)$/)?.[1])
    .find(Boolean);
  const subjectEl = deepFirstVisible(item, SEL.subject);
  const details = deepFirstVisible(item, SEL.itemDetails);
  const summaryEl = Array.from(item.querySelectorAll('p, .slds-timeline__summary')).find(
    (p) => !details?.contains(p) && !p.matches(SEL.itemDate) && textOf(p).length > 0,
  );
  return {
    kind: kindClass ?? '',
    assistive: textOf(item.querySelector(SEL.assistiveText)),
    subject: subjectEl?.getAttribute('title') || textOf(subjectEl),
    summary: textOf(summaryEl),
    all: spacedText(item),
  };
}

/** The id in the subject link, `/lightning/r/Task/00T…/view` (Lightning URL shape). */
function sourceIdOf(item: Element): string | undefined {
  const attr = item.getAttribute('data-record-id') ?? item.getAttribute('data-recordid');
  const fromHref = deepFirstVisible(item, SEL.subject)
    ?.getAttribute('href')
    ?.match(/\/lightning\/r\/(?:[A-Za-z_]+\/)?([a-zA-Z0-9]{15,18})(?:\/|$)/)?.[1];
  const id = fromHref ?? attr ?? undefined;
  return id && /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id) ? toSalesforceId18(id) : undefined;
}

function linkedContacts(item: Element): string[] {
  const ids = deepAllVisible(item, SEL.recordLink)
    .map((a) => a.getAttribute('href')?.match(/\/lightning\/r\/(?:(Contact|Lead)\/)?((?:003|00Q)[a-zA-Z0-9]{12,15})\b/))
    .map((m) => m?.[2])
    .filter((id): id is string => !!id && (id.length === 15 || id.length === 18))
    .map(toSalesforceId18);
  return [...new Set(ids)];
}

/** The year of the month group holding the item ("November • 2026"), where there is one. */
function groupYear(item: Element, section: Element): number | undefined {
  for (let node: Element | null = item; node && node !== section.parentElement; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const heading = sib.matches(SEL.groupHeading) ? sib : sib.querySelector(SEL.groupHeading);
      const year = heading ? groupYearOf(textOf(heading)) : undefined;
      if (year) return year;
    }
  }
  return undefined;
}
