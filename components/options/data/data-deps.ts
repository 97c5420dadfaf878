import { openTouchlineDb } from '../../../lib/db/open';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Settings } from '../../../lib/schema/settings';
import { loadSettings, saveSettings, settingsFrom } from '../../../lib/settings/storage';

/** What the data section works with; tests pass their own database, clock and file saver. */
export interface DataDeps {
  db: () => Promise<TouchlineDb>;
  loadSettings: () => Promise<Settings>;
  /** Stores settings from a backup, checked field by field. */
  restoreSettings: (stored: Record<string, unknown>) => Promise<unknown>;
  now: () => Date;
  /** Bytes used by the extension's storage, where the browser says. */
  usage: () => Promise<number | undefined>;
  save: (blob: Blob, fileName: string) => void;
}

let opened: Promise<TouchlineDb> | undefined;

/** The options page runs in the extension's origin: it opens the cache itself, no message round trip. */
export const browserDataDeps: DataDeps = {
  db: () => {
    opened ??= openTouchlineDb();
    return opened;
  },
  loadSettings,
  restoreSettings: (stored) => saveSettings(settingsFrom(stored)),
  now: () => new Date(),
  usage: async () => (await navigator.storage?.estimate?.())?.usage,
  save: saveWithLink,
};

/** Saves a file through a Blob link, which an extension page may do without the `downloads` permission. */
export function saveWithLink(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
