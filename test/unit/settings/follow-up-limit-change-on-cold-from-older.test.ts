/**
 * docs/settings.md: "Saved settings apply in every open tab at once: open panels ... compute their
 * numbers again without a reload." A contact whose page shows only touches older than retention is
 * shown gone cold by the page reading's answer (lib/background/older-not-kept.ts) when the page's
 * latest touch is more days back than the follow-up limit (30 days kept, limit 14: the call 45 days
 * ago is past it). Raising the follow-up limit to 60 on the options page makes it not cold (45 days
 * are within 60); lowering it from 60 to 14 makes it cold.
 * followSettings (lib/content/settings-changes.ts) only re-reads the page when retention changes;
 * for the follow-up limit it asks for the view again and keepOlderNotKept carries the old verdict,
 * with the old limit in its words, until the page is read again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withOlderNotKept } from '../../../lib/background/older-not-kept';
import type { ReadOk } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { jordanLee } from '../components/view-fixtures';

const ask = vi.fn();
vi.mock('../../../lib/content/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));
const { followSettings } = await import('../../../lib/content/settings-changes');
const { createPanelStore } = await import('../../../lib/content/panel-store');

const NOW = new Date('2026-11-20T15:00:00Z');
const DAY = 86_400_000;

/** What the background gives for a contact with no kept touch: nothing since, not cold. */
function noKeptTouch(): ContactView {
  const view = jordanLee();
  return { ...view, daysSinceLastTouch: null, cadence: { ...view.cadence, daysSinceLastTouch: null, goneCold: false } };
}

/** The page shows one outbound call, 45 days ago: older than the 30 days kept. */
const reading = {
  activities: [
    {
      type: 'call',
      direction: 'outbound',
      title: 'Intro call',
      timestamp: new Date(NOW.getTime() - 45 * DAY).toISOString(),
    },
  ],
  crmFigures: {},
} as unknown as ReadOk;

const readAgain = vi.fn();
beforeEach(() => {
  fakeBrowser.reset();
  ask.mockReset();
  readAgain.mockReset();
});

const cold = (view: unknown) => (view as ContactView).cadence.goneCold;

describe('an open contact panel gone cold from older page touches, when the follow-up limit changes', () => {
  it('no longer says gone cold "(follow-up limit 14)" once the limit is raised to 60 (the 45-day-old call is within it)', async () => {
    const shown = withOlderNotKept(noKeptTouch(), reading, NOW, {
      retentionDays: 30,
      followUpDays: 14,
      timeZone: 'UTC',
    });
    expect(cold(shown)).toBe(true); // the reading's answer, worked by hand: 45 days back > 14
    // What a reading under the new limit says, worked by hand: 45 days back ≤ 60: not cold.
    expect(
      cold(withOlderNotKept(noKeptTouch(), reading, NOW, { retentionDays: 30, followUpDays: 60, timeZone: 'UTC' })),
    ).toBe(false);

    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30, followUpDays: 14 } });
    const store = createPanelStore({
      state: { status: 'ready', view: shown },
      collapsed: false,
      undo: null,
      notice: null,
    });
    ask.mockResolvedValue({ ok: true, view: noKeptTouch() });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30, followUpDays: 60 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();

    const state = store.get().state;
    const view = state.status === 'ready' ? (state.view as ContactView) : undefined;
    // Either the page is read again under the new limit, or the stale verdict is gone.
    const staleColdShown = readAgain.mock.calls.length === 0 && view !== undefined && view.cadence.goneCold;
    expect(staleColdShown ? view?.cadence.goneColdReason : 'not stale').toBe('not stale');
  });

  it('says gone cold once the limit is lowered from 60 to 14 (30 days kept, the page’s last touch 45 days ago)', async () => {
    const shown = withOlderNotKept(noKeptTouch(), reading, NOW, {
      retentionDays: 30,
      followUpDays: 60,
      timeZone: 'UTC',
    });
    expect(cold(shown)).toBe(false);

    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30, followUpDays: 60 } });
    const store = createPanelStore({
      state: { status: 'ready', view: shown },
      collapsed: false,
      undo: null,
      notice: null,
    });
    ask.mockResolvedValue({ ok: true, view: noKeptTouch() });
    const stop = followSettings(store, readAgain);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30, followUpDays: 14 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();

    const state = store.get().state;
    const view = state.status === 'ready' ? (state.view as ContactView) : undefined;
    expect(readAgain.mock.calls.length > 0 || cold(view)).toBe(true);
  });
});
