import { browser } from 'wxt/browser';
import { testPageSchema } from '../capture/test-page';
import type { Failure, TestPageResponse } from '../messaging/protocol';
import { failure } from './validate';

/** Only the latest test page is kept: each save replaces the one before. */
export const TEST_PAGE_KEY = 'touchline-test-page';

/**
 * Hands a masked test page to the extension page that saves it as a file (decisions.md: blob
 * downloads from content scripts fail in Firefox). Session storage, where there is one, lives in
 * memory only and is gone when the browser closes. Opening a tab needs no permission.
 */
export async function saveTestPage(data: unknown, openerTabId?: number): Promise<TestPageResponse | Failure> {
  const parsed = testPageSchema.safeParse(data);
  if (!parsed.success) return failure('invalid', 'Touchline could not use this test page.');
  try {
    const id = crypto.randomUUID();
    const area = browser.storage.session ?? browser.storage.local;
    await area.set({ [TEST_PAGE_KEY]: { id, page: parsed.data } });
    await browser.tabs.create({ url: `${browser.runtime.getURL('/capture.html')}#${id}`, openerTabId });
    return { ok: true };
  } catch (error) {
    console.error('Touchline: saving a test page failed', error);
    return failure('storage', 'Touchline could not open the page that saves the test page.');
  }
}
