// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PanelActions, PanelRoot } from '../../../lib/content/PanelRoot';
import { createPanelStore } from '../../../lib/content/panel-store';
import { yieldToPage } from '../../../lib/yield-to-page';
import { fleetPilot, jordanLee } from '../components/view-fixtures';

const actions: PanelActions = {
  toggleCollapsed: vi.fn(),
  log: vi.fn(),
  undo: vi.fn(),
  editLogged: vi.fn(),
  loadTrendChart: vi.fn(),
  saveTestPage: vi.fn(),
};

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(state: Parameters<typeof createPanelStore>[0]['state'], collapsed = false) {
  container = document.createElement('div');
  document.body.append(container);
  const store = createPanelStore({ state, collapsed, undo: null, notice: null });
  render(<PanelRoot store={store} actions={actions} />, container);
  return store;
}

/** PanelRoot draws a store update a task after the one that made it (queued before this wait). */
const rendered = () => yieldToPage();

const root = () => container.querySelector('.touchline-root');
const sections = () => container.querySelector('.tl-view')?.children.length ?? 0;

describe('the whole panel’s first render, a few sections per task (issue 11)', () => {
  it('draws a contact’s title at once and every other card, the first numbers too, in later tasks', async () => {
    mount({ status: 'ready', view: jordanLee() });
    // What the synchronous render drew: the title, and not yet the rest (the shell shows the first numbers meanwhile).
    expect(root()?.getAttribute('data-state')).toBe('ready');
    expect(root()?.getAttribute('data-parts')).toBe('first');
    expect(container.querySelector('.tl-title')).not.toBeNull();
    expect(container.querySelector('[data-metric="touches-total"]')).toBeNull();
    const first = sections();
    await vi.waitFor(() => expect(root()?.getAttribute('data-parts')).toBe('all'));
    expect(sections()).toBeGreaterThan(first);
    expect(container.querySelector('[data-metric="touches-total"]')).not.toBeNull();
    expect(container.querySelector('[data-action^="log-"]')).not.toBeNull();
  });

  it('says `all` only once the last section is in the DOM', async () => {
    mount({ status: 'ready', view: fleetPilot() });
    const seen: { parts: string | null; log: boolean }[] = [];
    await vi.waitFor(() => {
      seen.push({
        parts: root()?.getAttribute('data-parts') ?? null,
        log: container.querySelector('[data-action^="log-"]') !== null,
      });
      expect(root()?.getAttribute('data-parts')).toBe('all');
    });
    expect(seen.filter((s) => s.parts === 'all' && !s.log)).toEqual([]);
  });

  it('draws a record the route moved to in stages again', async () => {
    const store = mount({ status: 'ready', view: jordanLee() });
    await vi.waitFor(() => expect(root()?.getAttribute('data-parts')).toBe('all'));
    store.update({ state: { status: 'reading' } });
    await rendered();
    expect(root()?.getAttribute('data-parts')).toBe('all');
    store.update({ state: { status: 'ready', view: fleetPilot() } });
    await rendered();
    expect(root()?.getAttribute('data-state')).toBe('ready');
    expect(root()?.getAttribute('data-parts')).toBe('first');
    await vi.waitFor(() => expect(root()?.getAttribute('data-parts')).toBe('all'));
    expect(container.querySelector('.tl-view[data-kind="deal"]')).not.toBeNull();
  });

  it('has nothing left to draw for a message or the folded tab', async () => {
    mount({ status: 'error', message: 'No contact' });
    expect(root()?.getAttribute('data-parts')).toBe('all');
    render(null, container);
    mount({ status: 'ready', view: jordanLee() }, true);
    expect(root()?.getAttribute('data-parts')).toBe('all');
  });
});

describe('the store and the first render', () => {
  it('draws an update a task after the one that made it, the latest of a burst', async () => {
    const store = mount({ status: 'error', message: 'No contact on this page' });
    // Preact subscribes in an effect, run after a frame (or 35 ms without one).
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A route change updates the store inside the CRM's own navigation task (record-session.ts).
    store.update({ state: { status: 'reading' } });
    store.update({ state: { status: 'error', message: 'Not a record page' } });
    await Promise.resolve();
    expect(container.textContent).toContain('No contact on this page');
    await rendered();
    expect(container.textContent).toContain('Not a record page');
  });

  it('shows an update made between the first render and its effects', async () => {
    const store = mount({ status: 'reading' });
    // Same task as the render: Preact subscribes in an effect, which runs only after a paint.
    store.update({ state: { status: 'ready', view: jordanLee() } });
    await vi.waitFor(() => expect(root()?.getAttribute('data-state')).toBe('ready'));
  });
});
