import type { DemoContact, DemoWorld } from '../world';
import { usDate, usDateTime } from './format';
import type { Build } from './h';
import { PREFIX, sfId } from './ids';
import { accountPath, contactActivities, dealPath, fullName, isPast, lastActivity, repName } from './model';
import { field, highlights, recordLayout, relatedList, section } from './record-parts';
import { recentItems } from './shell';
import { text } from './text';
import { timeline } from './timeline';

/** A Contact record page: highlights, details, activity timeline, related lists. */
export function contactPage(b: Build, world: DemoWorld, c: DemoContact, loading: boolean): Element {
  const t = text();
  const { labels: l, sections } = t;
  const name = fullName(c);
  const account = b('a', { href: accountPath(world, c.company) }, c.company);
  const header = highlights(b, t.objects.contact, loading ? null : name, [
    [l.title, c.jobTitle],
    [l.accountName, account.cloneNode(true)],
    [l.phone, c.phone],
    [l.email, c.email],
  ]);
  if (loading) return recordLayout(b, header, [], [timeline(b, world, [], true)], []);
  const activities = contactActivities(world, c);
  const last = lastActivity(world, activities);
  const owner = repName(world, c.ownerId);
  const details = section(b, sections.contactInformation, [
    field(b, l.name, name, 'lightning-formatted-name'),
    field(b, l.accountName, account),
    field(b, l.title, c.jobTitle),
    field(b, l.email, b('a', { href: `mailto:${c.email}` }, c.email), 'lightning-formatted-email'),
    field(b, l.phone, b('a', { href: `tel:${c.phone}` }, c.phone), 'lightning-formatted-phone'),
    field(b, l.contactOwner, b('a', { href: `/lightning/r/User/${sfId(PREFIX.user, c.ownerId)}/view` }, owner)),
    field(b, l.leadSource, c.lifecycleStage === 'Lead' ? 'Web' : 'Partner Referral'),
    field(b, l.lastActivity, last ? usDate(last) : '', 'lightning-formatted-date-time'),
  ]);
  const system = section(b, sections.systemInformation, [
    field(b, l.createdBy, `${owner}, ${usDateTime(c.createdAt)}`),
    field(b, l.lastModifiedBy, `${owner}, ${usDateTime(world.now)}`),
  ]);
  const deals = world.deals.filter((d) => d.contactIds.includes(c.id));
  const notes = activities.filter((a) => a.type === 'note' && isPast(a, world));
  const history = activities.filter((a) => a.type === 'system');
  const right = [
    relatedList(
      b,
      sections.opportunities,
      [l.opportunityName, l.stage, l.closeDate],
      deals.map((d) => [b('a', { href: dealPath(d) }, d.name), d.stage, usDate(d.closeDate)]),
    ),
    notesList(b, world, notes),
    relatedList(
      b,
      sections.contactHistory,
      [l.date, l.field, l.user, l.originalValue, l.newValue],
      history.map((a) => [usDateTime(a.timestamp), t.created, repName(world, a.ownerId), '', '']),
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
  const { labels: l, sections } = text();
  const sorted = [...notes].sort((x, y) => y.timestamp.localeCompare(x.timestamp));
  return relatedList(
    b,
    sections.notes,
    [l.title, l.createdDate, l.createdBy],
    sorted.map((n) => [
      b('a', { href: `/lightning/r/ContentNote/${sfId(PREFIX.note, n.id)}/view`, title: n.body }, n.body),
      usDateTime(n.timestamp),
      repName(world, n.ownerId),
    ]),
  );
}
