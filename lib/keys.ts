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
