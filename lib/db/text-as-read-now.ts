import { pageText } from '../adapters/dom';
import { isTaskId, withoutLabel } from '../adapters/salesforce/logged-email-title';
import { LOGGED_EMAIL_PREFIX } from '../adapters/salesforce/words/logged-email-prefix';
import { activityKey } from '../keys';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import { sameJson } from './objects';
import { mergeCopies } from './rekey-migration';
import { writesToRenamed } from './renamed-rows';
import { ownerOf } from './same-day-row';

/**
 * Stored activities with their texts as today's readers give them: titles and owners composed,
 * whitespace collapsed (pageText, since 0.7.38: a CRM may hold "Jose\u0301"), and a Salesforce
 * logged email titled without Salesforce's "Email:" label (the page reader since 0.7.35, the import
 * since 0.7.37). A row stored before kept the old text, so the same item read or imported again was
 * a second touch (metrics.md duplicate rule 3 compares titles) and one rep two team rows. A row
 * without id also takes the key its title now gives, keeping an ordinal a count gave it
 * (lib/keys.ts readingKeys), and merges with a copy already there as duplicates do; logged touches
 * merged into it follow. A row whose key no longer matches its fields (keyed in another zone)
 * keeps it. Returns the keys to delete and the rows to write.
 */
export function activitiesAsReadNow(
  rows: readonly Activity[],
  pageTimeZone: string,
): { remove: string[]; put: Activity[] } {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const renamed = new Map<string, string>();
  for (const row of rows) {
    const now = asReadNow(row);
    if (sameJson(now, row)) continue;
    const key = row.sourceId || now.title === row.title ? row.key : rekeyed(row, now, pageTimeZone);
    if (key === row.key) {
      byKey.set(row.key, { ...(byKey.get(row.key) ?? row), title: now.title, ...ownerNow(now) });
      continue;
    }
    const moved = { ...now, key };
    const there = byKey.get(key);
    byKey.delete(row.key);
    byKey.set(key, there ? mergeCopies(there, moved) : moved);
    renamed.set(row.key, key);
  }
  return writesToRenamed(rows, byKey, renamed);
}

/** A stored contact or deal with its name, owner and contacts' names as today's readers give them. */
export function recordAsReadNow<T extends Contact | Deal>(record: T): T {
  const named = { ...record, name: pageText(record.name), ...ownerNow(record) };
  if (named.kind !== 'deal') return named;
  return { ...named, contacts: named.contacts.map((c) => ({ ...c, name: pageText(c.name) })) };
}

function asReadNow(row: Activity): Activity {
  const title = pageText(row.title);
  return { ...row, title: labelled(row) ? withoutLabel(title, LOGGED_EMAIL_PREFIX) : title, ...ownerNow(row) };
}

/** The owner field as read now, where there is one. */
function ownerNow(row: { owner?: string | undefined }): { owner?: string } {
  return row.owner === undefined ? {} : { owner: pageText(row.owner) };
}

/**
 * A Salesforce email Task's row read or imported before the label was left out: its id a Task's,
 * or none in an import (a report without Activity ID). A page row without id may be an
 * EmailMessage (the design system's email item links nowhere), whose subject is the mail's own.
 */
function labelled(row: Activity): boolean {
  if (row.crm !== 'salesforce' || row.type !== 'email' || row.origin === 'logged-in-touchline') return false;
  return row.sourceId === undefined ? row.origin === 'import' : isTaskId(row.sourceId);
}

/** The key the new title gives a row without id, its ordinal kept; its own key where it was not the one its fields gave. */
function rekeyed(row: Activity, now: Activity, pageTimeZone: string): string {
  const record = ownerOf(row);
  if (!record) return row.key;
  const before = activityKey(row.crm, row.tenant, record, row, pageTimeZone);
  if (row.key !== before && !row.key.startsWith(`${before}:`)) return row.key;
  return activityKey(row.crm, row.tenant, record, now, pageTimeZone) + row.key.slice(before.length);
}
