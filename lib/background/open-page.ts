import { browser } from 'wxt/browser';
import { type DoneResponse, openPageRequestSchema } from '../settings/page-messages';

/**
 * Opens the options page (the browser's own way, which reuses an open one) or the team page in a
 * new tab, for a content script, which cannot open extension pages itself. Needs no permission.
 */
export async function openPage(data: unknown): Promise<DoneResponse> {
  const parsed = openPageRequestSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', message: 'Touchline has no such page.' } };
  try {
    if (parsed.data.page === 'options') await browser.runtime.openOptionsPage();
    else await browser.tabs.create({ url: browser.runtime.getURL('/team.html') });
    return { ok: true };
  } catch (error) {
    console.error('Touchline: opening a page failed', error);
    return { ok: false, error: { kind: 'storage', message: 'Touchline could not open the page.' } };
  }
}
