import { headerEndButton } from '../header-end-button';
import type { DemoWorld } from '../world';
import type { Build } from './h';
import { contactPath, dealPath, fullName } from './model';
import { text } from './text';

const CACHED_VIEWS = 3;
const viewPaths = new WeakMap<Element, string>();

/** The app frame: global header, navigation bar, and the stage that holds record views. */
export function ensureStage(doc: Document, b: Build): Element {
  const existing = doc.querySelector('div.oneCenterStage');
  if (existing) return existing;
  const { nav } = text();
  const tabs = [
    [nav.home, '/lightning/page/home'],
    [nav.contacts, '/lightning/o/Contact/list'],
    [nav.opportunities, '/lightning/o/Opportunity/list'],
    [nav.accounts, '/lightning/o/Account/list'],
  ];
  const stage = b('div', { class: 'oneCenterStage center oneCenterStageLayout' });
  doc.body.replaceChildren(
    b(
      'div',
      { class: 'desktop container forceStyle oneOne navexDesktopLayoutContainer' },
      b(
        'header',
        { class: 'oneGlobalNav slds-global-header_container' },
        b('span', { class: 'slds-global-header__logo' }, 'Acme Sales'),
        headerEndButton(doc, { class: 'slds-button slds-global-actions__avatar' }),
      ),
      b(
        'one-app-nav-bar',
        { class: 'slds-context-bar' },
        b('span', { class: 'appName slds-context-bar__label-action' }, 'Sales'),
        b(
          'nav',
          {},
          ...tabs.map(([label, href]) =>
            b('a', { class: 'slds-context-bar__item', href: href as string }, label as string),
          ),
        ),
      ),
      stage,
    ),
  );
  return stage;
}

/**
 * The view for `path`: Lightning keeps earlier records in the DOM as cached views without
 * `active` (crm-pages.md); returning to one reuses it. Only the shown view has `active`.
 */
export function viewFor(stage: Element, path: string, b: Build): Element {
  const views = Array.from(stage.children);
  let view = views.find((v) => viewPaths.get(v) === path);
  for (const v of views) v.classList.remove('active');
  if (!view) {
    view = b('div', { class: 'windowViewMode-normal oneContent lafPageHost' });
    viewPaths.set(view, path);
    stage.append(view);
  }
  view.classList.add('active');
  const cached = Array.from(stage.children).filter((v) => v !== view);
  for (const old of cached.slice(0, Math.max(0, cached.length - CACHED_VIEWS))) old.remove();
  return view;
}

/** The left column's "Recent Records" card: links to other contacts and opportunities. */
export function recentItems(b: Build, world: DemoWorld): Element {
  const links = [
    ...world.contacts.slice(0, 8).map((c) => b('li', {}, b('a', { href: contactPath(c) }, fullName(c)))),
    ...world.deals.slice(0, 6).map((d) => b('li', {}, b('a', { href: dealPath(d) }, d.name))),
  ];
  return b(
    'article',
    { class: 'slds-card recent-records' },
    b(
      'div',
      { class: 'slds-card__header' },
      b('h2', { class: 'slds-card__header-title' }, text().sections.recentRecords),
    ),
    b('ul', { class: 'slds-card__body' }, ...links),
  );
}

/** A plain page for other objects and list views, so navigation has somewhere to go. */
export function otherPage(b: Build, world: DemoWorld, heading: string): Element {
  return b(
    'div',
    { class: 'slds-page-header list-view' },
    b('h1', { class: 'slds-page-header__title' }, heading),
    b(
      'table',
      { class: 'slds-table slds-table_bordered' },
      b('thead', {}, b('tr', {}, b('th', {}, text().labels.name), b('th', {}, text().labels.accountName))),
      b(
        'tbody',
        {},
        ...world.contacts.map((c) =>
          b('tr', {}, b('th', {}, b('a', { href: contactPath(c) }, fullName(c))), b('td', {}, c.company)),
        ),
      ),
    ),
  );
}
