// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFullPanel } from '../../../entrypoints/full-panel/mount-full-panel';
import type { ShellActions } from '../../../lib/content/chunk-apis';
import { createPanelStore } from '../../../lib/content/panel-store';
import { fleetPilot, jordanLee } from '../components/view-fixtures';

const actions: ShellActions = {
  toggleCollapsed: vi.fn(),
  log: vi.fn(),
  undo: vi.fn(),
  editLogged: vi.fn(),
  saveTestPage: vi.fn(),
  pauseReading: vi.fn(),
  readAgain: vi.fn(),
};

let unmount = () => {};

afterEach(() => {
  unmount();
  document.body.replaceChildren();
});

/** As the content script hands it over: the shadow root's body, emptied of the shell. */
function mount(state: Parameters<typeof createPanelStore>[0]['state'], collapsed = false) {
  const container = document.createElement('div');
  document.body.append(container);
  const store = createPanelStore({ state, collapsed, undo: null, notice: null });
  unmount = mountFullPanel(container, store, actions);
  return { container, store };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const roots = (container: HTMLElement) => container.querySelectorAll('.touchline-root');
const shownRecord = (container: HTMLElement) => roots(container)[0]?.getAttribute('data-record');

describe('the whole panel taking over from the first numbers (issue 11)', () => {
  it('keeps the first numbers in view at every task until the whole panel takes their place', async () => {
    const { container } = mount({ status: 'ready', view: jordanLee() });
    const seen: { roots: number; parts: string | null; touches: boolean; lastTouch: boolean }[] = [];
    for (let task = 0; task < 200; task++) {
      const shown = roots(container);
      seen.push({
        roots: shown.length,
        parts: shown[0]?.getAttribute('data-parts') ?? null,
        touches: container.querySelector('[data-metric="touches-total"]') !== null,
        lastTouch: container.querySelector('[data-metric="days-since-last-touch"]') !== null,
      });
      if (seen.at(-1)?.parts === 'all') break;
      await nextTask();
    }
    expect(seen[0]).toEqual({ roots: 1, parts: 'first', touches: true, lastTouch: true });
    expect(seen.at(-1)?.parts).toBe('all');
    // More than one task went by with the first numbers shown: the whole panel was not drawn at once.
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((s) => s.roots !== 1 || !s.touches || !s.lastTouch)).toEqual([]);
    expect(container.querySelector('[data-action^="log-"]')).not.toBeNull();
  });

  it('draws nothing of the whole panel in the task it is mounted in', () => {
    const { container } = mount({ status: 'ready', view: jordanLee() });
    // The shell's view ends with its "loading" placeholder; the whole panel has log buttons and a menu.
    expect(container.querySelector('[aria-label="Touchline menu"]')).toBeNull();
    expect(container.querySelector('[data-action^="log-"]')).toBeNull();
    expect(roots(container)).toHaveLength(1);
  });

  it('shows what the store says before, while and after the whole panel takes over', async () => {
    const { container, store } = mount({ status: 'ready', view: jordanLee() });
    store.update({ state: { status: 'ready', view: fleetPilot() } });
    expect(shownRecord(container)).toBe(fleetPilot().recordKey);
    await nextTask();
    await nextTask();
    store.update({ state: { status: 'ready', view: jordanLee() } });
    await vi.waitFor(() => expect(shownRecord(container)).toBe(jordanLee().recordKey));
    await vi.waitFor(() => expect(roots(container)[0]?.getAttribute('data-parts')).toBe('all'));
    expect(roots(container)).toHaveLength(1);
    expect(container.querySelector('.tl-view[data-kind="contact"]')).not.toBeNull();
    store.update({ state: { status: 'error', message: 'No deal' } });
    await vi.waitFor(() => expect(roots(container)[0]?.getAttribute('data-state')).toBe('error'));
    expect(roots(container)).toHaveLength(1);
  });

  it('takes over a task later when there are no sections to wait for (the folded tab)', async () => {
    const { container } = mount({ status: 'ready', view: jordanLee() }, true);
    expect(container.querySelector('[data-action="collapse"]')?.getAttribute('aria-expanded')).toBe('false');
    await vi.waitFor(() => expect(roots(container)[0]?.getAttribute('data-parts')).toBe('all'));
    expect(roots(container)).toHaveLength(1);
  });

  it('leaves the container empty when unmounted, also before it took over', async () => {
    const { container } = mount({ status: 'ready', view: jordanLee() });
    unmount();
    unmount = () => {};
    expect(container.childNodes).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.childNodes).toHaveLength(0);
  });
});
