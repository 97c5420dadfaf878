import { el } from '../el';
import type { DemoWorld } from '../world';
import { dealPath, leadUuid, organizationId, personPath } from './ids';
import { dealValue } from './money';
import { contactName } from './records';
import { text } from './text';

/**
 * Pages Touchline does not read: list views (persons, pipeline, leads inbox, activities) and
 * organization pages, so navigation away from a record has somewhere to land.
 */
export function otherView(doc: Document, world: DemoWorld, url: URL): HTMLElement {
  const t = text();
  const path = url.pathname;
  const org = path.match(/^\/organization\/(\d+)/)?.[1];
  if (org) return organizationView(doc, world, org);
  if (path.startsWith('/pipeline') || path.startsWith('/deals'))
    return listView(
      doc,
      t.dealsList,
      world.deals.map((d) => [d.name, dealPath(d), `${d.stage} · ${dealValue(d.amount)}`]),
    );
  if (path.startsWith('/leads'))
    return listView(
      doc,
      t.leadsInbox,
      world.contacts
        .filter((c) => c.lifecycleStage === 'Lead')
        .map((c) => [`${c.company} lead`, `/leads/inbox/${leadUuid(c.id)}`, contactName(c)]),
    );
  return listView(
    doc,
    t.people,
    world.contacts.map((c) => [contactName(c), personPath(c), c.company]),
  );
}

function organizationView(doc: Document, world: DemoWorld, id: string): HTMLElement {
  const people = world.contacts.filter((c) => organizationId(c.company) === id);
  const name = people[0]?.company ?? 'Organization';
  return el(
    doc,
    'div',
    { class: 'detail-view organization-view', 'data-testid': 'detail-view', 'data-record-id': id },
    el(doc, 'header', { class: 'detail-header' }, el(doc, 'h1', { 'data-testid': 'header-title' }, name)),
    listTable(
      doc,
      people.map((c) => [contactName(c), personPath(c), c.jobTitle]),
    ),
  );
}

function listView(doc: Document, title: string, rows: string[][]): HTMLElement {
  return el(
    doc,
    'div',
    { class: 'list-view', 'data-testid': 'list-view' },
    el(
      doc,
      'header',
      { class: 'list-view__header' },
      el(doc, 'h1', {}, title),
      el(doc, 'span', {}, text().items(rows.length)),
    ),
    listTable(doc, rows),
  );
}

function listTable(doc: Document, rows: string[][]): HTMLElement {
  return el(
    doc,
    'table',
    { class: 'list-table' },
    el(
      doc,
      'tbody',
      {},
      ...rows.map(([name, href, detail]) =>
        el(
          doc,
          'tr',
          { role: 'row' },
          el(doc, 'td', {}, el(doc, 'a', { href }, name ?? '')),
          el(doc, 'td', {}, detail ?? ''),
        ),
      ),
    ),
  );
}
