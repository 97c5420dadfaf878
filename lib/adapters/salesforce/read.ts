import type { ActivityReading } from '../../schema/activity';
import type { NotRead, ReadResult } from '../../schema/read-result';
import type { RecordRef } from '../../schema/record';
import { keepValidActivities, unreadable } from '../safe-read';
import type { PageClock } from '../types';
import { readFigures } from './figures';
import { recordName } from './header';
import { readContactFields } from './read-contact';
import { readDealFields } from './read-deal';
import { readTimeline } from './read-timeline';
import { readFieldHistory, readNotes } from './related-activities';
import { activeView, deepFirstVisible } from './scope';
import { SEL } from './selectors';

const NAME_LABELS = { contact: ['Name', 'Full Name'], deal: ['Opportunity Name', 'Name'] } as const;
const HISTORY_TITLES = ['Contact History', 'Lead History', 'Opportunity Field History', 'Opportunity History'];

/** Reads the record the user sees; a page still showing placeholders is `loading`. */
export function readPage(doc: Document, ref: RecordRef, clock: PageClock): ReadResult {
  const view = activeView(doc);
  if (!view) return unreadable(ref, 'no active record view: several record views are shown and none is active');
  if (deepFirstVisible(view, SEL.stencil)) {
    return { ...ref, status: 'loading', reason: 'the activity timeline still shows loading placeholders' };
  }
  const name = recordName(view, NAME_LABELS[ref.kind]);
  if (!name) {
    const notRead = [{ field: 'name', reason: 'no record name in the header or the Name field' }];
    return unreadable(ref, 'not a recognisable Salesforce record page: the record name is missing', notRead);
  }
  const notRead: NotRead[] = [];
  const base = { ...ref, status: 'read' as const, crmFigures: readFigures(view, clock, notRead), notRead };
  if (ref.kind === 'contact') {
    const record = readContactFields(view, name, clock, notRead);
    const activities = readActivities(view, clock, [name], false, notRead);
    return { ...base, kind: 'contact', record, activities };
  }
  const record = readDealFields(view, name, clock, notRead);
  const contactNames = record.contacts.map((c) => c.name).filter(Boolean);
  const activities = [...readActivities(view, clock, contactNames, true, notRead), ...stageEvents(record.stageHistory)];
  return { ...base, kind: 'deal', record, activities };
}

function readActivities(
  view: Element,
  clock: PageClock,
  contactNames: string[],
  collectContacts: boolean,
  notRead: NotRead[],
): ActivityReading[] {
  const timeline = readTimeline(view, { clock, contactNames, collectContacts });
  if (!timeline) notRead.push({ field: 'activities', reason: 'no activity timeline on the page' });
  const notes = readNotes(view, clock);
  if (!notes) notRead.push({ field: 'notes', reason: 'no "Notes" related list on the page' });
  const history = readFieldHistory(view, HISTORY_TITLES, clock);
  const candidates = [...(timeline ?? []), ...(notes ?? []), ...history];
  for (const a of candidates) {
    if (!a.timestamp) notRead.push({ field: `activity date of "${a.title}"`, reason: `unparsable "${a.dateText}"` });
  }
  return keepValidActivities(candidates, notRead);
}

/** Each stage entered after the first is a system event (the first is the deal's creation). */
function stageEvents(history: { stage: string; enteredAt: string }[]): ActivityReading[] {
  return history.slice(1).map((entry) => ({
    type: 'system',
    direction: 'unknown',
    timestamp: entry.enteredAt,
    title: `Stage changed to ${entry.stage}`,
    automated: true,
  }));
}
