import { precisionOf, printedDay } from './db/time-precision';
import type { ActivityReading, Crm } from './schema/activity';
import type { RecordKind, RecordRef } from './schema/record';

/** `crm:tenant:kind:id`, as contracts.md specifies. */
export function recordKey(ref: Pick<RecordRef, 'crm' | 'tenant' | 'kind' | 'recordId'>): string {
  return `${ref.crm}:${ref.tenant}:${ref.kind}:${ref.recordId}`;
}

export function recordKeyOf(crm: Crm, tenant: string, kind: RecordKind, id: string): string {
  return recordKey({ crm, tenant, kind, recordId: id });
}

/**
 * The CRM's own id where the page shows one; otherwise a hash of the record, type, direction,
 * title and the activity's time (contracts.md "Keys"): the UTC minute when the page showed a
 * time of day, else the date as the page printed it, read in `pageTimeZone` (the zone the page
 * was read in, never the user's time-zone setting, so changing that setting re-keys nothing;
 * relative dates move by minutes between visits, the day does not: "3 hours ago" is keyed by its day). The raw date text
 * stands in when no date was parsed.
 */
export function activityKey(
  crm: Crm,
  tenant: string,
  owningRecordKey: string,
  a: ActivityReading,
  pageTimeZone: string,
): string {
  if (a.sourceId) return `${crm}:${tenant}:activity:${a.sourceId}`;
  const parts = [owningRecordKey, a.type, a.direction, a.title, keyTime(a, pageTimeZone)];
  return `${crm}:${tenant}:activity:h${fnv1a(parts.join('\u0000'))}`;
}

/**
 * The keys of one reading's activities. Items without a CRM id keyed by their day alone because their time was
 * worked out from a count ("3 hours ago", "1 hour ago") that the page shows more than two minutes
 * apart are two items (metrics.md duplicate rule 3): the later ones get an ordinal, counted from
 * the oldest, so the same two items read again keep their keys.
 */
export function readingKeys(
  crm: Crm,
  tenant: string,
  owningRecordKey: string,
  activities: readonly ActivityReading[],
  pageTimeZone: string,
): string[] {
  const keys = activities.map((a) => activityKey(crm, tenant, owningRecordKey, a, pageTimeZone));
  const counted = activities
    .map((a, index) => ({
      index,
      at: a.relativeTime && a.timestamp && !a.sourceId ? Date.parse(a.timestamp) : Number.NaN,
    }))
    .filter((item) => !Number.isNaN(item.at))
    .sort((a, b) => a.at - b.at);
  const seen = new Map<string, { at: number; key: string }[]>();
  for (const { index, at } of counted) {
    const base = keys[index] as string;
    const items = seen.get(base) ?? [];
    const copy = items.find((item) => at - item.at <= DOUBLE_CAPTURE_MS);
    const key = copy?.key ?? (items.length === 0 ? base : `${base}:${items.length + 1}`);
    if (!copy) items.push({ at, key });
    seen.set(base, items);
    keys[index] = key;
  }
  return keys;
}

/** metrics.md duplicate rule 3: copies within two minutes are one touch. */
const DOUBLE_CAPTURE_MS = 2 * 60_000;

function keyTime(a: ActivityReading, pageTimeZone: string): string {
  if (!a.timestamp) return `text:${a.dateText ?? ''}`;
  const timestamp = a.timestamp;
  return precisionOf({ ...a, timestamp }, pageTimeZone) === 'minute' && !a.relativeTime
    ? `minute:${new Date(timestamp).toISOString().slice(0, 16)}`
    : `day:${printedDay(timestamp, pageTimeZone)}`;
}

/** A touch logged in Touchline: unique per click, never equal to a page activity's key. */
export function loggedTouchKey(owningRecordKey: string, timestamp: string, nonce: string): string {
  return `touchline:${owningRecordKey}:${timestamp}:${nonce}`;
}

/** 64-bit FNV-1a as hex: stable, fast, and short enough to read in a key. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
