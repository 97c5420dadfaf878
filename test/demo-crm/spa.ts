import type { DemoCrm } from './demo-crm';
import { demo as hubspot } from './hubspot/index';
import { demo as pipedrive } from './pipedrive/index';
import { demo as salesforce } from './salesforce/index';
import { installTestHooks } from './test-hooks';
import { type DemoWorld, demoWorldSchema } from './world';

/**
 * The demo CRM's single-page app shell: loads the world as JSON once, then renders each route
 * as a CRM app does, placeholders first and the record once its data "arrives", and follows
 * in-app links with pushState instead of page loads. Beside the record it keeps the app's own
 * list of every contact and deal, built from the JSON as a CRM's list views are: this is the
 * main-thread work a real CRM page does, which the benchmarks (test/bench) measure Touchline against.
 */
const DEMOS = [hubspot, salesforce, pipedrive];
const demo = DEMOS.find((d) => d.host === location.hostname);
/** How long a route shows its loading placeholders: long enough for Touchline to see them. */
const DATA_DELAY_MS = 150;
/** CRM list views load rows in pages; this is one generous page. */
const LIST_ROWS = 300;

const LIST_CSS = `
.demo-record-list { padding: 16px 24px; font-size: 12px; }
.demo-record-list table { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
.demo-record-list th, .demo-record-list td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #dfe3eb; }
.demo-record-list tr[aria-current="page"] { background: #eaf0f6; }
`;

async function start(): Promise<void> {
  if (!demo) throw new Error(`No demo CRM for ${location.hostname}`);
  const style = document.createElement('style');
  style.textContent = demo.css + LIST_CSS;
  document.head.append(style);
  const world = demoWorldSchema.parse(await (await fetch('/__demo/world.json')).json());
  document.addEventListener('click', (event) => followLink(event, world));
  window.addEventListener('popstate', () => route(world));
  installTestHooks(world, () => route(world));
  route(world);
}

let routeToken = 0;
/** Built with the first record's data, then kept: the app does not rebuild its list per route. */
let list: HTMLElement | undefined;

function route(world: DemoWorld): void {
  const token = ++routeToken;
  const url = new URL(location.href);
  render(world, url, 'loading');
  setTimeout(() => {
    if (token === routeToken) render(world, url, 'ready');
  }, DATA_DELAY_MS);
}

/**
 * Renders the route and keeps the list below the CRM's frame (a CRM renderer may rebuild <body>).
 * <html> says which route is shown in which phase, so benchmarks know when the page is ready.
 */
function render(world: DemoWorld, url: URL, phase: 'loading' | 'ready'): void {
  if (!demo) return;
  demo.render(document, url, world, phase);
  if (phase === 'ready') list ??= recordList(demo, world);
  if (list && !list.isConnected) document.body.append(list);
  for (const row of Array.from(list?.querySelectorAll('tr[data-path]') ?? [])) {
    if (row.getAttribute('data-path') === url.pathname) row.setAttribute('aria-current', 'page');
    else row.removeAttribute('aria-current');
  }
  document.documentElement.setAttribute('data-demo-path', url.pathname);
  document.documentElement.setAttribute('data-demo-phase', phase);
  if (phase === 'ready') performance.mark('demo-ready', { detail: url.pathname });
}

function followLink(event: MouseEvent, world: DemoWorld): void {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== location.origin || event.defaultPrevented) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', anchor.href);
  route(world);
}

interface Stats {
  activities: number;
  touches: number;
  last: string;
}

/** Contacts by most recent activity, then deals: each with its owner, counts and last activity. */
function recordList(crm: DemoCrm, world: DemoWorld): HTMLElement {
  const byContact = new Map<number, Stats>();
  const byDeal = new Map<number, Stats>();
  for (const a of world.activities) {
    if (a.planned) continue;
    if (a.contactId !== undefined) count(byContact, a.contactId, a);
    if (a.dealId !== undefined) count(byDeal, a.dealId, a);
  }
  const rep = new Map(world.reps.map((r) => [r.id, r.name]));
  const none: Stats = { activities: 0, touches: 0, last: '' };
  const contacts = world.contacts
    .map((contact) => ({ contact, stats: byContact.get(contact.id) ?? none }))
    .sort((x, y) => y.stats.last.localeCompare(x.stats.last))
    .slice(0, LIST_ROWS);
  const contactRows = contacts.map(({ contact, stats }) => {
    const deals = world.deals.filter((d) => !d.closed && d.contactIds.includes(contact.id)).length;
    const name = `${contact.firstName} ${contact.lastName}`;
    return row(crm.contactPath(world, contact), name, [
      contact.company,
      contact.jobTitle,
      rep.get(contact.ownerId) ?? '',
      contact.lifecycleStage,
      String(stats.touches),
      String(stats.activities),
      String(deals),
      day(stats.last),
    ]);
  });
  const dealRows = world.deals.map((deal) => {
    const stats = byDeal.get(deal.id) ?? none;
    return row(crm.dealPath(world, deal), deal.name, [
      deal.stage,
      money.format(deal.amount),
      rep.get(deal.ownerId) ?? '',
      String(deal.contactIds.length),
      String(stats.activities),
      deal.closeDate,
      day(stats.last),
    ]);
  });
  return h(
    'section',
    { class: 'demo-record-list', 'aria-label': 'All records' },
    table(
      `Contacts (${world.contacts.length})`,
      [
        'Name',
        'Company',
        'Job title',
        'Owner',
        'Lifecycle stage',
        'Touches',
        'Activities',
        'Open deals',
        'Last activity',
      ],
      contactRows,
    ),
    table(
      `Deals (${world.deals.length})`,
      ['Deal', 'Stage', 'Amount', 'Owner', 'Contacts', 'Activities', 'Close date', 'Last activity'],
      dealRows,
    ),
  );
}

const TOUCH_TYPES = new Set(['call', 'email', 'meeting', 'social', 'sms']);

function count(stats: Map<number, Stats>, id: number, a: DemoWorld['activities'][number]): void {
  const entry = stats.get(id) ?? { activities: 0, touches: 0, last: '' };
  entry.activities += 1;
  if (TOUCH_TYPES.has(a.type)) entry.touches += 1;
  if (a.timestamp > entry.last) entry.last = a.timestamp;
  stats.set(id, entry);
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

function day(timestamp: string): string {
  return timestamp ? dayFormat.format(new Date(timestamp)) : '--';
}

function table(caption: string, headings: string[], rows: HTMLElement[]): HTMLElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, ...rows),
  );
}

function row(path: string, name: string, cells: string[]): HTMLElement {
  return h(
    'tr',
    { 'data-path': path },
    h('td', {}, h('a', { href: path }, name)),
    ...cells.map((cell) => h('td', {}, cell)),
  );
}

function h(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

void start();
