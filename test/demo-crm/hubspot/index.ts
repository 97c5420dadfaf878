import type { DemoCrm } from '../demo-crm';
import { keepOptionsInLinks, markPageLanguage, usePageOptions } from '../page-options';
import type { DemoWorld } from '../world';
import { contactView } from './contact-page';
import { css } from './css';
import { dealView } from './deal-page';
import { contactPathOf, contactRecordId, dealPathOf, dealRecordId, PORTAL_ID } from './ids';
import { appFrame, placeView } from './layout';
import { loadingView } from './loading';
import { otherView } from './other-page';

const RECORD = /^\/contacts\/\d+\/record\/(0-\d+)\/(\d+)/;

/** The HubSpot look-alike: record pages with the markup crm-pages.md describes, at real URL shapes. */
export const demo: DemoCrm = {
  crm: 'hubspot',
  host: 'app.hubspot.com',
  contactPath: (_world, contact) => contactPathOf(contact.id),
  dealPath: (_world, deal) => dealPathOf(deal.id),
  render(doc, url, world, phase) {
    usePageOptions(url);
    markPageLanguage(doc);
    const app = appFrame(doc, world);
    placeView(app, url.pathname, phase === 'loading' ? loadingView(doc) : viewFor(doc, url, world));
    keepOptionsInLinks(doc, url);
  },
  css,
  fixturePages: (world) => {
    const busiest = [...world.contacts].sort((a, b) => countFor(world, b.id) - countFor(world, a.id))[0];
    const other = world.contacts.find((c) => c !== busiest && countFor(world, c.id) > 3);
    const deal = [...world.deals].sort((a, b) => b.stageHistory.length - a.stageHistory.length)[0];
    const pages = [
      busiest && { name: 'contact-busiest', path: contactPathOf(busiest.id) },
      deal && { name: 'deal-stage-history', path: dealPathOf(deal.id) },
      other && { name: 'contact-other', path: contactPathOf(other.id) },
    ];
    return pages.filter((p): p is { name: string; path: string } => Boolean(p));
  },
};

function viewFor(doc: Document, url: URL, world: DemoWorld): HTMLElement {
  const [, type, id] = url.pathname.match(RECORD) ?? [];
  const portalOk = url.pathname.startsWith(`/contacts/${PORTAL_ID}/`);
  const contact = type === '0-1' ? world.contacts.find((c) => contactRecordId(c.id) === id) : undefined;
  if (portalOk && contact) return contactView(doc, world, contact);
  const deal = type === '0-3' ? world.deals.find((d) => dealRecordId(d.id) === id) : undefined;
  if (portalOk && deal) return dealView(doc, world, deal);
  return otherView(doc, world, url);
}

/** How mixed a contact's timeline is: activities of distinct types, then their number. */
function countFor(world: DemoWorld, contactId: number): number {
  const own = world.activities.filter((a) => a.contactId === contactId);
  return new Set(own.map((a) => a.type)).size * 1000 + own.length;
}
