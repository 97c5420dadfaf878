import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { layoutSetting } from '../../../lib/content/layout-setting';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the layout setting', () => {
  it('is overlay until the user chooses otherwise', async () => {
    expect(await layoutSetting('hubspot').get()).toBe('overlay');
  });

  it('remembers make room, and overlay again after it', async () => {
    await layoutSetting('hubspot').set('make-room');
    expect(await layoutSetting('hubspot').get()).toBe('make-room');
    await layoutSetting('hubspot').set('overlay');
    expect(await layoutSetting('hubspot').get()).toBe('overlay');
  });

  it('is remembered per CRM: make room on HubSpot leaves Pipedrive and Salesforce over the page', async () => {
    await layoutSetting('hubspot').set('make-room');
    expect(await layoutSetting('pipedrive').get()).toBe('overlay');
    expect(await layoutSetting('salesforce').get()).toBe('overlay');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'layout:hubspot': 'make-room' });
  });

  it('reads anything else stored under its key as overlay', async () => {
    for (const stored of ['beside', true, 1, { layout: 'make-room' }, null]) {
      await fakeBrowser.storage.local.set({ 'layout:salesforce': stored });
      expect(await layoutSetting('salesforce').get()).toBe('overlay');
    }
  });
});
