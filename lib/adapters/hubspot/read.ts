import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import { textOf } from '../dom';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import { readFigures } from './figures';
import { readContact } from './read-contact';
import { dealContacts, readDeal } from './read-deal';
import { readTimeline } from './read-timeline';
import { findRecordScope, recordElements, showsPlaceholders } from './scope';
import { TIMELINE } from './selectors';
import { detect } from './url';

/** When the URL is not a record page, read still answers (never throws) for an unnamed record. */
const UNKNOWN_REF: RecordRef = { crm: 'hubspot', tenant: 'unknown', kind: 'contact', recordId: 'unknown' };

/** Reads the shown HubSpot record: its fields, timeline and HubSpot's own figures. */
export function readHubSpot(doc: Document, url: URL, clock: PageClock): ReadResult {
  const ref = detect(url) ?? UNKNOWN_REF;
  const { root, title } = findRecordScope(doc);
  const name = textOf(title);
  if (!name) {
    if (showsPlaceholders(root)) return { ...ref, status: 'loading', reason: 'the record header has not rendered yet' };
    const reason = 'no record name in the page header';
    return unreadable(ref, reason, [{ field: 'record.name', reason }]);
  }
  const contactNames = ref.kind === 'contact' ? [name] : dealContacts(root).map((c) => c.name);
  const items = readTimeline(root, { clock, onDeal: ref.kind === 'deal', contactNames });
  if (items.length === 0 && showsPlaceholders(root))
    return { ...ref, status: 'loading', reason: 'the activity timeline is still loading' };
  const notRead: NotRead[] = [];
  if (items.length === 0 && recordElements(root, TIMELINE.container).length === 0)
    notRead.push({ field: 'activities', reason: 'no activity timeline on the page' });
  const activities = keepValidActivities(
    items.map((item) => item.activity),
    notRead,
  );
  const crmFigures = readFigures(root, clock, notRead);
  if (ref.kind === 'deal') {
    const record = readDeal(root, name, items, clock, notRead);
    return { ...ref, kind: 'deal', status: 'read', record, activities, crmFigures, notRead };
  }
  const record = readContact(root, name, clock, notRead);
  return { ...ref, kind: 'contact', status: 'read', record, activities, crmFigures, notRead };
}
