import { isTaskId, withoutLabel } from '../adapters/salesforce/logged-email-title';
import { LOGGED_EMAIL_PREFIX } from '../adapters/salesforce/words/logged-email-prefix';
import { activityKey } from '../keys';
import type { Activity } from '../schema/activity';
import { sameJson } from './objects';
import { mergeCopies } from './rekey-migration';
import { ownerOf } from './same-day-row';

/**
 * Salesforce logged emails as the page reader (since 0.7.35) and the CSV import (since 0.7.37)
 * title them: without Salesforce's "Email:" label. A row stored before keeps the label, so the
 * same Task read or imported again was a second email (metrics.md duplicate rule 3 compares
 * titles). A Task's row (its id a Task's, or no id: a report without Activity ID) takes the title
 * without the label; a row without id also takes the key the title now gives, keeping an ordinal
 * a count gave it (lib/keys.ts readingKeys), and merges with a copy already there as duplicates
 * do; logged touches merged into it follow. A row whose key no longer matches its fields (keyed
 * in another zone) keeps it. Returns the keys to delete and the rows to write.
 */
export function withoutLoggedEmailLabels(
  rows: readonly Activity[],
  pageTimeZone: string,
): { remove: string[]; put: Activity[] } {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const renamed = new Map<string, string>();
  for (const row of rows) {
    const title = labelled(row) ? withoutLabel(row.title, LOGGED_EMAIL_PREFIX) : row.title;
    if (title === row.title) continue;
    const retitled = { ...row, title };
    const key = row.sourceId ? row.key : rekeyed(row, retitled, pageTimeZone);
    if (key === row.key) {
      byKey.set(row.key, { ...(byKey.get(row.key) ?? row), title });
      continue;
    }
    const moved = { ...retitled, key };
    const there = byKey.get(key);
    byKey.delete(row.key);
    byKey.set(key, there ? mergeCopies(there, moved) : moved);
    renamed.set(row.key, key);
  }
  for (const [key, row] of byKey) {
    const target = row.mergedInto && renamed.get(row.mergedInto);
    if (target) byKey.set(key, { ...row, mergedInto: target });
  }
  const stored = new Map(rows.map((row) => [row.key, row]));
  return {
    remove: rows.filter((row) => !byKey.has(row.key)).map((row) => row.key),
    put: [...byKey.values()].filter((row) => !sameJson(stored.get(row.key), row)),
  };
}

/** A Salesforce email Task's row read or imported before the label was left out. */
function labelled(row: Activity): boolean {
  return (
    row.crm === 'salesforce' &&
    row.type === 'email' &&
    row.origin !== 'logged-in-touchline' &&
    (row.sourceId === undefined || isTaskId(row.sourceId))
  );
}

/** The key the new title gives a row without id, its ordinal kept; its own key where it was not the one its fields gave. */
function rekeyed(row: Activity, retitled: Activity, pageTimeZone: string): string {
  const owner = ownerOf(row);
  if (!owner) return row.key;
  const before = activityKey(row.crm, row.tenant, owner, row, pageTimeZone);
  if (row.key !== before && !row.key.startsWith(`${before}:`)) return row.key;
  return activityKey(row.crm, row.tenant, owner, retitled, pageTimeZone) + row.key.slice(before.length);
}
