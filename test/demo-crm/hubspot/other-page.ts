import { el } from '../el';
import type { DemoWorld } from '../world';
import { contactPathOf } from './ids';

/** Company records (`0-2`), list views and anything else: a plain page that links back to contacts. */
export function otherView(doc: Document, world: DemoWorld, url: URL): HTMLElement {
  const isCompany = /\/record\/0-2\//.test(url.pathname);
  const company = world.contacts[0]?.company ?? 'Company';
  const title = isCompany ? company : 'Contacts';
  const people = isCompany ? world.contacts.filter((c) => c.company === company) : world.contacts;
  return el(
    doc,
    'div',
    { 'data-demo-title': title },
    el(
      doc,
      'div',
      { 'data-test-id': isCompany ? 'left-sidebar' : 'filter-panel' },
      el(doc, 'h3', { 'data-selenium-test': isCompany ? 'company-highlight-details' : 'index-title' }, title),
    ),
    el(
      doc,
      'table',
      { 'data-test-id': 'table' },
      el(
        doc,
        'thead',
        {},
        el(doc, 'tr', {}, el(doc, 'th', { role: 'columnheader' }, 'Name'), el(doc, 'th', {}, 'Email')),
      ),
      el(
        doc,
        'tbody',
        {},
        ...people.map((c) =>
          el(
            doc,
            'tr',
            {},
            el(doc, 'td', {}, el(doc, 'a', { href: contactPathOf(c.id) }, `${c.firstName} ${c.lastName}`)),
            el(doc, 'td', {}, c.email),
          ),
        ),
      ),
    ),
  );
}
