import { el } from '../el';
import type { DemoContact, DemoWorld } from '../world';
import { hubspotFigures } from './figures';
import { dayText, propertyDateTime } from './format';
import { companyPathOf, dealPathOf } from './ids';
import { card, highlights, propertyCard } from './properties';
import { actionButtons, middlePane, recordView } from './record-frame';
import { type LabelId, text } from './text';
import { cardFor, timeline } from './timeline';

/** A contact record (`/record/0-1/{id}`): header and properties left, timeline middle, associations right. */
export function contactView(doc: Document, world: DemoWorld, contact: DemoContact): HTMLElement {
  const t = text();
  const name = `${contact.firstName} ${contact.lastName}`;
  const owner = world.reps.find((r) => r.id === contact.ownerId)?.name ?? '--';
  const activities = world.activities.filter((a) => a.contactId === contact.id);
  const header = el(
    doc,
    'div',
    { 'data-selenium-test': 'contact-highlight-details', class: 'HighlightDetails__Wrapper-sc-8j2m1a' },
    el(
      doc,
      'div',
      { class: 'Avatar__Circle-sc-0qk1a', 'aria-hidden': 'true' },
      `${contact.firstName[0]}${contact.lastName[0]}`,
    ),
    el(doc, 'h3', { class: 'HighlightDetails__Name-sc-8j2m1a-1' }, name),
    el(doc, 'div', { class: 'HighlightDetails__Subtitle-sc-8j2m1a-2' }, t.subtitle(contact.jobTitle, contact.company)),
    el(doc, 'div', { class: 'HighlightDetails__Email-sc-8j2m1a-3' }, contact.email),
    actionButtons(doc),
  );
  const rows: [LabelId, string][] = [
    ['email', contact.email],
    ['phone', contact.phone],
    ['company', contact.company],
    ['jobTitle', contact.jobTitle],
    ['contactOwner', owner],
    ['lifecycleStage', contact.lifecycleStage],
    ['createDate', propertyDateTime(contact.createdAt)],
    ...hubspotFigures(activities),
  ];
  const left = el(
    doc,
    'div',
    { 'data-test-id': 'left-sidebar' },
    header,
    propertyCard(doc, t.headings.aboutContact, rows),
  );
  const source = { activities, world };
  const recent = [...activities]
    .filter((a) => !a.planned)
    .sort((a, b) => b.timestamp.localeCompare(a.timestamp))
    .slice(0, 3);
  const overview = [
    highlights(doc, [
      ['createDate', dayText(contact.createdAt)],
      ['lifecycleStage', contact.lifecycleStage],
      ['lastActivityDate', recent[0] ? dayText(recent[0].timestamp) : '--'],
    ]),
    card(doc, 'RECENT_ACTIVITIES', t.headings.recentActivities, ...recent.map((a) => cardFor(doc, a, source))),
  ];
  const deals = world.deals.filter((d) => d.contactIds.includes(contact.id));
  const companyIndex = Math.max(
    0,
    world.contacts.findIndex((c) => c.company === contact.company),
  );
  const right = el(
    doc,
    'div',
    { 'data-test-id': 'records-right-sidebar' },
    card(doc, 'COMPANY', t.headings.company(1), el(doc, 'a', { href: companyPathOf(companyIndex) }, contact.company)),
    card(
      doc,
      'DEAL',
      t.headings.deals(deals.length),
      ...deals.map((d) => el(doc, 'a', { href: dealPathOf(d.id) }, d.name)),
    ),
  );
  return recordView(doc, name, left, middlePane(doc, overview, [timeline(doc, source)]), right);
}
