import { unclearDollarReason } from '../../locale/local-dollar';
import type { NotRead } from '../../schema/read-result';
import type { DealFields } from '../../schema/record';
import { allVisible, firstVisible, spacedText, textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
import type { PageClock } from '../types';
import { dealCloseDate } from './close-date';
import { currencyCode } from './currency-field';
import { dealAmount } from './deal-amount';
import { dealHeader } from './deal-header';
import { emailAddressesIn } from './email-addresses';
import { fieldDate, fieldText } from './fields';
import { pipedriveOwner } from './owner-shown';
import type { PageLanguage } from './page-locale';
import { dealPersonsSections, type PersonLink, personLinksIn } from './person-links';
import { personsNotShown } from './persons-count';
import { personsWithAddresses, personsWithoutAddress } from './persons-without-address';
import { type Candidate, readTimeline, timelineItems } from './read-timeline';
import { FIELDS, SELECTORS } from './selectors';
import { readStageBar } from './stage-bar';
import { stageMoveSentences } from './stage-move-sentence';
import { hasUndatedStageChange, latestStageChange, stageHistory } from './stages';
import { hasWord, isWord } from './text-match';
import type { Wording } from './wording';

/**
 * A deal's header, sidebar and feed: value, pipeline, stage bar, status, close date, owner and
 * the persons of its association sections, then the feed (mail direction needs the persons'
 * addresses and the owner's name) and a stage history from the changelog, the bar's day counts
 * and the creation date.
 */
export function* readDealFields(
  view: Element,
  name: string,
  clock: PageClock,
  language: PageLanguage,
  notRead: NotRead[],
): ReadingSteps<{ record: DealFields; activities: Candidate[] }> {
  const { words } = language;
  const feed = timelineItems(view, clock, language);
  const { sections, collapsed } = dealPersonsSections(view, words, feed);
  const contacts = uniqueById(sections.flatMap((section) => personLinksIn(section, words)));
  const owner = pipedriveOwner(fieldText(view, FIELDS.owner, words, feed), words);
  const persons = personsWithAddresses(sections, contacts);
  const sides = {
    them: {
      emails: sections.flatMap((section) => emailAddressesIn(spacedText(section))),
      names: contacts.map((c) => c.name),
      unaddressed: personsWithoutAddress(persons),
      persons,
    },
    us: owner ? [owner] : [],
  };
  // What cuts the feed short (feedGaps, unfilledHistory: read.ts) is all `notRead` holds of the
  // feed before its items are read; an item's own gaps (a thread's folded mails, a mail outside the
  // entries) are about mails, never stage moves.
  // The History filtered to its changelog hides touches, not the deal's changes: every move shows.
  const changelog = words.change.map((label) => `the history is filtered to "${label}"`);
  const cutShort = notRead.filter((n) => n.field === 'activities' && !changelog.includes(n.reason));
  yield;
  const timeline = yield* readTimeline(view, 'deal', clock, language, sides, notRead);
  // A feed not found (readTimeline) shows no stage move either.
  const feedCut = feed.length > 0 ? cutShort : notRead.filter((n) => n.field === 'activities');
  yield;
  const header = dealHeader(view, words, feed);
  const money = dealAmount(view, header, language, feed);
  const currencyShown = money?.currency ? undefined : fieldText(view, FIELDS.currency, words, feed);
  const currency = money?.currency ?? (currencyShown ? currencyCode(currencyShown) : undefined);
  if (money?.unclearDollar && !currency)
    notRead.push({ field: 'currency', reason: unclearDollarReason(money.unclearDollar) });
  else if (currencyShown && !currency)
    notRead.push({
      field: 'currency',
      reason: `the Currency field shows "${currencyShown}", which names no currency code`,
    });
  // An amount without its currency ("12,500 kr": Swedish, Norwegian or Danish crowns) cannot be
  // set beside the other deals' amounts: said, never left as a bare number.
  else if (money && !currency)
    notRead.push({ field: 'currency', reason: 'the deal value shows no sign or code that names one currency' });
  const bar = readStageBar(view, words);
  const moves = stageMoveSentences(
    feed,
    clock,
    language,
    bar.steps.map((s) => s.name),
  );
  const changes = [...timeline.changes, ...moves.changes];
  const stage = bar.current ?? fieldText(view, FIELDS.stage, words, feed) ?? latestStageChange(changes, words);
  const pipeline = textOf(firstVisible(view, SELECTORS.pipelineName)) || fieldText(view, FIELDS.pipeline, words, feed);
  const status = closedStatus(view, header, words, feed);
  const closed = status === 'open' ? undefined : status;
  if (status === undefined)
    notRead.push({
      field: 'closed',
      reason: 'no won or lost badge, nor the Won and Lost buttons of an open deal, found by the deal title',
    });
  const closeDate = dealCloseDate(view, closed, clock, language, feed, notRead);
  const created = createdEntry(timeline.candidates, words);
  // The History's "Deal created" entry dates the creation where the sidebar shows no such field.
  const createdAt = fieldDate(view, FIELDS.dealCreated, clock, language, 'createdAt', notRead) ?? created?.timestamp;
  // A feed filtered, cut off, still loading or not found (feedCut) may hide moves; a move it shows
  // without its stages may have been into the current stage.
  const wholeFeed = feedCut.length === 0 && moves.unread === 0;
  const open = closed === undefined;
  const { entries: history, reentryUnseen } = stageHistory(
    changes,
    createdAt,
    wholeFeed,
    stage,
    bar,
    clock,
    words,
    open,
    closeDate,
  );
  const missing: Record<string, unknown> = { amount: money?.amount, pipeline, stage, owner, closeDate };
  for (const [field, value] of Object.entries(missing))
    if (value === undefined && !notRead.some((n) => n.field === field))
      notRead.push({ field, reason: `no ${field} found on the page` });
  // The stage moves are feed entries: those the feed did not show ("Show more", a filter) are
  // missing from the history, which is then read in part, unless the deal's creation shows above
  // only older entries left unloaded: nothing before it was a stage (as on HubSpot).
  const feedInPart = feedCut[0];
  const wholeSinceCreated = created !== undefined && feedCut.every((n) => n.part === 'older');
  if (moves.unread > 0)
    notRead.push({
      field: 'stageHistory',
      reason: 'a stage change in the feed does not say which stages it was between',
    });
  else if (history.length === 0)
    notRead.push({
      field: 'stageHistory',
      reason: createdAt ? 'the feed does not show every stage change' : 'no dated stage changes or creation date',
    });
  else if (reentryUnseen)
    notRead.push({
      field: 'stageHistory',
      reason: `the stage bar dates the deal's entry into ${stage} later than the feed's latest move into it: the moves out and back are not shown, and only the bar's entry is kept`,
    });
  else if (hasUndatedStageChange(changes, words))
    notRead.push({ field: 'stageHistory', reason: 'a stage change in the feed shows no date that could be read' });
  else if (feedInPart && !wholeSinceCreated)
    notRead.push({
      field: 'stageHistory',
      reason: `the stage changes are read from the feed, and ${feedInPart.reason}`,
    });
  if (collapsed) notRead.push({ field: 'contacts', reason: 'the persons section is collapsed' });
  else if (contacts.length === 0) notRead.push({ field: 'contacts', reason: 'no linked persons found' });
  else if (personsNotShown(sections, words) > 0)
    notRead.push({ field: 'contacts', reason: 'the persons section counts more persons than it shows' });
  const record: DealFields = {
    name,
    ...(money ? { amount: money.amount } : {}),
    ...(currency ? { currency } : {}),
    ...(pipeline ? { pipeline } : {}),
    ...(stage ? { stage } : {}),
    ...(bar.steps.length > 0 ? { stages: bar.steps.map((s) => s.name) } : {}),
    ...(closed ? { closed } : {}),
    stageHistory: history,
    ...(closeDate ? { closeDate } : {}),
    ...(owner ? { owner } : {}),
    contacts,
  };
  return { record, activities: timeline.candidates };
}

/**
 * Won/lost from the status badge's marker, else a header element whose whole text is a won/lost
 * word (hashed classes leave a closed deal's badge nothing else), else the "Status" field. Open
 * deals show "Won" and "Lost" buttons, so a control's text never closes a deal; those buttons, or
 * a Status field showing neither word, say the deal is open. Undefined when nothing says either:
 * an unread closed deal must not pass for an open one (metrics.md: closed deals get no warning).
 */
function closedStatus(
  view: Element,
  header: Element | undefined,
  words: Wording,
  feed: readonly Element[],
): 'won' | 'lost' | 'open' | undefined {
  const field = fieldText(view, FIELDS.status, words, feed);
  const text =
    textOf(firstVisible(view, SELECTORS.dealStatus)) || (header ? headerStatus(header, words) : undefined) || field;
  if (hasWord(text ?? '', words.won)) return 'won';
  if (hasWord(text ?? '', words.lost)) return 'lost';
  return field || (header && showsCloseButtons(header, words)) ? 'open' : undefined;
}

const CONTROL = 'button, [role="button"], a, textarea, input';

function headerStatus(header: Element, words: Wording): string | undefined {
  for (const el of allVisible(header, '*')) {
    if (el.children.length > 0 || el.closest(CONTROL)) continue;
    const text = textOf(el);
    if (isWord(text, words.won) || isWord(text, words.lost)) return text;
  }
  return undefined;
}

/** The header's "Won" and "Lost" buttons, which only an open deal shows. */
function showsCloseButtons(header: Element, words: Wording): boolean {
  const names = allVisible(header, 'button, [role="button"]').map(
    (el) => textOf(el) || el.getAttribute('aria-label') || '',
  );
  return names.some((name) => isWord(name, words.won)) && names.some((name) => isWord(name, words.lost));
}

/** The History's entry of the deal's creation ("Deal created"), titled by the field's name, if it shows one. */
function createdEntry(candidates: readonly Candidate[], words: Wording): Candidate | undefined {
  return candidates.find((c) => isWord(c.title, words.labels.dealCreated));
}

/** A person listed in two sections (contact person and participant) is one contact. */
function uniqueById(links: PersonLink[]): PersonLink[] {
  return links.filter((link, i) => links.findIndex((other) => other.id === link.id) === i);
}
