import type { Activity } from '../schema/activity';
import { mergeCopies } from './rekey-migration';
import { writesToRenamed } from './renamed-rows';

/** A Pipedrive activity id as CSV imports before database version 10 stored it: the bare number. */
const BARE_ID = /^\d+$/;

/**
 * Pipedrive activity ids in the form the page reader gives them (`activity:302`, its activities,
 * notes and mails having separate id spaces), where imports before database version 10 stored the
 * bare `302`: the same activity read on its page and imported stood as two touches. A row keyed
 * by the bare id takes the reader's key and, when the page's copy already stands there, merges
 * with it as duplicates do; a page row an import gave the bare id keeps its key and takes the id's
 * new form; logged touches merged into a renamed row follow it. Nothing is lost or doubled.
 * Returns the keys to delete and the rows to write.
 */
export function pipedriveActivityIds(rows: readonly Activity[]): { remove: string[]; put: Activity[] } {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const renamed = new Map<string, string>();
  for (const row of rows) {
    if (row.crm !== 'pipedrive' || row.sourceId === undefined || !BARE_ID.test(row.sourceId)) continue;
    const sourceId = `activity:${row.sourceId}`;
    const oldKey = `pipedrive:${row.tenant}:activity:${row.sourceId}`;
    if (row.key !== oldKey) {
      byKey.set(row.key, { ...row, sourceId });
      continue;
    }
    const key = `pipedrive:${row.tenant}:activity:${sourceId}`;
    const moved = { ...row, key, sourceId };
    const there = byKey.get(key);
    byKey.delete(oldKey);
    byKey.set(key, there ? mergeCopies(there, moved) : moved);
    renamed.set(oldKey, key);
  }
  return writesToRenamed(rows, byKey, renamed);
}
