/**
 * lib/content/settings-changes.ts reads the shown page again when retention changes (lowered, "the
 * answer says afresh what the page shows that is too old to keep": docs/your-data.md, "A record whose
 * page shows only activities older than retention keeps is never shown as one without activity").
 * Before any setting is saved, retention is the default 400 days (lib/schema/settings.ts). When the
 * first save ever is a retention of 30 days, the stored old value is absent and retentionChanged
 * says "no change": the panel only asks for the view again, which carries no word about the
 * page's activities now too old to keep, until the page is read again.
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
});

describe('the first settings save ever lowers retention from the default 400 days to 30', () => {
  it('reads the shown page again, as any other change of retention does', async () => {
    const store = createPanelStore({
      state: { status: 'ready', view: jordanLee() },
      collapsed: false,
      undo: null,
      notice: null,
    });
    ask.mockResolvedValue({ ok: true, view: jordanLee() });
    const stop = followSettings(store, readAgain);
    // Nothing stored yet: 400 days in force. The options page saves the whole settings once.
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings('UTC'), retentionDays: 30 } });
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop();
    expect(readAgain).toHaveBeenCalledTimes(1);
  });
});
