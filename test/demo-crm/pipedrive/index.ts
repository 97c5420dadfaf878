import type { DemoCrm } from '../demo-crm';
import { el } from '../el';
import { keepOptionsInLinks, markPageLanguage, usePageOptions } from '../page-options';
import type { DemoWorld } from '../world';
import { dealView } from './deal-page';
import { fixturePages } from './fixture-pages';
import { dealPath, leadUuid, personPath } from './ids';
import { otherView } from './other-page';
import { personView } from './person-page';
import { contactName } from './records';
import { recordList, showView, viewStack } from './shell';
import { css } from './styles';

/** The Pipedrive look-alike served as acme.pipedrive.com. */
export const demo: DemoCrm = {
  crm: 'pipedrive',
  host: 'acme.pipedrive.com',
  contactPath: (_world, contact) => personPath(contact),
  dealPath: (_world, deal) => dealPath(deal),
  render(doc, url, world, phase) {
    usePageOptions(url);
    markPageLanguage(doc);
    const stack = viewStack(doc);
    const record = recordOf(world, url);
    if (!record) {
      doc.title = 'Pipedrive';
      showView(stack, url.pathname, otherView(doc, world, url));
      keepOptionsInLinks(doc, url);
      return;
    }
    doc.title = `${record.title} - Pipedrive`;
    const view = phase === 'loading' ? skeleton(doc, record.id) : record.build(doc);
    showView(
      stack,
      url.pathname,
      el(doc, 'div', { class: 'page' }, recordList(doc, world, record.list, url.pathname), view),
    );
    keepOptionsInLinks(doc, url);
  },
  css,
  fixturePages,
};

interface RecordRoute {
  id: string;
  title: string;
  list: 'person' | 'deal';
  build: (doc: Document) => HTMLElement;
}

/** Person, deal and lead routes; a lead opens the person it was created for. */
function recordOf(world: DemoWorld, url: URL): RecordRoute | null {
  const path = url.pathname;
  const personId = Number(path.match(/^\/person\/(\d+)\/?$/)?.[1]);
  const lead = path.match(/^\/leads\/inbox\/([0-9a-f-]{36})\/?$/)?.[1];
  const contact = world.contacts.find((c) => c.id === personId || (lead && leadUuid(c.id) === lead));
  if (contact) {
    const id = lead ?? String(contact.id);
    const build = (doc: Document) => withRecordId(personView(doc, world, contact), id);
    return { id, title: contactName(contact), list: 'person', build };
  }
  const dealId = Number(path.match(/^\/deal\/(\d+)\/?$/)?.[1]);
  const deal = world.deals.find((d) => d.id === dealId);
  if (deal) return { id: String(deal.id), title: deal.name, list: 'deal', build: (doc) => dealView(doc, world, deal) };
  return null;
}

function withRecordId(view: HTMLElement, id: string): HTMLElement {
  view.setAttribute('data-record-id', id);
  return view;
}

/** Pipedrive's grey placeholder blocks while a record's data is on its way. */
function skeleton(doc: Document, id: string): HTMLElement {
  const bar = (width: string) => el(doc, 'div', { class: 'skeleton skeleton__bar', style: `width: ${width}` });
  return el(
    doc,
    'div',
    { class: 'detail-view', 'data-testid': 'detail-view', 'data-record-id': id },
    el(
      doc,
      'div',
      { class: 'detail-view-skeleton', 'data-testid': 'detail-view-skeleton', 'aria-busy': 'true' },
      bar('40%'),
      bar('25%'),
      el(doc, 'div', { class: 'detail-body' }, el(doc, 'div', { class: 'skeleton skeleton__sidebar' }), bar('60%')),
    ),
  );
}
