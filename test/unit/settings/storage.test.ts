import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BANDS, DEFAULT_CADENCES, defaultSettings } from '../../../lib/schema/settings';

/** The settings as 0.2.0 stored them: under `local:settings`, with no version beside them. */
const version1 = {
  motion: 'enterprise',
  period: { kind: 'last-days', days: 7 },
  cadences: { ...DEFAULT_CADENCES, smb: [{ day: 0, channel: 'call' }] },
  followUpLimitDays: 21,
  businessDays: false,
  countAutomated: false,
  countCompletedTasks: true,
  defaultStageDays: 30,
  timeZone: 'Europe/Berlin',
};

/** The storage module migrates when it is first loaded, as the background does on start. */
async function freshStorageModule() {
  vi.resetModules();
  return import('../../../lib/settings/storage');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('gives the defaults, in the browser’s zone, when nothing is stored', async () => {
    const { loadSettings } = await freshStorageModule();
    expect(await loadSettings()).toEqual(defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone));
  });

  it('upgrades a 0.2.0 settings object and keeps every value it held', async () => {
    await fakeBrowser.storage.local.set({ settings: version1 });
    const { loadSettings } = await freshStorageModule();
    const settings = await loadSettings();
    expect(settings).toEqual({
      motion: 'enterprise',
      period: '7d',
      bands: DEFAULT_BANDS,
      cadences: { ...DEFAULT_CADENCES, smb: [{ day: 0, channel: 'call' }] },
      followUpDays: 21,
      businessDays: false,
      countAutomated: false,
      countCompletedTasks: true,
      defaultStageDays: 30,
      watchFactor: 1.5,
      stalledFactor: 2,
      timeZone: 'Europe/Berlin',
      retentionDays: 400,
      yourNames: {},
    });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).not.toHaveProperty('followUpLimitDays');
    expect(stored.settings).toMatchObject({ followUpDays: 21, period: '7d' });
  });

  it.each([
    [{ kind: 'quarter' }, 'this-quarter'],
    [{ kind: 'last-days', days: 90 }, '90d'],
    [{ kind: 'last-days', days: 45 }, '30d'],
    [{ kind: 'custom', start: '2026-09-01T00:00:00Z', end: '2026-09-30T00:00:00Z' }, '30d'],
  ])('turns the old period %j into the choice %s', async (period, choice) => {
    await fakeBrowser.storage.local.set({ settings: { ...version1, period } });
    const { loadSettings } = await freshStorageModule();
    expect((await loadSettings()).period).toBe(choice);
  });

  it('replaces only the stored values that no longer pass the schema', async () => {
    await fakeBrowser.storage.local.set({
      settings: { motion: 'enterprise', followUpDays: -3, timeZone: 'Mars/Olympus' },
      settings$: { v: 2 },
    });
    const { loadSettings } = await freshStorageModule();
    const settings = await loadSettings();
    expect(settings.motion).toBe('enterprise');
    expect(settings.followUpDays).toBe(14);
    expect(settings.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('keeps a stored name in a CRM, and drops an unknown CRM or an overlong name', async () => {
    await fakeBrowser.storage.local.set({ settings: { yourNames: { pipedrive: 'Alex Morgan' } }, settings$: { v: 2 } });
    expect((await (await freshStorageModule()).loadSettings()).yourNames).toEqual({ pipedrive: 'Alex Morgan' });
    await fakeBrowser.storage.local.set({ settings: { yourNames: { zoho: 'Alex' } }, settings$: { v: 2 } });
    expect((await (await freshStorageModule()).loadSettings()).yourNames).toEqual({});
    await fakeBrowser.storage.local.set({ settings: { yourNames: { hubspot: 'x'.repeat(201) } }, settings$: { v: 2 } });
    expect((await (await freshStorageModule()).loadSettings()).yourNames).toEqual({});
  });

  it('saves valid settings and refuses invalid ones without writing', async () => {
    const { loadSettings, saveSettings } = await freshStorageModule();
    const settings = await loadSettings();
    await saveSettings({ ...settings, motion: 'smb', watchFactor: 1.2 });
    expect(await loadSettings()).toMatchObject({ motion: 'smb', watchFactor: 1.2 });
    await expect(saveSettings({ ...settings, watchFactor: 3, stalledFactor: 2 })).rejects.toThrow(/stalled/);
    expect(await loadSettings()).toMatchObject({ motion: 'smb', watchFactor: 1.2, stalledFactor: 2 });
  });

  it('notes the cutoff each pruning run applied; a raise counts from the latest one', async () => {
    const { keptFrom } = await import('../../../lib/settings/kept-from');
    const { loadSettings, notePruneRun, saveSettings } = await freshStorageModule();
    const settings = await loadSettings();
    const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`);
    await saveSettings({ ...settings, retentionDays: 30 });
    expect((await loadSettings()).prunedBefore).toBeUndefined();
    // The daily run on 1 October deleted what was older than 30 days then (1 September).
    await notePruneRun('2026-09-01T12:00:00.000Z');
    // Raised on 1 November: the cache starts where that run cut it, not 90 days back.
    await saveSettings({ ...(await loadSettings()), retentionDays: 90 });
    const raised = await loadSettings();
    expect(raised.prunedBefore).toBe('2026-09-01T12:00:00.000Z');
    expect(keptFrom(raised, day('2026-11-01')).toISOString()).toBe('2026-09-01T12:00:00.000Z');
    // An older run's cutoff never moves the mark back.
    await notePruneRun('2026-08-01T12:00:00.000Z');
    expect((await loadSettings()).prunedBefore).toBe('2026-09-01T12:00:00.000Z');
    // A form loaded before the run, saved afterwards with another change, keeps the note.
    await saveSettings({ ...settings, motion: 'smb' });
    expect(await loadSettings()).toMatchObject({ motion: 'smb', prunedBefore: '2026-09-01T12:00:00.000Z' });
  });

  it('leaves no mark when retention is lowered and raised again before any pruning run', async () => {
    const { keptFrom } = await import('../../../lib/settings/kept-from');
    const { loadSettings, notePruneRun, saveSettings } = await freshStorageModule();
    // Last run under 400 days, on 20 November.
    await notePruneRun('2025-10-16T12:00:00.000Z');
    await saveSettings({ ...(await loadSettings()), retentionDays: 40 });
    await saveSettings({ ...(await loadSettings()), retentionDays: 400 });
    const now = new Date('2026-11-20T15:00:00.000Z');
    expect(keptFrom(await loadSettings(), now).toISOString()).toBe('2025-10-16T15:00:00.000Z');
  });

  it('tells watchers about a change saved anywhere', async () => {
    const { updateSettings, watchSettings } = await freshStorageModule();
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.motion));
    await updateSettings({ motion: 'inbound' });
    await vi.waitFor(() => expect(seen).toEqual(['inbound']));
    stop();
    await updateSettings({ motion: 'smb' });
    expect(seen).toEqual(['inbound']);
  });
});
