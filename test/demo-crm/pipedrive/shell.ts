import { el } from '../el';
import { headerEndButton } from '../header-end-button';
import type { DemoWorld } from '../world';
import { dealPath, personPath } from './ids';
import { contactName } from './records';
import { text } from './text';

const NAV = [
  ['leads', '/leads/inbox'],
  ['deals', '/pipeline'],
  ['contacts', '/persons/list'],
  ['activities', '/activities/list'],
] as const;
/** Earlier record views kept in the DOM, hidden, after navigating away (like a cached view). */
const KEPT_VIEWS = 1;

/** The app frame (left navigation, top bar, view stack), built once per document. */
export function viewStack(doc: Document): HTMLElement {
  const existing = doc.getElementById('view-stack');
  if (existing) return existing;
  const t = text();
  const nav = el(
    doc,
    'nav',
    { class: 'app-nav', 'aria-label': t.mainNavigation },
    el(doc, 'a', { class: 'app-nav__logo', href: '/pipeline' }, 'p'),
    ...NAV.map(([name, href]) => el(doc, 'a', { class: 'app-nav__item', href }, t.nav[name])),
  );
  const stack = el(doc, 'div', { id: 'view-stack', class: 'view-stack' });
  const main = el(
    doc,
    'div',
    { class: 'app-main', id: 'main-content' },
    el(
      doc,
      'div',
      { class: 'top-bar' },
      el(doc, 'input', { class: 'top-bar__search', placeholder: t.search }),
      headerEndButton(doc, { class: 'top-bar__user' }),
    ),
    stack,
  );
  doc.body.replaceChildren(el(doc, 'div', { id: 'app', class: 'app' }, nav, main));
  return stack;
}

/** Shows `view` for `path`: replaces a view of the same path, hides the others, drops the oldest. */
export function showView(stack: HTMLElement, path: string, view: HTMLElement): void {
  view.setAttribute('data-path', path);
  for (const old of Array.from(stack.children)) {
    if (old.getAttribute('data-path') === path) old.remove();
    else {
      old.setAttribute('hidden', '');
      old.setAttribute('style', 'display: none;');
    }
  }
  const cached = Array.from(stack.children);
  for (const old of cached.slice(0, Math.max(0, cached.length - KEPT_VIEWS))) old.remove();
  stack.append(view);
}

/** A record page's left list: the other people or deals, as links. */
export function recordList(doc: Document, world: DemoWorld, kind: 'person' | 'deal', currentPath: string): HTMLElement {
  const rows =
    kind === 'person'
      ? world.contacts.slice(0, 15).map((c) => [contactName(c), personPath(c)] as const)
      : world.deals.map((d) => [d.name, dealPath(d)] as const);
  return el(
    doc,
    'aside',
    { class: 'record-list', 'aria-label': kind === 'person' ? text().people : text().dealsList },
    ...rows.map(([label, href]) =>
      el(doc, 'a', { class: `record-list__item${href === currentPath ? ' is-current' : ''}`, href }, label),
    ),
  );
}
