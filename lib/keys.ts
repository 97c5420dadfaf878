import type { ActivityReading, Crm } from './schema/activity';
import type { RecordKind, RecordRef } from './schema/record';
import { zonedDay } from './zoned-day';

/** `crm:tenant:kind:id`, as contracts.md specifies. */
export function recordKey(ref: Pick<RecordRef, 'crm' | 'tenant' | 'kind' | 'recordId'>): string {
  return `${ref.crm}:${ref.tenant}:${ref.kind}:${ref.recordId}`;
}

export function recordKeyOf(crm: Crm, tenant: string, kind: RecordKind, id: string): string {
  return recordKey({ crm, tenant, kind, recordId: id });
}

/**
 * The CRM's own id where the page shows one; otherwise a hash of the record, type, title and
 * the activity's day (relative dates move by minutes between visits; the day does not), with
 * the raw date text when no date was parsed. The day is the user's, so a touch read late in the
 * evening keeps its key when the same relative text resolves a few minutes later.
 */
export function activityKey(
  crm: Crm,
  tenant: string,
  owningRecordKey: string,
  a: ActivityReading,
  timeZone: string,
): string {
  if (a.sourceId) return `${crm}:${tenant}:activity:${a.sourceId}`;
  const when = a.timestamp ? zonedDay(a.timestamp, timeZone) : `text:${a.dateText ?? ''}`;
  return `${crm}:${tenant}:activity:h${fnv1a([owningRecordKey, a.type, a.title, when].join('\u0000'))}`;
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
