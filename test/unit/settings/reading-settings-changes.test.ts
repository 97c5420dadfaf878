/**
 * lib/content/settings-changes.ts reads the shown page again when a save changes a setting the
 * reading's answer depends on (lib/background/older-not-kept.ts: retention, the follow-up limit,
 * and whether a kept touch counts), and otherwise only asks for the view again. A copy holding no
 * value stands for the default in force; the content script keeps those defaults itself (it does not
 * load zod), so they are held equal to lib/schema/settings.ts here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/schema/settings';
import { jordanLee } from '../components/view-fixtures';

const ask = vi.fn();
vi.mock('../../../lib/content/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));
const { followSettings } = await import('../../../lib/content/settings-changes');
const { createPanelStore } = await import('../../../lib/content/panel-store');

const readAgain = vi.fn();
beforeEach(() => {
  fakeBrowser.reset();
  ask.mockReset();
  readAgain.mockReset();
  ask.mockResolvedValue({ ok: true, view: jordanLee() });
});

/** How the panel answers one save of `next` over `stored` (undefined: nothing stored yet). */
async function afterSave(stored: unknown, next: unknown): Promise<'read again' | 'view asked'> {
  if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
  const store = createPanelStore({
    state: { status: 'ready', view: jordanLee() },
    collapsed: false,
    undo: null,
    notice: null,
  });
  const stop = followSettings(store, readAgain);
  await fakeBrowser.storage.local.set({ settings: next });
  await new Promise((resolve) => setTimeout(resolve, 20));
  stop();
  expect(readAgain.mock.calls.length + ask.mock.calls.length).toBe(1);
  return readAgain.mock.calls.length === 1 ? 'read again' : 'view asked';
}

const defaults = defaultSettings('UTC');

describe('which saves read the shown page again', () => {
  it('the first save ever, of the defaults with another motion: only the view is asked for', async () => {
    expect(await afterSave(undefined, { ...defaults, motion: 'enterprise' })).toBe('view asked');
  });

  it('the first save ever, raising the follow-up limit from the default 14 to 60: read again', async () => {
    expect(await afterSave(undefined, { ...defaults, followUpDays: 60 })).toBe('read again');
  });

  it('"count automated touches" or "count completed tasks" turned over: read again (whether any kept touch counts)', async () => {
    expect(await afterSave(defaults, { ...defaults, countAutomated: false })).toBe('read again');
    readAgain.mockReset();
    ask.mockClear();
    expect(await afterSave(defaults, { ...defaults, countCompletedTasks: true })).toBe('read again');
  });

  it('the period switched in the panel: only the view is asked for', async () => {
    expect(await afterSave(defaults, { ...defaults, period: '7d' })).toBe('view asked');
  });

  it('a damaged stored retention stands for the default: saving 400 over it is no change', async () => {
    expect(await afterSave({ ...defaults, retentionDays: 'many' }, { ...defaults, motion: 'smb' })).toBe('view asked');
  });
});
