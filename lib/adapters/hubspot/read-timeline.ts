import { datedFields } from '../../locale/page-date';
import { isOutOfOffice } from '../../locale/words/find-words';
import type { ActivityReading } from '../../schema/activity';
import { channelOf } from '../../schema/touch-types';
import { spacedText, textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
import { besideClassCards, type CardsAndReports, outermost } from './beside-class-cards';
import { type Classification, classifyActivity } from './classify-activity';
import type { ContactsByAddress } from './contact-addresses';
import { findItemsByShape } from './find-items';
import { foundItems } from './found-items';
import { itemContacts } from './item-contacts';
import { ItemCopies } from './item-copies';
import { bodyOwner, headerOwner, type OwnerWording } from './item-owner';
import { saidLeaves } from './item-text';
import { meetingSlot } from './meeting-slot';
import { readItemDate, type Tense } from './page-date';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { TIMELINE } from './selectors';
import { type ItemParts, itemParts } from './timeline-item';
import type { Unread } from './untabled-wording';
import { isVisuallyHidden } from './visually-hidden';

export interface TimelineContext extends ReadingContext {
  /** Deal pages only: contact ids named inside an item are kept (contracts.md). */
  onDeal: boolean;
  /** Deal pages only: the addresses its association cards show under each contact (contact-addresses.ts). */
  contactAddresses: ContactsByAddress;
  /** Names and email addresses of the record's contacts (direction of emails and calls). */
  contactNames: readonly string[];
  /** The record's owner as its properties show the name (an item's rep is often the same person). */
  owners: readonly string[];
  /** The record's title element: never part of an item. */
  title: Element | null;
}

/**
 * Every item of the shown record's timeline, hidden tabs included, in page order, each once:
 * the Overview tab, the pinned section and accessibility clones repeat items (item-copies.ts).
 * Steps per item: its parts; then, once every header's rep is known (an email's sender is placed
 * against them), its type, its date, its owner by its header; the first item meets every
 * expression of each for the first time, and V8 compiles them then (locale/compile-now.ts), which
 * made it a step over a frame. Then the owners named only in items' bodies, once every header's name is known.
 */
export function* readTimeline(root: Element, context: TimelineContext): ReadingSteps<TimelineRead> {
  const copies = new ItemCopies<TimelineItem>();
  const groups = new Map<Element, string>();
  const { cards, untyped, unsplit, unplaced } = timelineCards(root, context);
  const found = foundItems(root.ownerDocument);
  for (const { card } of cards) found.add(card);
  const read: { card: Element; parts: ItemParts }[] = [];
  for (const { card, date } of cards) {
    yield;
    read.push({ card, parts: itemParts(card, root, context, date, groups) });
  }
  const reps = repsNamed(
    read.map(({ parts }) => parts.header),
    context,
  );
  for (const { card, parts } of read) {
    const { activity, unread } = yield* readItem(parts, card, context, reps);
    const content = [activity.type, activity.direction, activity.title, activity.timestamp ?? activity.dateText].join(
      '|',
    );
    copies.add({ activity, unread, parts, card }, activity.sourceId, content);
  }
  const items = copies.items;
  yield;
  // A name in an item's body may run on into the item's text: the names the page shows elsewhere
  // (the record's owner, reps named in headers) are matched there first.
  const shown = [...context.owners, ...items.flatMap(({ activity }) => (activity.owner ? [activity.owner] : []))];
  const wording: OwnerWording = { words: context.words, contactNames: context.contactNames, shown };
  for (const { activity, parts } of items) {
    if (activity.owner) continue;
    // The subject may be the item's sentence itself (an item without a title), so the whole text is
    // read first; a name never runs from the subject into the sentence after it (item-owner.ts).
    const item = { direction: activity.direction, opening: parts.subject };
    const owner = bodyOwner(parts.description, item, wording) ?? bodyOwner(textAfterSubject(parts), item, wording);
    if (owner) activity.owner = owner;
  }
  return {
    items,
    cards: cards.map(({ card }) => card),
    untyped: untyped.map((line) => spacedText(line)),
    unsplit: unsplit.map((block) => spacedText(block)),
    // What such a block says, the controls around it left out (a filter bar's "All users").
    unplaced: unplaced.map((block) => saidLeaves(block).map(textOf).join(' ')),
  };
}

export interface TimelineRead {
  items: TimelineItem[];
  /** Every item element read, copies merged into one item included: what is inside one is no timeline control. */
  cards: Element[];
  /** Pages without test ids: the text of each dated line of an item's shape showing no type (find-items.ts), not read. */
  untyped: string[];
  /** Pages without test ids: the text of each block of entries that could not be told apart (find-items.ts), not read. */
  unsplit: string[];
  /** Pages without test ids: the text of each block shaped like an item that stands in no timeline found (find-items.ts). */
  unplaced: string[];
}

/** An activity with the text it was read from (deal stage history reads system items' wording). */
export interface TimelineItem {
  activity: ActivityReading;
  /** What only wording could settle and the page's language left unread (classify-activity.ts). */
  unread: readonly Unread[];
  parts: ItemParts;
  card: Element;
}

/**
 * Items by test id; without one, the older card's class fragment and beside its matches the items
 * found by shape (beside-class-cards.ts), or by shape alone (find-items.ts); clipped clones left out.
 * Notes keep their own test id where the previews' may have been renamed (crm-evidence-2.md: "even
 * test ids churn"): matches that are notes only are read like the class's, the items found by shape
 * beside them. A page matching any other item's test id is read by test id alone (the shape finder
 * walks the whole timeline, long ones too).
 */
function timelineCards(root: Element, context: TimelineContext): CardsAndReports {
  const shown = (el: Element) => !isVisuallyHidden(el, root);
  const hooked = recordElements(root, TIMELINE.card);
  const found = (hooked.length > 0 ? hooked : recordElements(root, TIMELINE.cardFallback)).filter(shown);
  // An item nested in another match (a wrapper carrying a second test id) is read once, as the outer one.
  const outer = outermost(found);
  if (hooked.length > 0 && outer.some((card) => !card.matches(TIMELINE.noteCard)))
    return { cards: outer.map((card) => ({ card })), untyped: [], unsplit: [], unplaced: [] };
  const shaped = findItemsByShape(root, context.title, context);
  return besideClassCards(found, {
    items: shaped.items.filter(({ item }) => shown(item)),
    untyped: shaped.untyped.filter(shown),
    unsplit: shaped.unsplit.filter(shown),
    unplaced: shaped.unplaced.filter(shown),
  });
}

/**
 * The reps the page names: the record's owner and the users items' headers name ("Email sent by
 * Sam Rivera", "Note by Casey Nguyen"). An email from one of them is outbound, one from anyone else
 * named no contact's nor rep's (a colleague of the contact) is no one's touch (email-parties.ts).
 * Headers are read as an email that came in would be: German "von" and Italian "da" say "by" and
 * "from", and the sender of a mail may be anyone.
 */
function repsNamed(headers: readonly string[], context: TimelineContext): string[] {
  const wording: OwnerWording = { words: context.words, contactNames: context.contactNames, shown: context.owners };
  const named = headers.flatMap((header) => headerOwner(header, { direction: 'inbound' }, wording) ?? []);
  return [...new Set([...context.owners, ...named])];
}

function* readItem(
  parts: ItemParts,
  card: Element,
  context: TimelineContext,
  reps: readonly string[],
): ReadingSteps<{ activity: ActivityReading; unread: readonly Unread[] }> {
  yield;
  const classified = classifyActivity(parts.header, {
    icon: parts.icon,
    isNoteCard: parts.isNoteCard,
    outcomeText: parts.outcomeText,
    directionText: parts.directionText,
    description: parts.description,
    subject: parts.subject,
    contactNames: context.contactNames,
    reps,
    allContacts: !context.onDeal,
    words: context.words,
    noWordsFor: context.noWordsFor,
  });
  const activity: ActivityReading = {
    type: classified.type,
    direction: classified.direction,
    title: titleOf(parts, classified.type),
    automated: classified.automated || answersAutomatically(classified, parts.header, context),
  };
  const channel = channelOf(classified.type);
  if (channel) activity.channel = channel;
  if (classified.directionPresumed) activity.directionPresumed = true;
  yield;
  const planned = isPlanned(classified.type, parts);
  const tense = { tense: tenseOf(classified, planned), group: parts.groupMonth };
  const slot = classified.type === 'meeting' ? meetingSlot(card, parts, context.words) : undefined;
  // A meeting is dated at its own slot where its item shows one: the item's date may be its booking's.
  const date =
    (slot ? readItemDate(slot, context.clock, context.locale, tense) : undefined) ??
    (parts.dateText ? readItemDate(parts.dateText, context.clock, context.locale, tense) : undefined);
  const timestamp = date?.timestamp;
  if (date) {
    Object.assign(activity, datedFields(date));
  } else if (parts.dateText) activity.dateText = parts.dateText;
  yield;
  const owner = headerOwner(
    parts.header,
    { direction: classified.direction },
    { words: context.words, contactNames: context.contactNames, shown: context.owners },
  );
  if (owner) activity.owner = owner;
  if (planned || isAhead(classified.type, timestamp, context.clock)) activity.planned = true;
  else if (isDoneAhead(classified.type, parts, timestamp, context.clock)) activity.planned = false;
  if (classified.type === 'call' || (classified.type === 'meeting' && !activity.planned))
    activity.outcome = classified.outcome ?? 'unknown';
  if (parts.sourceId) activity.sourceId = parts.sourceId;
  const contactIds = context.onDeal
    ? itemContacts(parts, classified.type, context.contactAddresses, context.words)
    : [];
  if (contactIds.length > 0) activity.contactIds = contactIds;
  return { activity, unread: classified.unread ?? [] };
}

/**
 * An automatic answer whose subject stands in the item's header ("Email - Automatic reply: …",
 * "E-Mail - Abwesenheitsnotiz: …"): its title is then the body's first line ("from Mara Quist to
 * …", `titleOf`), which the step after every reader reads (auto-replies.ts), so the header is read
 * here, with the same out-of-office words of the page's language (decisions.md: locale data), and
 * the subject after the header's type on its own, where a word says so only opening it ("Email -
 * OOO until Mon 23 Nov: …"). metrics.md: an automated inbound email is never a reply.
 */
function answersAutomatically(
  { type, direction }: Pick<Classification, 'type' | 'direction'>,
  header: string,
  context: TimelineContext,
): boolean {
  if (type !== 'email' || direction !== 'inbound') return false;
  const subject = header.match(TYPE_THEN_SUBJECT)?.[1];
  return [header, subject ?? ''].some((text) => text !== '' && isOutOfOffice(text, context.locale.lang));
}

/** A header's type, a dash, then the subject ("Email - OOO until Mon 23 Nov: Pricing"). */
const TYPE_THEN_SUBJECT = /^[^-–—]+?\s[-–—]\s(.+)$/;

/**
 * Without a title hook the item's subject stands first in its body ("Call with Lars Brandt Alex
 * Morgan logged a call …"): the sentence after it may name the rep.
 */
function textAfterSubject({ subject, description }: ItemParts): string {
  return subject && description.startsWith(subject) ? description.slice(subject.length).trim() : '';
}

/**
 * Upcoming, known before its date is read (which it decides): a task by its own marks, open or
 * done wherever it sits (a task ticked done still in the upcoming group, dated by its due day, was
 * done); anything else by the upcoming group.
 */
function isPlanned(type: ActivityReading['type'], parts: ItemParts): boolean {
  return type === 'task' ? !parts.completed : parts.inUpcomingGroup;
}

/**
 * How a day without a year is read: a meeting outside the upcoming group may still be ahead (booked
 * for next month, shown in the feed), so its day is this year's like a planned one's, unless its
 * outcome says it took place (held, or a no-show); so is a done task's, dated by its due day, which
 * a task done early is still before (HubSpot leaves out the year of this year's days, ahead or
 * behind: page-date.ts); what is done is the latest such day.
 */
function tenseOf({ type, outcome }: Pick<Classification, 'type' | 'outcome'>, planned: boolean): Tense {
  if (planned) return 'planned';
  if (type === 'task') return 'either';
  return type === 'meeting' && outcome !== 'held' && outcome !== 'no-show' ? 'either' : 'past';
}

/**
 * A task shown done yet dated by a due day still ahead (done before it was due): it says so, or its
 * date alone would read as not happened yet (metrics' shownDone counts it, placed when Touchline
 * first saw it done), as Salesforce's closed Tasks and Pipedrive's ticked activities do.
 */
function isDoneAhead(
  type: ActivityReading['type'],
  parts: ItemParts,
  timestamp: string | undefined,
  clock: TimelineContext['clock'],
): boolean {
  return type === 'task' && parts.completed && timestamp !== undefined && Date.parse(timestamp) > clock.now.getTime();
}

/** Upcoming by its date, wherever it sits: a meeting still ahead. */
function isAhead(type: ActivityReading['type'], timestamp: string | undefined, clock: TimelineContext['clock']) {
  return type === 'meeting' && timestamp !== undefined && Date.parse(timestamp) > clock.now.getTime();
}

/**
 * Notes and system events have no editable title: their own text says what they are. Other items
 * without a title hook (the newer preview feed, pages without test ids) show their subject first.
 */
function titleOf(parts: ItemParts, type: ActivityReading['type']): string {
  if (parts.title) return parts.title;
  const described = (type === 'note' || type === 'system') && parts.description ? parts.description.slice(0, 120) : '';
  return described || parts.subject.slice(0, 120) || parts.header || parts.description.slice(0, 120) || type;
}
