import type { ReadOk } from '../schema/read-result';
import type { Contact, Deal } from '../schema/record';
import { definedOnly } from './objects';
import { mergeStageHistory } from './stage-history';

type ContactRead = Extract<ReadOk, { kind: 'contact' }>;
type DealRead = Extract<ReadOk, { kind: 'deal' }>;

/**
 * The stored contact updated by a reading. A newer reading's fields win; a field the page did
 * not show (absent, or named in notRead) keeps its stored value. An older reading, arriving
 * after a newer one was saved, only fills gaps.
 */
export function contactFromReading(
  result: ContactRead,
  key: string,
  existing: Contact | undefined,
  now: Date,
): Contact {
  const fresh: Contact = { ...stored(result, key, now), kind: 'contact', ...result.record };
  return mergeRecord(existing, fresh, result, now);
}

export function dealFromReading(result: DealRead, key: string, existing: Deal | undefined, now: Date): Deal {
  const fresh: Deal = { ...stored(result, key, now), kind: 'deal', ...result.record };
  const merged = mergeRecord(existing, fresh, result, now);
  const stageHistory = mergeStageHistory({
    stored: existing?.stageHistory ?? [],
    page: result.record.stageHistory,
    currentStage: result.record.stage,
    now,
    newest: isNewest(existing, now),
  });
  return { ...merged, stageHistory };
}

function stored(result: ReadOk, key: string, now: Date) {
  return {
    key,
    crm: result.crm,
    tenant: result.tenant,
    recordId: result.recordId,
    lastReadAt: now.toISOString(),
    crmFigures: result.crmFigures,
  };
}

function isNewest(existing: { lastReadAt: string } | undefined, now: Date): boolean {
  return !existing || now.getTime() >= Date.parse(existing.lastReadAt);
}

function mergeRecord<T extends Contact | Deal>(existing: T | undefined, fresh: T, result: ReadOk, now: Date): T {
  if (!existing) return fresh;
  const shown = withoutUnread(definedOnly(fresh), result);
  if (!isNewest(existing, now)) return { ...shown, ...definedOnly(existing) } as T;
  const merged = { ...existing, ...shown, lastReadAt: fresh.lastReadAt } as T;
  // A deal whose page shows its stage and no closed marker is open again (reopened deals happen).
  if (merged.kind === 'deal' && fresh.kind === 'deal' && fresh.stage !== undefined && fresh.closed === undefined) {
    delete merged.closed;
  }
  return merged;
}

/** Fields named in `notRead` (as `x` or `record.x`) keep their stored values. */
function withoutUnread<T extends object>(fields: Partial<T>, result: ReadOk): Partial<T> {
  const unread = new Set(result.notRead.map((entry) => entry.field.replace(/^record\./, '')));
  return Object.fromEntries(Object.entries(fields).filter(([field]) => !unread.has(field))) as Partial<T>;
}
