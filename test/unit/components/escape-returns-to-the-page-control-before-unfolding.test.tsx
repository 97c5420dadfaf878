// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** The panel's folded state kept as the content script keeps it. */
function Folding() {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Panel
      state={{ status: 'ready', view: jordanLee() }}
      collapsed={collapsed}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      onLog={vi.fn()}
      onUndo={vi.fn()}
      onEditLogged={vi.fn()}
      undo={null}
      loadTrendChart={() => new Promise<TrendChartModule>(() => {})}
    />
  );
}

/** Two CRM page controls, and the panel in an open shadow root as lib/content/panel-host.ts mounts it. */
function mount() {
  const search = document.createElement('button');
  search.textContent = 'Search the CRM';
  const edit = document.createElement('button');
  edit.textContent = 'Edit contact';
  const host = document.createElement('touchline-panel');
  document.body.append(search, edit, host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  render(<Folding />, { container });
  const inPanel = (label: string) => container.querySelector<HTMLElement>(`[aria-label="${label}"]`) as HTMLElement;
  const focused = () => (host.shadowRoot?.activeElement as HTMLElement | null) ?? document.activeElement;
  return { search, edit, inPanel, focused };
}

/**
 * Escape in the panel folds it and gives focus back to the page element focus came from
 * (escape-fold.ts, decisions.md). A keyboard user who comes from the page onto the folded tab and
 * unfolds it never enters the unfolded panel from the page: where they came from is noted on the
 * tab, not left as the page element of an earlier visit.
 */
it('gives focus back, on Escape, to the page control the user came from to unfold the panel', () => {
  const { search, edit, inPanel, focused } = mount();
  // An earlier visit: from the search box into the panel, then folded with the collapse button.
  search.focus();
  inPanel('Collapse the Touchline panel').focus();
  fireEvent.click(inPanel('Collapse the Touchline panel'));

  // Later: from "Edit contact" onto the folded tab, unfolded with Enter, then Escape.
  edit.focus();
  inPanel('Expand the Touchline panel').focus();
  fireEvent.click(inPanel('Expand the Touchline panel'));
  expect(focused()).toBe(inPanel('Collapse the Touchline panel'));
  fireEvent.keyDown(inPanel('Collapse the Touchline panel'), { key: 'Escape' });

  expect(inPanel('Expand the Touchline panel')).not.toBeNull();
  expect(document.activeElement).toBe(edit);
});

it('leaves the folded tab as it is on Escape', () => {
  const { edit, inPanel } = mount();
  fireEvent.click(inPanel('Collapse the Touchline panel'));
  edit.focus();
  inPanel('Expand the Touchline panel').focus();

  fireEvent.keyDown(inPanel('Expand the Touchline panel'), { key: 'Escape' });

  expect(inPanel('Expand the Touchline panel')).not.toBeNull();
  expect(inPanel('Collapse the Touchline panel')).toBeNull();
});
