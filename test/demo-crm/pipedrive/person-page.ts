import { time12 } from '../demo-dates';
import { el } from '../el';
import type { DemoContact, DemoWorld } from '../world';
import { activityDates } from './figures';
import { dayText } from './format-date';
import { dealPath, organizationId, personId } from './ids';
import { contactActivities, contactName, repName } from './records';
import { field, section, withKind } from './sidebar';
import { timeline } from './timeline';

/** A person's detail view: header with name and owner, sidebar fields, then Focus and History. */
export function personView(doc: Document, world: DemoWorld, contact: DemoContact): HTMLElement {
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
    field(doc, 'owner_id', 'Owner', owner),
  );
  const sidebar = el(
    doc,
    'aside',
    { class: 'detail-sidebar', 'data-testid': 'detail-sidebar' },
    section(
      doc,
      'details',
      'Details',
      field(doc, 'email', 'Email', withKind(doc, `mailto:${contact.email}`, contact.email, 'Work')),
      field(doc, 'phone', 'Phone', withKind(doc, `tel:${contact.phone.replace(/\s/g, '')}`, contact.phone, 'Work')),
      field(
        doc,
        'org_id',
        'Organization',
        el(doc, 'a', { href: `/organization/${organizationId(contact.company)}` }, contact.company),
      ),
      field(doc, 'job_title', 'Job title', contact.jobTitle),
      field(doc, 'label', 'Labels', contact.lifecycleStage === 'Lead' ? 'Cold' : 'Customer'),
    ),
    section(
      doc,
      'overview',
      'Overview',
      field(doc, 'add_time', 'Person created', `${dayText(contact.createdAt)} at ${time12(contact.createdAt)}`),
      field(doc, 'last_activity_date', 'Last activity date', dates.last ? dayText(dates.last) : ''),
      field(doc, 'next_activity_date', 'Next activity date', dates.next ? dayText(dates.next) : ''),
      field(doc, 'done_activities_count', 'Done activities', String(dates.done)),
      field(doc, 'undone_activities_count', 'Activities to do', String(dates.toDo)),
    ),
    section(
      doc,
      'deals',
      `Deals (${deals.length})`,
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
