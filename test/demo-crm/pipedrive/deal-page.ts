import { el } from '../el';
import type { DemoDeal, DemoWorld } from '../world';
import { dealHeader } from './deal-header';
import { activityDates, rottingDays } from './figures';
import { dayText, dayTimeText } from './format-date';
import { dealId, organizationId, personPath } from './ids';
import { contactName, dealActivities } from './records';
import { field, section } from './sidebar';
import { text } from './text';
import { timeline } from './timeline';

/** A deal's detail view: header with stage bar, sidebar (summary, persons, overview), Focus and History. */
export function dealView(doc: Document, world: DemoWorld, deal: DemoDeal): HTMLElement {
  const { labels: l, sections } = text();
  const items = dealActivities(world, deal);
  const dates = activityDates(items);
  const persons = deal.contactIds.flatMap((id) => world.contacts.filter((c) => c.id === id));
  const company = persons[0]?.company ?? '';
  const sidebar = el(
    doc,
    'aside',
    { class: 'detail-sidebar', 'data-testid': 'detail-sidebar' },
    section(
      doc,
      'summary',
      sections.summary,
      field(doc, 'expected_close_date', l.expectedCloseDate, dayText(`${deal.closeDate}T00:00:00Z`)),
      field(doc, 'add_time', l.dealCreated, dayTimeText(deal.createdAt)),
      field(doc, 'org_id', l.organization, el(doc, 'a', { href: `/organization/${organizationId(company)}` }, company)),
    ),
    section(
      doc,
      'persons',
      sections.persons(persons.length),
      ...persons.map((p) =>
        el(
          doc,
          'div',
          { class: 'linked-person' },
          el(doc, 'a', { href: personPath(p) }, contactName(p)),
          el(doc, 'span', { class: 'linked-person__email' }, p.email),
        ),
      ),
    ),
    section(
      doc,
      'overview',
      sections.overview,
      field(doc, 'last_activity_date', l.lastActivityDate, dates.last ? dayText(dates.last) : ''),
      field(doc, 'next_activity_date', l.nextActivityDate, dates.next ? dayText(dates.next) : ''),
      field(doc, 'done_activities_count', l.doneActivities, String(dates.done)),
      field(doc, 'undone_activities_count', l.activitiesToDo, String(dates.toDo)),
    ),
  );
  return el(
    doc,
    'div',
    { class: 'detail-view deal-view', 'data-testid': 'detail-view', 'data-record-id': dealId(deal) },
    dealHeader(doc, world, deal, rottingDays(deal, items, world.now)),
    el(doc, 'div', { class: 'detail-body' }, sidebar, timeline(doc, world, items, deal)),
  );
}
