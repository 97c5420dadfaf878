import { el } from '../el';
import { headerEndButton } from '../header-end-button';
import type { DemoWorld } from '../world';
import { companyPathOf, contactListPath, contactPathOf, dealPathOf } from './ids';

const APP_ID = 'hs-records-app';
const VIEW_CLASS = 'RecordPage__Layout-sc-k2j4h1';

/** The app frame: top navigation, a left list of records to move between, and the view area. */
export function appFrame(doc: Document, world: DemoWorld): HTMLElement {
  const existing = doc.getElementById(APP_ID);
  if (existing) return existing;
  if (!doc.body) doc.documentElement.append(doc.createElement('body'));
  const links = [
    ...world.contacts.slice(0, 12).map((c) => [contactPathOf(c.id), `${c.firstName} ${c.lastName}`] as const),
    ...world.deals.slice(0, 6).map((d) => [dealPathOf(d.id), d.name] as const),
    [companyPathOf(0), world.contacts[0]?.company ?? 'Company'] as const,
    [contactListPath, 'All contacts'] as const,
  ];
  const nav = el(
    doc,
    'nav',
    { id: 'hs-nav-v4', class: 'Navigation__Bar-sc-2l1x0a', 'aria-label': 'Records' },
    el(doc, 'div', { class: 'Navigation__Portal-sc-2l1x0a-1' }, world.portalName),
    el(doc, 'ul', {}, ...links.map(([href, label]) => el(doc, 'li', {}, el(doc, 'a', { href }, label)))),
  );
  const topBar = el(
    doc,
    'header',
    { class: 'GlobalNav__TopBar-sc-3h1q0b' },
    headerEndButton(doc, { class: 'AccountMenu__Toggle-sc-3h1q0b-1' }),
  );
  const app = el(doc, 'main', { id: APP_ID, class: 'RecordsApp__Main-sc-0p2xq1' });
  doc.body.replaceChildren(el(doc, 'div', { class: 'Page__Shell-sc-1z0a9x' }, topBar, nav, app));
  return app;
}

/**
 * Places a new view for `path`. A route change keeps the previous record's view in the DOM,
 * hidden (as single-page apps do with cached views); a second render of the same path replaces it.
 */
export function placeView(app: HTMLElement, path: string, view: HTMLElement): void {
  view.classList.add(VIEW_CLASS);
  view.setAttribute('data-demo-path', path);
  for (const old of Array.from(app.children)) if (old.getAttribute('data-demo-path') === path) old.remove();
  const others = Array.from(app.children);
  const shown = others.filter((v) => !v.hasAttribute('hidden'));
  if (shown.length > 0) {
    for (const old of others) if (old.hasAttribute('hidden')) old.remove();
    for (const old of shown) old.setAttribute('hidden', '');
  }
  app.append(view);
  app.ownerDocument.title = `${view.getAttribute('data-demo-title') ?? 'HubSpot'} | HubSpot`;
}
