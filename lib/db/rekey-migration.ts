import { activityKey } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import { peopleOfCopies } from './converted-lead';
import { sameJson, sortedUnion } from './objects';
import { mergeActivity } from './page-activities';
import { type InvalidRow, parseRow } from './rows';
import { ownerOf } from './same-day-row';
import { precisionOf } from './time-precision';
import { withUserFields } from './user-fields';

/**
 * The activities store after the key change (contracts.md "Keys"): every page row without a CRM
 * id gets its key from record, type, direction, title and UTC minute or printed date, and its
 * time precision is recorded. Nothing is lost or doubled: rows whose new keys collide (a
 * time-zone setting changed between two readings of one touch, say) are one touch and merge as
 * duplicates do; logged touches follow their page copy to its new key and give it their outcome
 * and note. Two logged touches may then point at one page row: both stay merged, so every count
 * stays what it was. Returns the rows to delete and the rows to write.
 */
export function rekeyActivities(rows: readonly unknown[], pageTimeZone: string, invalid: InvalidRow[]) {
  const valid = rows.flatMap((row) => parseRow(activitySchema, 'activities', row, invalid) ?? []);
  const renamed = new Map<string, string>();
  const byKey = new Map<string, Activity>();
  for (const row of [...valid].sort((a, b) => a.key.localeCompare(b.key))) {
    const next = rekeyed(row, pageTimeZone);
    renamed.set(row.key, next.key);
    const other = byKey.get(next.key);
    byKey.set(next.key, other ? mergeCopies(other, next) : next);
  }
  for (const [key, row] of byKey) {
    const target = row.mergedInto && renamed.get(row.mergedInto);
    if (!target || target === row.mergedInto) continue;
    byKey.set(key, { ...row, mergedInto: target });
  }
  for (const row of byKey.values()) {
    const page = row.mergedInto ? byKey.get(row.mergedInto) : undefined;
    if (page) byKey.set(page.key, withUserFields(page, row));
  }
  const stored = new Map(valid.map((row) => [row.key, row]));
  return {
    remove: valid.filter((row) => !byKey.has(row.key)).map((row) => row.key),
    put: [...byKey.values()].filter((row) => !sameJson(stored.get(row.key), row)),
  };
}

function rekeyed(row: Activity, pageTimeZone: string): Activity {
  if (row.origin === 'logged-in-touchline') return row;
  const timed = row.timestamp && !row.timePrecision;
  const next = timed
    ? { ...row, timePrecision: precisionOf({ ...row, timestamp: row.timestamp ?? '' }, pageTimeZone) }
    : row;
  const owner = ownerOf(row);
  if (row.sourceId || !owner) return next;
  return { ...next, key: activityKey(row.crm, row.tenant, owner, next, pageTimeZone) };
}

/** Two stored copies of one touch: the most informative fields of both (metrics.md "Duplicate"). */
export function mergeCopies(a: Activity, b: Activity): Activity {
  return {
    ...mergeActivity(a, b),
    key: a.key,
    automated: a.automated || b.automated,
    contactKeys: peopleOfCopies(a.contactKeys, b.contactKeys, a.sourceId ?? b.sourceId),
    dealKeys: sortedUnion(a.dealKeys, b.dealKeys),
    ...(a.note || b.note ? { note: a.note ?? b.note } : {}),
  };
}
