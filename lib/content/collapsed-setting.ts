import { browser } from 'wxt/browser';
import type { Crm } from '../schema/activity';

/**
 * Whether the panel is folded, remembered per CRM. Plain `storage.local` rather than
 * @wxt-dev/storage (which the background's settings use): it is a single boolean, and that
 * library would add about a fifth to the script every CRM page loads.
 */
export function collapsedSetting(crm: Crm) {
  const key = `collapsed:${crm}`;
  return {
    async get(): Promise<boolean> {
      return (await browser.storage.local.get(key))[key] === true;
    },
    set(collapsed: boolean): Promise<void> {
      return browser.storage.local.set({ [key]: collapsed });
    },
  };
}
