import type { ActivityReading } from '../../schema/activity';
import { channelOf } from '../../schema/activity';
import type { PageClock } from '../types';
import { classifyActivity } from './classify-activity';
import { parseHubSpotDate } from './page-date';
import { recordElements } from './scope';
import { TIMELINE } from './selectors';
import { type ItemParts, itemParts } from './timeline-item';

export interface TimelineContext {
  clock: PageClock;
  /** Deal pages only: contact ids named inside an item are kept (contracts.md). */
  onDeal: boolean;
  contactNames: readonly string[];
}

/**
 * Every item of the shown record's timeline, hidden tabs included (the Overview tab repeats
 * recent items: the same engagement id is read once), in page order.
 */
export function readTimeline(root: Element, context: TimelineContext): TimelineItem[] {
  const seen = new Set<string>();
  const items: TimelineItem[] = [];
  for (const card of timelineCards(root)) {
    const parts = itemParts(card, root);
    const activity = readItem(parts, context);
    const identity =
      activity.sourceId ?? `${activity.type}|${activity.title}|${activity.timestamp ?? activity.dateText}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    items.push({ activity, parts });
  }
  return items;
}

/** An activity with the text it was read from (deal stage history reads system items' wording). */
export interface TimelineItem {
  activity: ActivityReading;
  parts: ItemParts;
}

function timelineCards(root: Element): Element[] {
  const cards = recordElements(root, TIMELINE.card);
  const found = cards.length > 0 ? cards : recordElements(root, TIMELINE.cardFallback);
  // An item nested in another match (a wrapper carrying a second test id) is read once, as the outer one.
  return found.filter((card) => !found.some((other) => other !== card && other.contains(card)));
}

function readItem(parts: ItemParts, context: TimelineContext): ActivityReading {
  const classified = classifyActivity(parts.header, {
    icon: parts.icon,
    isNoteCard: parts.isNoteCard,
    outcomeText: parts.outcomeText,
    directionText: parts.directionText,
    description: parts.description,
    contactNames: context.contactNames,
  });
  const activity: ActivityReading = {
    type: classified.type,
    direction: classified.direction,
    title: titleOf(parts, classified.type),
    automated: classified.automated,
  };
  const channel = channelOf(classified.type);
  if (channel) activity.channel = channel;
  const timestamp = parts.dateText ? parseHubSpotDate(parts.dateText, context.clock) : undefined;
  if (timestamp) activity.timestamp = timestamp;
  else if (parts.dateText) activity.dateText = parts.dateText;
  const owner = parts.owner ?? senderOwner(parts.description, context.contactNames);
  if (owner) activity.owner = owner;
  if (isPlanned(classified.type, parts, timestamp, context.clock)) activity.planned = true;
  if (classified.type === 'call' || (classified.type === 'meeting' && !activity.planned))
    activity.outcome = classified.outcome ?? 'unknown';
  if (parts.sourceId) activity.sourceId = parts.sourceId;
  if (context.onDeal && parts.contactIds.length > 0) activity.contactIds = parts.contactIds;
  return activity;
}

/** Upcoming: in the timeline's upcoming group, an open task, or a meeting still ahead. */
function isPlanned(type: ActivityReading['type'], parts: ItemParts, timestamp: string | undefined, clock: PageClock) {
  if (parts.inUpcomingGroup) return true;
  if (type === 'task') return !parts.completed;
  return type === 'meeting' && timestamp !== undefined && Date.parse(timestamp) > clock.now.getTime();
}

/** "from Alex Morgan to Jordan Lee": the owner is the side that is not one of the record's contacts. */
function senderOwner(description: string, contactNames: readonly string[]): string | undefined {
  for (const contact of contactNames) {
    if (!contact) continue;
    const name = escapeRegExp(contact);
    const sent = description.match(new RegExp(`\\bfrom (.+?) to ${name}\\b`))?.[1];
    if (sent) return sent;
    const received = description.match(new RegExp(`\\bfrom ${name} to ([A-Z][\\w'.-]+(?: [A-Z][\\w'.-]+)?)`))?.[1];
    if (received) return received;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Notes and system events have no editable title: their own text says what they are. */
function titleOf(parts: ItemParts, type: ActivityReading['type']): string {
  if (parts.title) return parts.title;
  const described = (type === 'note' || type === 'system') && parts.description ? parts.description.slice(0, 120) : '';
  return described || parts.header || parts.description.slice(0, 120) || type;
}
