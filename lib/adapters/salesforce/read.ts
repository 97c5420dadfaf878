import { isAmbiguousDate } from '../../locale/page-date';
import { pageLocaleOf } from '../../locale/page-locale';
import type { ActivityReading } from '../../schema/activity';
import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import type { ReadingSteps } from '../reading-steps';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import type { RecordPeople } from './email-direction';
import { readFigures } from './figures';
import { type FoundItem, findItems } from './find-items';
import { groupDayOrder } from './group-day-order';
import { recordName } from './header';
import { localeOfView } from './page-locale';
import { type PageWords, readContactFields } from './read-contact';
import { readDealFields } from './read-deal';
import { readTimeline } from './read-timeline';
import { readFieldHistory, readNotes } from './related-activities';
import { activeView } from './scope';
import { tabNamesAnother } from './tab-names-another';
import { isLoading } from './timeline-loading';
import { labelsOf, untabledLanguage, wordsFor } from './words';

/** Reads the record the user sees, a step per timeline item; a page still showing placeholders is `loading`. */
export function* readPage(doc: Document, ref: RecordRef, clock: PageClock): ReadingSteps<ReadResult> {
  const view = activeView(doc);
  if (!view) return unreadable(ref, 'no active record view: several record views are shown and none is active');
  if (isLoading(view)) {
    return { ...ref, status: 'loading', reason: 'the activity timeline still shows loading placeholders' };
  }
  // Finding the view, its language and the name each walk much of the record (issue 11: no task over a frame).
  yield;
  // The timeline's items before the order of the page's dates, which their month groups may tell
  // (groupDayOrder): finding them needs the page's language only.
  const tagged = pageLocaleOf(doc);
  const words = wordsFor(tagged.lang);
  const items = findItems(view, words, tagged, !untabledLanguage(tagged.lang));
  yield;
  const locale = localeOfView(doc, view, groupDayOrder(items ?? [], clock));
  yield;
  const page: PageWords = { clock, locale, words, recordId: ref.recordId };
  const nameLabels = labelsOf(page.words, ref.kind === 'contact' ? 'contactName' : 'dealName');
  const name = recordName(view, nameLabels, ref.recordId, doc);
  if (!name) {
    const notRead = [{ field: 'name', reason: 'no record name in the header, the Name field or the tab title' }];
    return unreadable(ref, 'not a recognisable Salesforce record page: the record name is missing', notRead);
  }
  const next = tabNamesAnother(name, doc);
  if (next)
    return { ...ref, status: 'loading', reason: `the page still shows ${name} while the tab title names ${next}` };
  const notRead: NotRead[] = [];
  yield;
  const base = { ...ref, status: 'read' as const, crmFigures: readFigures(view, page, notRead), notRead };
  yield;
  if (ref.kind === 'contact') {
    const record = readContactFields(view, name, page, notRead);
    const people = { names: [name], ...(record.email ? { email: record.email } : {}), ...ownerOf(record) };
    yield;
    const activities = yield* readActivities(view, items, page, people, false, notRead);
    return { ...base, kind: 'contact', record, activities };
  }
  const { record, stageEvents } = readDealFields(view, name, page, notRead);
  const people = { names: record.contacts.map((c) => c.name).filter(Boolean), ...ownerOf(record) };
  yield;
  const activities = [...(yield* readActivities(view, items, page, people, true, notRead)), ...stageEvents];
  return { ...base, kind: 'deal', record, activities };
}

function ownerOf(record: { owner?: string }): { owner?: string } {
  return record.owner ? { owner: record.owner } : {};
}

function* readActivities(
  view: Element,
  items: FoundItem[] | undefined,
  page: PageWords,
  people: RecordPeople,
  collectContacts: boolean,
  notRead: NotRead[],
): ReadingSteps<ActivityReading[]> {
  const read = yield* readTimeline(view, items, { ...page, people, collectContacts });
  if (!read) notRead.push({ field: 'activities', reason: 'no activity timeline on the page' });
  notRead.push(...(read?.gaps ?? []));
  const timeline = read?.activities;
  for (const a of timeline ?? []) {
    for (const { field, reason } of a.unread) notRead.push({ field: `${field} of "${a.title}"`, reason });
  }
  yield;
  const notes = readNotes(view, page);
  if (!notes) notRead.push({ field: 'notes', reason: 'no "Notes" related list on the page' });
  const history = readFieldHistory(view, page);
  const candidates = [...(timeline ?? []), ...(notes ?? []), ...history];
  // A date its item's group contradicts is reported with the item (inGroupMonth).
  const reported = new Set<object>((timeline ?? []).filter((a) => a.unread.some((u) => u.field === 'activity date')));
  for (const a of candidates) {
    if (a.timestamp || reported.has(a)) continue;
    const ambiguous = a.dateText && isAmbiguousDate(a.dateText, page.locale);
    const reason = !a.dateText
      ? 'no date shown in the item'
      : ambiguous
        ? `ambiguous "${a.dateText}": the page does not say whether the day or the month comes first`
        : `unparsable "${a.dateText}"`;
    notRead.push({ field: `activity date of "${a.title}"`, reason });
  }
  return keepValidActivities(candidates, notRead);
}
