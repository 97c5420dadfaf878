import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type PanelActions, PanelRoot } from './PanelRoot';
import { PANEL_ELEMENT } from './panel-element';
import type { PanelStore } from './panel-store';
import '../../components/panel.css';
import '../../components/styles/menu.css';
import './style.css';

/**
 * Mounts the panel in an open shadow root appended to <body>, so CRM styles do not leak in and
 * ours do not leak out. Key events stop at the shadow root: typing a note must not trigger the
 * CRM's own keyboard shortcuts.
 */
export async function mountPanel(ctx: ContentScriptContext, store: PanelStore, actions: PanelActions) {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: PANEL_ELEMENT,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container) {
      render(<PanelRoot store={store} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  keepMounted(ctx, ui.shadowHost);
}

/**
 * Single-page apps may re-render all of <body> (or replace it): put the panel back when it is
 * removed. Watches only the children of <html> and <body>, not the whole page.
 */
function keepMounted(ctx: ContentScriptContext, host: HTMLElement): void {
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    document.body.append(host);
    observer.observe(document.body, { childList: true });
  });
  observer.observe(document.documentElement, { childList: true });
  observer.observe(document.body, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
}
