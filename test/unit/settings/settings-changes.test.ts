import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jordanLee } from '../components/view-fixtures';

const ask = vi.fn();
vi.mock('../../../lib/content/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));

const { followSettings } = await import('../../../lib/content/settings-changes');
const { createPanelStore } = await import('../../../lib/content/panel-store');

const shown = jordanLee();
const storeShowing = () =>
  createPanelStore({ state: { status: 'ready', view: shown }, collapsed: false, undo: null, notice: null });

const readAgain = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  ask.mockReset();
  readAgain.mockReset();
});

describe('open panels follow the settings', () => {
  it('asks the background for the shown record’s view again when the settings change, and shows it', async () => {
    const store = storeShowing();
    const recomputed = { ...shown, motion: 'enterprise' as const };
    ask.mockResolvedValue({ ok: true, view: recomputed });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { motion: 'enterprise' } });
    await vi.waitFor(() => expect(store.get().state).toEqual({ status: 'ready', view: recomputed }));
    expect(ask).toHaveBeenCalledWith('getView', { recordKey: shown.recordKey });
    stop();
  });

  it('ignores other keys and stops when told', async () => {
    const store = storeShowing();
    ask.mockResolvedValue({ ok: true, view: shown });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ 'collapsed:hubspot': true });
    stop();
    await fakeBrowser.storage.local.set({ settings: { motion: 'smb' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps another record the user moved to while the view was computed', async () => {
    const store = storeShowing();
    const other = { ...shown, recordKey: 'hubspot:1:contact:other' };
    ask.mockImplementation(async () => {
      store.update({ state: { status: 'ready', view: other } });
      return { ok: true, view: { ...shown, motion: 'smb' } };
    });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { motion: 'smb' } });
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.get().state).toEqual({ status: 'ready', view: other });
    stop();
  });

  it('reads the page again when retention changes, since what it keeps of the page changes', async () => {
    const store = storeShowing();
    ask.mockResolvedValue({ ok: true, view: shown });
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 90 } });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 90, motion: 'smb' } });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    expect(readAgain).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30, motion: 'smb' } });
    await vi.waitFor(() => expect(readAgain).toHaveBeenCalledTimes(1));
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 400, motion: 'smb' } });
    await vi.waitFor(() => expect(readAgain).toHaveBeenCalledTimes(2));
    expect(ask).toHaveBeenCalledTimes(1);
    stop();
  });

  it("never reads an erased record's page again on a settings change", async () => {
    const store = storeShowing();
    store.update({ erased: { recordKey: shown.recordKey, message: 'Erased' } });
    ask.mockResolvedValue({ ok: false, error: { kind: 'not-found', message: 'none' } });
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 400 } });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    expect(readAgain).not.toHaveBeenCalled();
    stop();
  });
});
