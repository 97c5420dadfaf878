import { el } from '../el';
import type { DemoContact, DemoWorld } from '../world';
import { activityDates } from './figures';
import { dayText, dayTimeText } from './format-date';
import { dealPath, organizationId, personId } from './ids';
import { contactActivities, contactName, repName } from './records';
import { field, section, withKind } from './sidebar';
import { text } from './text';
import { timeline } from './timeline';

/** A person's detail view: header with name and owner, sidebar fields, then Focus and History. */
export function personView(doc: Document, world: DemoWorld, contact: DemoContact): HTMLElement {
  const { labels: l, sections, valueKinds } = text();
  const items = contactActivities(world, contact);
  const dates = activityDates(items);
  const deals = world.deals.filter((d) => d.contactIds.includes(contact.id));
  const owner = repName(world, contact.ownerId);
  const header = el(
    doc,
    'header',
    { class: 'detail-header', 'data-testid': 'detail-header' },
    el(doc, 'div', { class: 'avatar', 'aria-hidden': 'true' }, `${contact.firstName[0]}${contact.lastName[0]}`),
    el(doc, 'h1', { class: 'detail-header__title', 'data-testid': 'header-title' }, contactName(contact)),
    field(doc, 'owner_id', l.owner, owner),
  );
  const sidebar = el(
    doc,
    'aside',
    { class: 'detail-sidebar', 'data-testid': 'detail-sidebar' },
    section(
      doc,
      'details',
      sections.details,
      field(doc, 'email', l.email, withKind(doc, `mailto:${contact.email}`, contact.email, valueKinds.work)),
      field(
        doc,
        'phone',
        l.phone,
        withKind(doc, `tel:${contact.phone.replace(/\s/g, '')}`, contact.phone, valueKinds.work),
      ),
      field(
        doc,
        'org_id',
        l.organization,
        el(doc, 'a', { href: `/organization/${organizationId(contact.company)}` }, contact.company),
      ),
      field(doc, 'job_title', l.jobTitle, contact.jobTitle),
      field(doc, 'label', l.labels, contact.lifecycleStage === 'Lead' ? valueKinds.cold : valueKinds.customer),
    ),
    section(
      doc,
      'overview',
      sections.overview,
      field(doc, 'add_time', l.personCreated, dayTimeText(contact.createdAt)),
      field(doc, 'last_activity_date', l.lastActivityDate, dates.last ? dayText(dates.last) : ''),
      field(doc, 'next_activity_date', l.nextActivityDate, dates.next ? dayText(dates.next) : ''),
      field(doc, 'done_activities_count', l.doneActivities, String(dates.done)),
      field(doc, 'undone_activities_count', l.activitiesToDo, String(dates.toDo)),
    ),
    section(
      doc,
      'deals',
      sections.deals(deals.length),
      ...deals.map((d) => el(doc, 'a', { class: 'linked-deal', href: dealPath(d) }, d.name)),
    ),
  );
  return el(
    doc,
    'div',
    { class: 'detail-view person-view', 'data-testid': 'detail-view', 'data-record-id': personId(contact) },
    header,
    el(doc, 'div', { class: 'detail-body' }, sidebar, timeline(doc, world, items)),
  );
}
