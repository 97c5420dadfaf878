import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import type { ReadingSteps } from '../reading-steps';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import { feedGaps } from './feed-state';
import { readFigures } from './figures';
import { pageLanguageOf } from './page-locale';
import { readContactFields } from './read-contact';
import { readDealFields } from './read-deal';
import { readTimeline, timelineItems } from './read-timeline';
import { recordName } from './record-name';
import { otherShownRecord } from './shown-record';
import { unfilledHistory } from './unfilled-history';
import { routeOf } from './url';
import { loadingPlaceholders, recordTitle, viewRecordId, visibleView } from './view';

/** Reads the visible person, lead or deal view, a step per timeline item; partial results name what was not read. */
export function* readPage(doc: Document, ref: RecordRef, clock: PageClock): ReadingSteps<ReadResult> {
  const view = visibleView(doc);
  const shownId = view ? viewRecordId(view) : null;
  if (shownId && shownId !== ref.recordId)
    return { ...ref, status: 'loading', reason: `the page still shows record ${shownId}` };
  // A rendered record shows its name: by the title marker, else as the view's heading (hashed headers carry no marker).
  const title = view ? recordTitle(view) : null;
  const placeholders = loadingPlaceholders(doc, view);
  const loading = { ...ref, status: 'loading' as const, reason: 'loading placeholders are shown' };
  if (placeholders.length > 0 && !title) return loading;
  if (!view) return unreadable(ref, 'no visible record view', [{ field: 'name', reason: 'nothing is shown' }]);
  // Finding the view, its language, the items and the name each walk much of the record (issue 11: no task over a frame).
  yield;
  const language = pageLanguageOf(doc, view);
  yield;
  // Items are judged by what they are, not by class (classes churn): with none shown yet, any
  // placeholder may be the feed's; once items show, only placeholders below them are (feed-state.ts).
  const items = timelineItems(view, clock, language);
  if (placeholders.length > 0 && items.length === 0) return loading;
  yield;
  const named = recordName(doc, view, view !== doc.body, language.words);
  if (named.name === undefined) {
    const notRead: NotRead[] = [{ field: 'name', reason: named.reason }];
    return unreadable(ref, 'the record name is missing: not a Pipedrive record view this adapter knows', notRead);
  }
  const other = otherShownRecord(view, named.name, ref);
  if (other) return { ...ref, status: 'loading', reason: `the page still shows ${other}` };
  const notRead: NotRead[] = feedGaps(view, items, placeholders, clock, language);
  // Said once: a feed already partly read (filtered, still loading) may rightly show an empty History.
  if (notRead.length === 0) notRead.push(...unfilledHistory(view, items, language.words, ref.kind === 'deal'));
  yield;
  if (ref.kind === 'contact') {
    const { record, emails, persons } = readContactFields(view, named.name, clock, language, notRead);
    // A lead's mail is with the person it links (its Person field), not with the lead's title.
    const names = routeOf(ref) === 'lead' ? [record.name, ...persons] : [record.name];
    const sides = { them: { emails, names }, us: record.owner ? [record.owner] : [] };
    yield;
    const timeline = yield* readTimeline(view, 'contact', clock, language, sides, notRead);
    const activities = keepValidActivities(timeline.candidates, notRead);
    yield;
    const crmFigures = readFigures(view, 'contact', false, clock, language, notRead);
    return { ...ref, kind: 'contact', status: 'read', record, activities, crmFigures, notRead };
  }
  const { record, activities: candidates } = yield* readDealFields(view, named.name, clock, language, notRead);
  const activities = keepValidActivities(candidates, notRead);
  yield;
  const crmFigures = readFigures(view, 'deal', record.closed !== undefined, clock, language, notRead);
  return { ...ref, kind: 'deal', status: 'read', record, activities, crmFigures, notRead };
}
