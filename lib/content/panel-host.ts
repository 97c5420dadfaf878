import { browser, type PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Crm } from '../schema/activity';
import { PANEL_ELEMENT } from './panel-element';
import '../../components/panel.css';
import '../../components/styles/menu.css';
import './style.css';

/** Page styles stay out of the shadow root (style.css then places the host, beating this reset). */
const HOST_RESET = ':host{all:initial !important;}';

/** Keys typed in the panel stop at its root: a note being typed must not trigger the CRM's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

/**
 * An open shadow root appended to <body>, so CRM styles do not leak in and ours do not leak out,
 * with the panel's stylesheet (WXT builds the CSS imported above into
 * `content-scripts/<crm>.css`, cssInjectionMode "ui"). Returns the element the panel renders
 * into. Written here rather than with WXT's createShadowRootUi, whose helpers weighed about a
 * tenth of the budget of what a page loads before the first numbers.
 */
export async function createPanelHost(ctx: ContentScriptContext, crm: Crm): Promise<HTMLElement> {
  const css = await loadCss(crm);
  const host = document.createElement(PANEL_ELEMENT);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${css.replaceAll(':root', ':host')}`;
  const body = document.createElement('body');
  for (const type of ISOLATED_EVENTS) body.addEventListener(type, (event) => event.stopPropagation());
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  document.body.append(host);
  keepMounted(ctx, host);
  ctx.onInvalidated(() => host.remove());
  return body;
}

async function loadCss(crm: Crm): Promise<string> {
  // Built by WXT from this entrypoint's CSS imports, so not among the typed public paths.
  const url = browser.runtime.getURL(`/content-scripts/${crm}.css` as PublicPath);
  try {
    return await (await fetch(url)).text();
  } catch (error) {
    console.warn('Touchline: panel styles not loaded', url, error);
    return '';
  }
}

/**
 * Single-page apps may re-render all of <body> (or replace it): put the panel back when it is
 * removed. Watches only the children of <html> and <body>, not the whole page.
 */
function keepMounted(ctx: ContentScriptContext, host: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (host.isConnected || ctx.isInvalid) return;
    document.body.append(host);
    observer.observe(document.body, { childList: true });
  });
  observer.observe(document.documentElement, { childList: true });
  observer.observe(document.body, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
}
