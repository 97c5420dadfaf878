import { isAmbiguousDate } from '../../locale/page-date';
import { pageLocaleOf } from '../../locale/page-locale';
import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import { textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import { activityTypeCount } from './activity-type-count';
import { dealContactAddresses } from './contact-addresses';
import { contactEmail } from './contact-email';
import { withDayOrder } from './day-order';
import { dealContacts } from './deal-contacts';
import { feedLoadedBackUnpinned } from './feed-loaded-back';
import { feedShowsItems, feedText } from './feed-shown';
import { readFigures } from './figures';
import { foldedReplies } from './folded-replies';
import { LabelIndex } from './label-index';
import { olderActivityControl } from './older-activity-control';
import { hubSpotOwner } from './owner-shown';
import { propertyValue } from './properties';
import { readContact } from './read-contact';
import { readDeal } from './read-deal';
import { readTimeline } from './read-timeline';
import type { ReadingContext } from './reading-context';
import { findRecordScope, recordElements, showsPlaceholders, timelineLoadingMore } from './scope';
import { TIMELINE } from './selectors';
import { timelineFilter } from './timeline-filter';
import { showsUnfoundItems } from './unfound-items';
import { detect } from './url';
import { labelsOf, untabledLanguage, wordsFor } from './words/index';

/** When the URL is not a record page, read still answers (never throws) for an unnamed record. */
const UNKNOWN_REF: RecordRef = { crm: 'hubspot', tenant: 'unknown', kind: 'contact', recordId: 'unknown' };

/**
 * Reads the shown HubSpot record: its fields, timeline and HubSpot's own figures, in the page's
 * locale; a step per timeline item, and one between the record's other parts.
 */
export function* readHubSpot(doc: Document, url: URL, clock: PageClock): ReadingSteps<ReadResult> {
  const ref = detect(url) ?? UNKNOWN_REF;
  const { root, title, onlyInLayer } = findRecordScope(doc);
  if (onlyInLayer)
    return {
      ...ref,
      status: 'loading',
      reason: `only a preview of "${onlyInLayer}" is shown: the record has not rendered yet`,
    };
  const name = textOf(title);
  if (!name) {
    if (showsPlaceholders(root)) return { ...ref, status: 'loading', reason: 'the record header has not rendered yet' };
    const reason = 'no record name in the page header';
    return unreadable(ref, reason, [{ field: 'record.name', reason }]);
  }
  // The first part of a reading is split too: finding the record, the page's language and day order,
  // and the first label lookups each walk much of the record (issue 11: no task over a frame).
  yield;
  const locale = withDayOrder(pageLocaleOf(doc), root);
  yield;
  const context: ReadingContext = {
    clock,
    locale,
    words: wordsFor(locale),
    noWordsFor: untabledLanguage(locale),
    labels: new LabelIndex(root),
  };
  const contacts = ref.kind === 'deal' ? dealContacts(root, context) : [];
  yield;
  const contactNames = ref.kind === 'contact' ? [name, ...emailOf(root, context)] : contacts.map((c) => c.name);
  const owner = hubSpotOwner(
    propertyValue(root, labelsOf(context.words, ref.kind === 'deal' ? 'dealOwner' : 'contactOwner'), context.labels),
    context.words,
  );
  yield;
  const { items, cards, untyped, unsplit, unplaced } = yield* readTimeline(root, {
    ...context,
    onDeal: ref.kind === 'deal',
    contactAddresses: ref.kind === 'deal' ? dealContactAddresses(root, context) : new Map(),
    contactNames,
    owners: owner ? [owner] : [],
    title,
  });
  // Pinned copies alone are no feed: the pinned section may be drawn before the feed it copies.
  const feedShown = feedShowsItems(cards);
  if (!feedShown && showsPlaceholders(root))
    return { ...ref, status: 'loading', reason: 'the activity timeline is still loading' };
  const notRead: NotRead[] = [];
  const timelines = recordElements(root, TIMELINE.container);
  const unfound = unreadShapes(untyped, unsplit);
  if (unfound.length > 0) notRead.push(...unfound);
  else if (!feedShown && timelines.length === 0) notRead.push({ field: 'activities', reason: noTimeline(unplaced) });
  // A timeline without items says so in words ("No activity yet"); a blank one is not "no activity".
  else if (!feedShown && timelines.every((timeline) => !feedText(timeline)))
    notRead.push({ field: 'activities', reason: 'the activity timeline shows nothing, not even that it is empty' });
  else if (!feedShown && timelines.some((timeline) => showsUnfoundItems(timeline, context)))
    notRead.push({
      field: 'activities',
      reason: 'the timeline shows entries, none read as an item (markup or dates Touchline does not know)',
    });
  // An empty filtered feed has no item to find its tabs from: the timeline itself stands in.
  const anchor = items[0]?.card ?? timelines[0];
  const typeCount = activityTypeCount(root, anchor);
  const filter = timelineFilter(root, anchor, typeCount, context.words);
  if (filter)
    notRead.push({
      field: 'activities',
      reason: `the timeline is filtered to "${filter.selected}": select "${filter.all}" to count every touch`,
    });
  // No source shows which types HubSpot selects by default: any type left out may hide touches.
  if (typeCount && typeCount.shown < typeCount.total)
    notRead.push({
      field: 'activities',
      reason: `the timeline's activity filter shows ${typeCount.shown} of ${typeCount.total} types`,
    });
  notRead.push(...foldedReplies(items, context.words));
  if (items.length > 0 && timelineLoadingMore(root))
    notRead.push({ field: 'activities', reason: 'more timeline items were still loading' });
  const olderControl = olderActivityControl(root, cards, context);
  const olderThan = olderControl ? feedLoadedBackUnpinned(items, clock.timeZone) : undefined;
  if (olderControl)
    // The timeline lists newest first (stage-history.ts): what "Load more" fetches is older.
    notRead.push({
      field: 'activities',
      reason: `older timeline items are behind a "${olderControl}" control`,
      part: 'older',
      ...(olderThan ? { olderThan } : {}),
    });
  for (const [index, { activity, unread }] of items.entries()) {
    // contracts.md: the raw text is kept where no date could be read; the reading says so too.
    if (activity.dateText)
      notRead.push({
        field: `activities[${index}].timestamp`,
        reason: isAmbiguousDate(activity.dateText, locale)
          ? `"${activity.dateText}" could be day or month first`
          : `unreadable date "${activity.dateText}"`,
      });
    else if (!activity.timestamp)
      notRead.push({ field: `activities[${index}].timestamp`, reason: 'the item shows no date' });
    for (const { field, reason } of unread) notRead.push({ field: `activities[${index}].${field}`, reason });
  }
  const activities = keepValidActivities(
    items.map((item) => item.activity),
    notRead,
  );
  yield;
  const crmFigures = readFigures(root, context, notRead);
  yield;
  if (ref.kind === 'deal') {
    const record = yield* readDeal(root, { name, contacts }, items, context, notRead);
    return { ...ref, kind: 'deal', status: 'read', record, activities, crmFigures, notRead };
  }
  const record = readContact(root, name, context, notRead);
  return { ...ref, kind: 'contact', status: 'read', record, activities, crmFigures, notRead };
}

/** What the timeline's shape showed and was not read (find-items.ts): lines without a type, entries not told apart. */
function unreadShapes(untyped: readonly string[], unsplit: readonly string[]): NotRead[] {
  const notes: NotRead[] = untyped.length > 0 ? [{ field: 'activities', reason: untypedLines(untyped) }] : [];
  for (const block of unsplit)
    notes.push({
      field: 'activities',
      reason: `"${block.slice(0, 80)}" holds entries Touchline cannot tell apart: not read as timeline items`,
    });
  return notes;
}

/** Lines shaped like items, with a date but no type shown (find-items.ts): perhaps touches, not read. */
function untypedLines(lines: readonly string[]): string {
  const first = `"${lines[0]?.slice(0, 80)}"`;
  return lines.length === 1
    ? `the line ${first} has a date but shows no type Touchline knows: not read as a timeline item`
    : `${lines.length} lines such as ${first} have a date but show no type Touchline knows: not read as timeline items`;
}

/**
 * No timeline found: a block shaped like an item (a type and a date) that stands in no timeline
 * Touchline can place (find-items.ts) is named, so the reading says what it left unread.
 */
function noTimeline(unplaced: readonly string[]): string {
  const [first] = unplaced;
  return first === undefined
    ? 'no activity timeline on the page'
    : `no activity timeline found: "${first.slice(0, 80)}" shows a type and a date like a timeline item, but stands in no timeline Touchline can place: not read`;
}

function emailOf(root: Element, context: ReadingContext): string[] {
  const email = contactEmail(root, context);
  return email ? [email] : [];
}
