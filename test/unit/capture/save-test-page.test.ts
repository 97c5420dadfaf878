import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveTestPage, TEST_PAGE_KEY } from '../../../lib/background/capture';

const page = {
  html: '<!-- saved from url=(0010)https://x/ -->\n<html></html>',
  fileName: 'touchline-test-page-hubspot-contact-2026-11-20.html',
  pageUrl: 'https://app.hubspot.com/contacts/1/record/0-1/2',
  counts: { names: 3, emails: 1, phones: 1, freeText: 2 },
  busyMs: 40,
  longestSliceMs: 12,
};

describe('handing a test page to the extension page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the page for the extension page and opens it with the page id', async () => {
    expect(await saveTestPage(page)).toEqual({ ok: true });
    const area = browser.storage.session ?? browser.storage.local;
    const stored = (await area.get(TEST_PAGE_KEY))[TEST_PAGE_KEY] as { id: string; page: unknown };
    expect(stored.page).toEqual(page);
    const tabs = await browser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${browser.runtime.getURL('/capture.html')}#${stored.id}`);
  });

  it('refuses a file name that is not a test page', async () => {
    const before = (await browser.tabs.query({})).length;
    expect(await saveTestPage({ ...page, fileName: '../../evil.exe' })).toMatchObject({ ok: false });
    expect(await browser.tabs.query({})).toHaveLength(before);
  });
});
