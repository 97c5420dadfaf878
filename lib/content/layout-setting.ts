import { browser } from 'wxt/browser';
import type { Crm } from '../schema/activity';
import type { Layout } from './layout-choice';

/**
 * The panel's layout, remembered per CRM (`layout:<crm>` in `storage.local`), like the folded
 * flag and for the same reason: plain `storage.local` keeps the script every CRM page loads small.
 * Anything stored that is not `make-room` reads as the default, `overlay`.
 */
export function layoutSetting(crm: Crm) {
  const key = `layout:${crm}`;
  return {
    async get(): Promise<Layout> {
      return (await browser.storage.local.get(key))[key] === 'make-room' ? 'make-room' : 'overlay';
    },
    set(layout: Layout): Promise<void> {
      return browser.storage.local.set({ [key]: layout });
    },
  };
}
