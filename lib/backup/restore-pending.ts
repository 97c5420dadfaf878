import { storage } from 'wxt/utils/storage';
import type { BackupHeader } from './format';

/**
 * The backup (its `exportedAt`) a restore into an empty cache is writing, until that import ends.
 * A restore cut off after some of its rows were written leaves the cache no longer empty:
 * importing the same file again finishes that restore (the backup's settings, retention and column
 * mappings) rather than merging into what it half wrote.
 */
const pendingItem = storage.defineItem<string | null>('local:backupRestorePending', { fallback: null });

export async function isRestorePending(header: BackupHeader): Promise<boolean> {
  return (await pendingItem.getValue()) === header.exportedAt;
}

export async function noteRestoreStarted(header: BackupHeader): Promise<void> {
  await pendingItem.setValue(header.exportedAt);
}

/**
 * Cleared when any import ends (a later import of the old file is a merge, as the cache now holds
 * more than it) and when everything is erased (a restore into the cache it half wrote can no longer
 * be finished, only started anew).
 */
export async function clearRestorePending(): Promise<void> {
  await pendingItem.removeValue();
}
