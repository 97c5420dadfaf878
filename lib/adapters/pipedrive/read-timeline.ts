import type { Direction } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import type { RecordKind } from '../../schema/record';
import { inLayers } from '../modal-layer';
import { remembered } from '../reading-memo';
import type { ReadingSteps } from '../reading-steps';
import type { PageClock } from '../types';
import { type Classification, classifyItem, isPlanned } from './classify-activity';
import { dayHeaderAbove, isDayText } from './day-header';
import { recipientPersonIds, senderPersonIds } from './deal-mail-person';
import { withoutDuplicates } from './dedupe';
import { mailDirectionGap } from './direction-gap';
import { findItems, withSiblingEntries } from './find-items';
import { foldedMessagesGap } from './folded-messages';
import { sayHistoryLoadedBack } from './history-loaded-back';
import { itemDate } from './item-date';
import { itemFacts } from './item-facts';
import { ownerOf } from './item-owner';
import { changeOf, sourceIdOf, threadIdOf, titleOf } from './item-title';
import { type MailSides, mailDirection } from './mail-direction';
import { expandedThreads, threadMessages, threadSubject, todayOfThread } from './mail-thread';
import { markedItems } from './marked-items';
import { moreParticipantsGap } from './more-participants';
import { nameBeforeDateGap, ownerApartGap, ownerGap } from './owner-gap';
import type { PageLanguage } from './page-locale';
import { personIdsIn } from './person-links';
import type { AddressedPerson } from './persons-without-address';
import { strayMailGap } from './stray-mail';
import { isWord } from './text-match';
import { unknownTypeGap } from './type-gap';
import { untabledLanguage, wordingGaps } from './untabled-language';
import { layersOverRecord } from './view';
import type { Wording } from './wording';
import { headerYear, yearHeaderAbove } from './year-header';

/** An activity candidate (validated later by keepValidActivities). */
export type Candidate = Classification & {
  channel?: string;
  timestamp?: string;
  timePrecision?: 'minute' | 'day';
  relativeTime?: true;
  dateText?: string;
  title: string;
  owner?: string;
  byViewer?: true;
  sourceId?: string;
  contactIds?: string[];
};

/** A changelog row ("Stage: Discovery → Qualified") with its date, for the deal's stage history. */
export interface ChangeRow {
  field: string;
  from: string;
  to: string;
  /** The field is a heading line above an unlabelled move ("Stage changed"), not the field's own label. */
  headed?: true;
  timestamp?: string;
}

export interface Timeline {
  candidates: Candidate[];
  changes: ChangeRow[];
}

const TOUCHES = ['call', 'email', 'meeting', 'social', 'sms'];

/**
 * Every visible item of the Focus and History sections, in page order (timelineItems). Copies the page
 * itself makes (accessibility clones, pinned copies) are read once. A step per item: its facts,
 * its date (placed by whether it is planned), its owner, then a mail's direction, which needs
 * the owner.
 */
