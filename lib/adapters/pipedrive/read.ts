import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import { textOf } from '../dom';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import { readFigures } from './figures';
import { readContactFields } from './read-contact';
import { readDealFields } from './read-deal';
import { readTimeline } from './read-timeline';
import { SELECTORS } from './selectors';
import { isLoading, titleElement, viewRecordId, visibleView } from './view';

/** Reads the visible person, lead or deal view; partial results name what was not read. */
export function readPage(doc: Document, ref: RecordRef, clock: PageClock): ReadResult {
  const view = visibleView(doc);
  const title = view ? titleElement(view) : null;
  const shownId = view ? viewRecordId(view) : null;
  if (shownId && shownId !== ref.recordId)
    return { ...ref, status: 'loading', reason: `the page still shows record ${shownId}` };
  if (isLoading(doc, view) && (!title || !view?.querySelector(SELECTORS.flowItem)))
    return { ...ref, status: 'loading', reason: 'loading placeholders are shown' };
  const name = textOf(title);
  if (!view || !name) {
    const notRead: NotRead[] = [{ field: 'name', reason: 'no record title found on the page' }];
    return unreadable(ref, 'the record name is missing: not a Pipedrive record view this adapter knows', notRead);
  }
  const notRead: NotRead[] = [];
  if (ref.kind === 'contact') {
    const record = readContactFields(view, name, clock, notRead);
    const timeline = readTimeline(view, 'contact', clock, notRead, record.email);
    const activities = keepValidActivities(timeline.candidates, notRead);
    const crmFigures = readFigures(view, 'contact', false, clock, notRead);
    return { ...ref, kind: 'contact', status: 'read', record, activities, crmFigures, notRead };
  }
  const timeline = readTimeline(view, 'deal', clock, notRead);
  const record = readDealFields(view, name, timeline.changes, clock, notRead);
  const activities = keepValidActivities(timeline.candidates, notRead);
  const crmFigures = readFigures(view, 'deal', record.closed !== undefined, clock, notRead);
  return { ...ref, kind: 'deal', status: 'read', record, activities, crmFigures, notRead };
}
