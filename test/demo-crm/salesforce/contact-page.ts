import type { DemoContact, DemoWorld } from '../world';
import { usDate, usDateTime } from './format';
import type { Build } from './h';
import { PREFIX, sfId } from './ids';
import { accountPath, contactActivities, dealPath, fullName, isPast, lastActivity, repName } from './model';
import { field, highlights, recordLayout, relatedList, section } from './record-parts';
import { recentItems } from './shell';
import { timeline } from './timeline';

/** A Contact record page: highlights, details, activity timeline, related lists. */
export function contactPage(b: Build, world: DemoWorld, c: DemoContact, loading: boolean): Element {
  const name = fullName(c);
  const account = b('a', { href: accountPath(world, c.company) }, c.company);
  const header = highlights(b, 'Contact', loading ? null : name, [
    ['Title', c.jobTitle],
    ['Account Name', account.cloneNode(true)],
    ['Phone', c.phone],
    ['Email', c.email],
  ]);
  if (loading) return recordLayout(b, header, [], [timeline(b, world, [], true)], []);
  const activities = contactActivities(world, c);
  const last = lastActivity(world, activities);
  const owner = repName(world, c.ownerId);
  const details = section(b, 'Contact Information', [
    field(b, 'Name', name, 'lightning-formatted-name'),
    field(b, 'Account Name', account),
    field(b, 'Title', c.jobTitle),
    field(b, 'Email', b('a', { href: `mailto:${c.email}` }, c.email), 'lightning-formatted-email'),
    field(b, 'Phone', b('a', { href: `tel:${c.phone}` }, c.phone), 'lightning-formatted-phone'),
    field(b, 'Contact Owner', b('a', { href: `/lightning/r/User/${sfId(PREFIX.user, c.ownerId)}/view` }, owner)),
    field(b, 'Lead Source', c.lifecycleStage === 'Lead' ? 'Web' : 'Partner Referral'),
    field(b, 'Last Activity', last ? usDate(last) : '', 'lightning-formatted-date-time'),
  ]);
  const system = section(b, 'System Information', [
    field(b, 'Created By', `${owner}, ${usDateTime(c.createdAt)}`),
    field(b, 'Last Modified By', `${owner}, ${usDateTime(world.now)}`),
  ]);
  const deals = world.deals.filter((d) => d.contactIds.includes(c.id));
  const notes = activities.filter((a) => a.type === 'note' && isPast(a, world));
  const history = activities.filter((a) => a.type === 'system');
  const right = [
    relatedList(
      b,
      'Opportunities',
      ['Opportunity Name', 'Stage', 'Close Date'],
      deals.map((d) => [b('a', { href: dealPath(d) }, d.name), d.stage, usDate(d.closeDate)]),
    ),
    notesList(b, world, notes),
    relatedList(
      b,
      'Contact History',
      ['Date', 'Field', 'User', 'Original Value', 'New Value'],
      history.map((a) => [usDateTime(a.timestamp), 'Created.', repName(world, a.ownerId), '', '']),
    ),
  ];
  return recordLayout(
    b,
    header,
    [recentItems(b, world), details, system],
    [timeline(b, world, activities, false)],
    right,
  );
}

/** Notes live in the "Notes" related list (ContentNote), newest first. */
export function notesList(b: Build, world: DemoWorld, notes: DemoWorld['activities']): Element {
  const sorted = [...notes].sort((x, y) => y.timestamp.localeCompare(x.timestamp));
  return relatedList(
    b,
    'Notes',
    ['Title', 'Created Date', 'Created By'],
    sorted.map((n) => [
      b('a', { href: `/lightning/r/ContentNote/${sfId(PREFIX.note, n.id)}/view`, title: n.body }, n.body),
      usDateTime(n.timestamp),
      repName(world, n.ownerId),
    ]),
  );
}
