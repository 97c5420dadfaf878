// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFullPanel } from '../../../entrypoints/full-panel/mount-full-panel';
import type { ShellActions } from '../../../lib/content/chunk-apis';
import { createPanelStore } from '../../../lib/content/panel-store';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { jordanLee } from '../components/view-fixtures';

/**
 * metrics.md / task: where the page had data Touchline could not read, the panel must say "not read",
 * never a confident "0". The full Preact panel does (TimelineNotRead); the first-numbers shell that the
 * rep sees while the whole panel loads must not contradict it with "0 touches" and "no touches yet".
 */
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

const TIMELINE: NotRead = { field: 'activities', reason: 'no activity timeline on the page' };

/** A contact with nothing stored, as the background builds it: zeros, no last touch. */
function nothingStored(): ContactView {
  const view = jordanLee();
  return {
    ...view,
    touches: {
      ...view.touches,
      total: 0,
      manual: 0,
      automated: 0,
      inbound: 0,
      byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
    },
    activitiesRead: 0,
    daysSinceLastTouch: null,
    recent: [],
    cadence: { ...view.cadence, daysSinceLastTouch: null, touchTimes: [], gaps: [] },
  };
}

describe('first numbers on a page whose activity timeline was not read', () => {
  it('do not show a confident 0 touches / "no touches yet" while the whole panel loads', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const store = createPanelStore({
      state: { status: 'ready', view: nothingStored() },
      collapsed: false,
      undo: null,
      notice: null,
      notRead: [TIMELINE],
    });
    unmount = mountFullPanel(container, store, actions);
    // What the rep sees in the first task (the shell), before the whole panel takes over.
    const total = container.querySelector<HTMLElement>('[data-metric="touches-total"]');
    const last = container.querySelector<HTMLElement>('[data-metric="days-since-last-touch"]');
    expect(total?.dataset.value).toBe('');
    expect(total?.dataset.reason).toBe('activities-not-read');
    expect(last?.dataset.value).toBe('');
    expect(container.textContent).not.toMatch(/\b0 touches\b/);
    expect(container.textContent).not.toMatch(/no touches yet/);
  });
});
