import type { DemoCrm } from '../demo-crm';
import { keepOptionsInLinks, markPageLanguage, usePageOptions } from '../page-options';
import type { DemoContact, DemoWorld } from '../world';
import { contactPage } from './contact-page';
import { css } from './css';
import { dealPage } from './deal-page';
import { builder } from './h';
import { numberOf, PREFIX } from './ids';
import { companies, contactActivities, contactPath, dealPath, fullName } from './model';
import { ensureStage, otherPage, viewFor } from './shell';
import { text } from './text';

/** Salesforce Lightning look-alike, served as the Acme org's Lightning host. */
export const demo: DemoCrm = {
  crm: 'salesforce',
  host: 'acme.lightning.force.com',
  contactPath: (_world, contact) => contactPath(contact),
  dealPath: (_world, deal) => dealPath(deal),
  render(doc, url, world, phase) {
    usePageOptions(url);
    markPageLanguage(doc);
    const b = builder(doc);
    const view = viewFor(ensureStage(doc, b), url.pathname, b);
    const { title, content } = page(doc, url, world, phase === 'loading');
    view.replaceChildren(content);
    keepOptionsInLinks(doc, url);
    doc.title = `${title} | Salesforce`;
  },
  css,
  fixturePages(world) {
    const acts = (c: DemoContact) => contactActivities(world, c);
    const byLength = [...world.contacts].sort((x, y) => acts(y).length - acts(x).length);
    const longest = byLength[0];
    const sequenced = byLength.find((c) => c !== longest && acts(c).some((a) => a.type === 'email' && a.automated));
    const duplicated = byLength.find((c) => c !== longest && acts(c).some((a) => a.duplicateOf !== undefined));
    const deal = world.deals.find((d) => d.stageHistory.length >= 3 && !d.closed) ?? world.deals[0];
    const closed = world.deals.find((d) => d.closed);
    return [
      longest && { name: 'contact-longest', path: contactPath(longest) },
      sequenced && { name: 'contact-sequence', path: contactPath(sequenced) },
      duplicated && { name: 'contact-duplicate', path: contactPath(duplicated) },
      deal && { name: 'deal-path', path: dealPath(deal) },
      closed && { name: 'deal-closed', path: dealPath(closed) },
    ].filter((p): p is { name: string; path: string } => !!p);
  },
};

function page(doc: Document, url: URL, world: DemoWorld, loading: boolean): { title: string; content: Element } {
  const b = builder(doc);
  const { objects, sections } = text();
  const m = url.pathname.match(/^\/lightning\/r\/(Contact|Opportunity|Account)\/([a-zA-Z0-9]{15,18})\/view$/);
  if (m?.[1] === 'Contact') {
    const contact = world.contacts.find((c) => c.id === numberOf(m[2] as string, PREFIX.contact));
    if (contact)
      return { title: `${fullName(contact)} | ${objects.contact}`, content: contactPage(b, world, contact, loading) };
  }
  if (m?.[1] === 'Opportunity') {
    const deal = world.deals.find((d) => d.id === numberOf(m[2] as string, PREFIX.opportunity));
    if (deal) return { title: `${deal.name} | ${objects.opportunity}`, content: dealPage(b, world, deal, loading) };
  }
  if (m?.[1] === 'Account') {
    const company = companies(world)[(numberOf(m[2] as string, PREFIX.account) ?? 0) - 1];
    if (company) return { title: `${company} | ${objects.account}`, content: otherPage(b, world, company) };
  }
  return { title: objects.contacts, content: otherPage(b, world, sections.recentlyViewedContacts) };
}
