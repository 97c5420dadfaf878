import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { choosePeriod } from '../../../lib/background/choose-period';
import { openPage } from '../../../lib/background/open-page';
import { openOptionsFromToolbar } from '../../../lib/background/toolbar-button';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the background’s settings messages', () => {
  it('saves the chosen period and keeps the other settings', async () => {
    await updateSettings({ motion: 'smb' });
    expect(await choosePeriod({ period: 'last-quarter' })).toEqual({ ok: true });
    expect(await loadSettings()).toMatchObject({ period: 'last-quarter', motion: 'smb' });
  });

  it('refuses a period the switch does not offer and changes nothing', async () => {
    expect(await choosePeriod({ period: '60d' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await loadSettings()).period).toBe('30d');
  });

  it('opens the options page the browser’s way and the team page in a tab', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openPage({ page: 'options' })).toEqual({ ok: true });
    expect(openOptionsPage).toHaveBeenCalledOnce();
    expect(await openPage({ page: 'team' })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/team\.html$/) });
    expect(await openPage({ page: 'popup' })).toMatchObject({ ok: false });
  });
});

describe('the toolbar button', () => {
  it('opens the options page (no popup)', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    openOptionsFromToolbar();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never, undefined as never);
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
