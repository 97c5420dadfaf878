import type { PanelState } from '../../components/panel-state';
import { el } from './element';
import { firstNumbers } from './first-numbers';
import type { PanelModel, PanelStore } from './panel-store';

/**
 * The panel until the whole Preact panel (entrypoints/full-panel) takes over: the frame, the
 * collapse control, the reading skeleton, what went wrong, and a record's first numbers. Redrawn
 * from the store on every change; `stop()` hands the container over. `data-parts="first"` says
 * that the rest is still loading (the full panel sets `all`).
 */
export function showShell(container: HTMLElement, store: PanelStore, onToggleCollapsed: () => void) {
  const draw = (model: PanelModel) => container.replaceChildren(shellRoot(model, onToggleCollapsed));
  draw(store.get());
  const unsubscribe = store.subscribe(draw);
  return {
    stop() {
      unsubscribe();
      container.replaceChildren();
    },
  };
}

function shellRoot({ state, collapsed, notRead }: PanelModel, onToggleCollapsed: () => void): HTMLElement {
  const root = el('div', {
    class: 'touchline-root',
    'data-state': state.status,
    'data-record': state.status === 'ready' ? state.view.recordKey : undefined,
    'data-parts': 'first',
  });
  if (state.status === 'not-record') return root;
  const toggle = collapseButton(collapsed);
  toggle.addEventListener('click', onToggleCollapsed);
  if (collapsed) {
    root.append(el('aside', { class: 'tl-panel tl-panel--collapsed', 'aria-label': 'Touchline' }, toggle));
    return root;
  }
  const period = state.status === 'ready' ? state.view.period.label : undefined;
  const header = el(
    'header',
    { class: 'tl-header' },
    el('span', { class: 'tl-brand' }, 'Touchline'),
    period &&
      el(
        'span',
        {
          class: 'tl-period',
          title:
            'Touches, rates and gaps are for this period; the band (last 30 days), last touch, next step and recent touches are not',
        },
        period,
      ),
    toggle,
  );
  const body = el('div', { class: 'tl-body' }, bodyOf(state, notRead));
  root.append(el('aside', { class: 'tl-panel', 'aria-label': 'Touchline', 'data-status': state.status }, header, body));
  return root;
}

/** The same control, labels and `data-action` as the full panel's (Panel.tsx and Header.tsx). */
function collapseButton(collapsed: boolean): HTMLElement {
  return el(
    'button',
    {
      type: 'button',
      class: collapsed ? 'tl-tab' : 'tl-icon-button',
      'data-action': 'collapse',
      'aria-expanded': collapsed ? 'false' : 'true',
      'aria-label': collapsed ? 'Expand the Touchline panel' : 'Collapse the Touchline panel',
    },
    el('span', { 'aria-hidden': 'true' }, collapsed ? 'Touchline' : '›'),
  );
}

function bodyOf(state: Exclude<PanelState, { status: 'not-record' }>, notRead: PanelModel['notRead']): HTMLElement {
  switch (state.status) {
    case 'ready':
      return firstNumbers(state.view, notRead ?? []);
    case 'reading':
      return el(
        'div',
        { class: 'tl-skeleton', 'aria-busy': 'true' },
        el('p', { class: 'tl-skeleton-text', role: 'status' }, 'Reading this page…'),
        el('div', { class: 'tl-skeleton-line tl-skeleton-line--wide' }),
        el('div', { class: 'tl-skeleton-line' }),
        el('div', { class: 'tl-skeleton-line' }),
        el('div', { class: 'tl-skeleton-line tl-skeleton-line--short' }),
      );
    case 'unreadable':
      return message('Touchline cannot read this page', state.reason);
    case 'error':
      return message('Touchline could not load its data', state.message);
  }
}

function message(title: string, text: string): HTMLElement {
  return el(
    'div',
    { class: 'tl-message', role: 'alert' },
    el('p', { class: 'tl-message-title' }, title),
    el('p', {}, text),
  );
}
