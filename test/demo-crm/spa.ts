import { demo as hubspot } from './hubspot/index';
import { demo as pipedrive } from './pipedrive/index';
import { demo as salesforce } from './salesforce/index';
import { type DemoWorld, demoWorldSchema } from './world';

/**
 * The demo CRM's single-page app shell: loads the world as JSON once, then renders each route
 * as a CRM app does, placeholders first and the record once its data "arrives", and follows
 * in-app links with pushState instead of page loads.
 */
const DEMOS = [hubspot, salesforce, pipedrive];
const demo = DEMOS.find((d) => d.host === location.hostname);
/** How long a route shows its loading placeholders: long enough for Touchline to see them. */
const DATA_DELAY_MS = 150;

async function start(): Promise<void> {
  if (!demo) throw new Error(`No demo CRM for ${location.hostname}`);
  const style = document.createElement('style');
  style.textContent = demo.css;
  document.head.append(style);
  const world = demoWorldSchema.parse(await (await fetch('/__demo/world.json')).json());
  document.addEventListener('click', (event) => followLink(event, world));
  window.addEventListener('popstate', () => route(world));
  route(world);
}

let routeToken = 0;

function route(world: DemoWorld): void {
  if (!demo) return;
  const token = ++routeToken;
  const url = new URL(location.href);
  demo.render(document, url, world, 'loading');
  setTimeout(() => {
    if (token === routeToken) demo.render(document, url, world, 'ready');
  }, DATA_DELAY_MS);
}

function followLink(event: MouseEvent, world: DemoWorld): void {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== location.origin || event.defaultPrevented) return;
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', anchor.href);
  route(world);
}

void start();