export function* readTimeline(
  view: Element,
  kind: RecordKind,
  clock: PageClock,
  language: PageLanguage,
  sides: MailSides,
  notRead: NotRead[],
): ReadingSteps<Timeline> {
  const items = timelineItems(view, clock, language);
  const timeline: Timeline = { candidates: [], changes: [] };
  const threads: (string | undefined)[] = [];
  const expanded = expandedThreads(items, view);
  const headed = new Set<Element>();
  const folds = new Set<Element>();
  // The History's own entries in page order (every copy, Focus's left out), each its items (an
  // opened thread, its messages), for how far back it was loaded.
  const history = new Map<Element, Candidate[]>();
  const noWordsFor = untabledLanguage(language.locale.lang);
  if (items.length === 0) notRead.push({ field: 'activities', reason: 'no timeline items found on the page' });
  // A group's heading: its day, or its month and year ("November 2026").
  const isGroupHeader = (text: string) =>
    headerYear(text, clock, language) !== undefined || isDayText(text, clock, language);
  for (const item of items) {
    yield;
    const facts = itemFacts(item, clock, language);
    // A ticked activity may show its due day still ahead, without its year (shown-year.ts).
    const tense = isPlanned(facts) ? 'planned' : facts.done === true ? 'done' : 'past';
    // A message of an expanded thread is named, and kept apart from other threads, by its thread;
    // only a mail is a message: a call beside a mail drawn outside the items keeps its own subject.
    const thread = facts.kind === 'email' ? expanded.get(item) : undefined;
    // A message showing only its time ("9:12 AM") under no day header is today's (mail-thread.ts).
    const dayAbove = () => dayHeaderAbove(item, clock, language) ?? (thread ? todayOfThread(clock) : undefined);
    const yearAbove = () => yearHeaderAbove(item, clock, language);
    const date = itemDate(item, clock, language, tense, dayAbove, yearAbove);
    const { owner, personNamed, unreadName } = ownerOf(item, date, facts.kind, sides, language.words);
    const mail = facts.kind === 'email' ? { mailDirection: mailDirection(item, language.words, sides, owner) } : {};
    if (thread) headed.add(thread);
    const title = (thread && threadSubject(thread)) || titleOf(item, facts.kind, date, language.words, isGroupHeader);
    const classified = classifyItem({ ...facts, ...mail, title }, language.words);
    if (!classified) continue;
    if (date.unread) notRead.push({ field: 'activities.timestamp', reason: date.unread });
    // A mail from the person names its sender there, as expected: only other items lack an owner.
    if (personNamed && mail.mailDirection !== 'inbound') notRead.push(ownerGap(title, personNamed));
    if (unreadName) notRead.push(ownerApartGap(title, unreadName));
    else if (!owner && !personNamed) notRead.push(...nameBeforeDateGap(title, date, sides.them.names, language.words));
    notRead.push(
      ...(noWordsFor
        ? wordingGaps(classified, facts, title, noWordsFor)
        : [...unknownTypeGap(classified, facts, title, language.words), ...mailDirectionGap(classified, title)]),
    );
    // A thread read once for the older messages it folds away ("2 earlier messages").
    const holder = thread ?? item;
    if (classified.type === 'email' && !folds.has(holder)) {
      folds.add(holder);
      notRead.push(...foldedMessagesGap(holder, title, language.words));
    }
    const sourceId = sourceIdOf(item, facts.kind);
    // Ticked done yet dated by a due day still ahead: it says so, or its date alone would read as
    // not happened yet (metrics' shownDone counts it now), as Salesforce's closed Tasks do.
    const doneAhead = facts.done === true && !!date.timestamp && Date.parse(date.timestamp) > clock.now.getTime();
    // "You" in the owner's place names the person viewing the page, no user (wording.ts viewer).
    const byViewer = owner !== undefined && isWord(owner, language.words.viewer);
    const candidate: Candidate = {
      ...classified,
      ...(TOUCHES.includes(classified.type) ? { channel: classified.type } : {}),
      ...(date.timestamp
        ? {
            timestamp: date.timestamp,
            timePrecision: date.timePrecision,
            ...(date.relativeTime ? { relativeTime: true as const } : {}),
          }
        : {}),
      ...(date.dateText ? { dateText: date.dateText } : {}),
      title,
      ...(owner && !byViewer ? { owner } : {}),
      ...(byViewer ? { byViewer: true as const } : {}),
      ...(sourceId ? { sourceId } : {}),
      ...(doneAhead ? { planned: false } : {}),
    };
    if (kind === 'deal') {
      const ids = dealContactIds(item, mail.mailDirection, language.words, sides.them.persons ?? []);
      if (ids.length > 0) candidate.contactIds = ids;
      // Persons a line counts without naming ("+1") may be the deal's: said, never left as untouched.
      // An inbound mail is its sender's alone, whoever else it went to.
      if (mail.mailDirection !== 'inbound') notRead.push(...moreParticipantsGap(item, title, language.words));
    }
    timeline.candidates.push(candidate);
    if (!facts.inFocus) history.set(holder, [...(history.get(holder) ?? []), candidate]);
    threads.push(threadIdOf(thread ?? item));
    const change = changeOf(item, facts.kind, language.words);
    if (change) timeline.changes.push({ ...change, ...(date.timestamp ? { timestamp: date.timestamp } : {}) });
  }
  notRead.push(...strayMailGap(items, headed));
  sayHistoryLoadedBack(notRead, [...history.values()], clock.timeZone);
  timeline.candidates = withoutDuplicates(timeline.candidates, threads);
  return timeline;
}

/**
 * The deal's persons an item is with. An inbound mail is its sender's reply alone (metrics.md: a
 * reply is a mail the contact sent): the person its From line names (deal-mail-person.ts), never
 * the others it links because they were on its To or Cc line, else a reply-all would be a reply
 * from each person copied, and the copied person's own page, which reads the mail as nobody's
 * reply of hers, would hold a second copy that never merges. A sender the deal lists no one for
 * leaves the one person it links, if just one. Any other item is with the persons it links; the
 * rep's mail linking none names its recipients on its To and Cc lines.
 */
function dealContactIds(
  item: Element,
  direction: Direction | undefined,
  words: Wording,
  persons: readonly AddressedPerson[],
): string[] {
  const linked = personIdsIn(item);
  if (direction === 'inbound') {
    const sender = senderPersonIds(item, words, persons);
    return sender.length > 0 ? sender : linked.length === 1 ? linked : [];
  }
  if (linked.length > 0) return linked;
  return direction === 'outbound' ? recipientPersonIds(item, words, persons) : [];
}

/**
 * The feed's items in page order: by the precise item markers where the page has them (a list
 * named like its items is no item: marked-items.ts), with the entries beside them that another
 * component draws, else found by structure (find-items.ts), an expanded mail thread as its
 * messages (mail-thread.ts). Found once per reading: the loading check asks too (read.ts). A
 * drawer over the record shows another record's history (view.ts, layersOverRecord): its items
 * are not the record's.
 */
export function timelineItems(view: Element, clock: PageClock, language: PageLanguage): Element[] {
  return remembered('timeline-items', view, () => {
    const marked = markedItems(view, clock, language);
    const found = marked.length > 0 ? withSiblingEntries(marked, clock, language) : findItems(view, clock, language);
    const over = layersOverRecord(view);
    const items = over.length > 0 ? found.filter((item) => !inLayers(item, over)) : found;
    return items.flatMap((item) => threadMessages(item, clock, language));
  });
}
