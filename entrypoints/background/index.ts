import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerService } from '../../lib/background/register';
import { registerRetentionAlarm } from '../../lib/background/retention-alarm';
import { createService } from '../../lib/background/service';
import { registerSettingsMessages } from '../../lib/background/settings-messages';
import { openOptionsFromToolbar } from '../../lib/background/toolbar-button';
import { registerYourNameJob } from '../../lib/background/your-name-job';
import { openTouchlineDb } from '../../lib/db/open';
import { onMessage, sendMessage } from '../../lib/messaging/messenger';
import { loadSettings, loadSettingsRead, watchSettings } from '../../lib/settings/storage';

/** Owns the cache (IndexedDB in the extension's origin) and computes every view; pages only read and render. */
export default defineBackground(() => {
  const service = createService({ db: openTouchlineDb(), now: () => new Date(), settings: loadSettings });
  registerService(onMessage, service);
  registerRetentionAlarm(browser.alarms, { settings: loadSettings });
  registerSettingsMessages(onMessage);
  registerYourNameJob(watchSettings, loadSettingsRead);
  openOptionsFromToolbar();

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    // A tab that is not a CRM record page has no panel to answer: nothing to toggle.
    sendMessage('togglePanel', undefined, tab.id).catch(() => undefined);
  });
});
