import { sortedHistory } from '../metrics/stage-time';
import { DAY_MS } from '../metrics/zoned-days';
import type { ReadOk } from '../schema/read-result';
import type { Contact, Deal, DealContact, StageEntry } from '../schema/record';
import { amountWithItsCurrency } from './amount-with-currency';
import { withDurationsCountedFrom } from './durations-counted-from';
import { withNewestTouchesMark } from './newest-touches-mark';
import { withoutNobodyOwner } from './nobody-owner';
import { definedOnly } from './objects';
import { shownOpen } from './shown-open';
import { mergeStageHistory } from './stage-history';
import { storedCloseDateWrong } from './stored-close-date-wrong';

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
  const newest = isNewest(existing, now);
  return withNewestTouchesMark(mergeRecord(existing, fresh, result, newest), result, newest);
}

/**
 * A deal reading's fields and current stage count as the newest only when the page does not show
 * an older state than the one stored: a second tab drawn before the stage moved, read again later,
 * shows a stage entered before the stored latest stay began (showsEarlierStage). A newest reading
 * of the deal won or lost drops a stored close date that cannot be the day it closed (storedCloseDateWrong).
 */
export function dealFromReading(result: DealRead, key: string, existing: Deal | undefined, now: Date): Deal {
  const { amountShownEmpty, ...read } = result.record;
  const fresh: Deal = { ...stored(result, key, now), kind: 'deal', ...read };
  const newest = isNewest(existing, now) && !(existing && showsEarlierStage(result, existing, now));
  const merged = mergeRecord(existing, fresh, result, newest);
  // An amount cleared in the CRM is no longer the deal's value, nor its currency.
  if (newest && amountShownEmpty) {
    delete merged.amount;
    delete merged.currency;
  }
  const unread = unreadFields(result);
  if (newest && existing && storedCloseDateWrong(result.record, existing, unread.get('closeDate')))
    delete merged.closeDate;
  // A card listing some of the deal's contacts ("Contacts (6)" showing 5) adds what it lists.
  if (newest && existing && unread.has('contacts'))
    merged.contacts = withContactsRead(existing.contacts, result.record.contacts);
  const stageHistory = mergeStageHistory({
    stored: existing?.stageHistory ?? [],
    // A shown duration counts from the reading that showed it.
    page: withDurationsCountedFrom(result.record.stageHistory, now),
    currentStage: result.record.stage,
    now,
    newest,
  });
  const outcome = newest ? withOutcomeNotRead(merged, result.record, unread) : merged;
  return withNewestTouchesMark({ ...outcome, stageHistory }, result, newest);
}

/**
 * A newest reading's word on whether the deal's outcome is known (Deal.outcomeNotReadIn): a page
 * that reports it could not read the outcome of its stage marks a deal with no stored outcome; a
 * page that read the stage and its outcome (a closed stage, or an open one in words Touchline
 * reads) clears the mark; a page that showed no stage leaves it as it was.
 */
function withOutcomeNotRead(deal: Deal, record: DealRead['record'], unread: ReadonlyMap<string, string[]>): Deal {
  const { outcomeNotReadIn: _, ...known } = deal;
  if (unread.has('closed') && record.stage && !deal.closed) return { ...known, outcomeNotReadIn: record.stage };
  return record.stage !== undefined || record.closed !== undefined ? known : deal;
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

function mergeRecord<T extends Contact | Deal>(stored: T | undefined, fresh: T, result: ReadOk, newest: boolean): T {
  if (!stored) return fresh;
  // An owner an older version stored from a placeholder ("No owner") names nobody.
  const existing = withoutNobodyOwner(stored);
  const unread = unreadFields(result);
  const shown = withoutUnread(definedOnly(fresh), unread);
  if (!newest) return amountWithItsCurrency({ ...shown, ...definedOnly(existing) } as T, existing, shown);
  const merged = amountWithItsCurrency({ ...existing, ...shown, lastReadAt: fresh.lastReadAt } as T, shown, existing);
  // A page whose outcome was not read (a language without closed-stage words) shows no open deal.
  if (merged.kind === 'deal' && shownOpen(fresh) && !unread.has('closed')) delete merged.closed;
  return merged;
}

/** Fields named in `notRead` (as `x` or `record.x`) keep their stored values. */
function withoutUnread<T extends object>(fields: Partial<T>, unread: ReadonlyMap<string, string[]>): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([field]) => !unread.has(field))) as Partial<T>;
}

/**
 * The contacts a partial list read (page order, its names newest) and the stored ones it does not
 * list: a card showing only some of the deal's contacts removes none of those known.
 */
function withContactsRead(stored: readonly DealContact[], read: readonly DealContact[]): DealContact[] {
  const listed = new Set(read.map((contact) => contact.id));
  return [...read, ...stored.filter((contact) => !listed.has(contact.id))];
}

/** The fields `notRead` names, each with the reasons it gives. */
function unreadFields(result: ReadOk): Map<string, string[]> {
  const unread = new Map<string, string[]>();
  for (const { field, reason } of result.notRead) {
    const name = field.replace(/^record\./, '');
    unread.set(name, [...(unread.get(name) ?? []), reason]);
  }
  return unread;
}

/**
 * The page's current stage was entered, by its own history, before the stored latest stay (of
 * another stage) began, and the page's history does not list that stay: the page was drawn before
 * the move Touchline already knows of. A page that lists the stay was drawn after it began, so its
 * current stage is a move back whose row the history lacks (metrics.md: re-entering starts
 * counting again). An entry worked out from a shown day count ("7 days") is the start of its day,
 * so it is before the stay only when a day later still is; and a Pipedrive bar may count every
 * stay in the stage ("9 d" for 8 days before and 1 now), so there the stored stays in the stage
 * are taken off first: the page is older only when, either way, its current stay began before the
 * stored one or could not have begun yet (its count is below the stays Touchline saw end).
 */
function showsEarlierStage(result: DealRead, existing: Deal, now: Date): boolean {
  const latest = sortedHistory(existing).at(-1);
  const stage = result.record.stage;
  if (!latest || latest.firstSeen || !stage || stage === latest.stage) return false;
  const began = Date.parse(latest.after ?? latest.enteredAt);
  if (listsStay(result.record.stageHistory, latest.stage, began, latest.after !== undefined)) return false;
  const shown = result.record.stageHistory.filter((entry) => entry.stage === stage && !entry.firstSeen);
  const latestEntry = (entry: StageEntry) => Date.parse(entry.enteredAt) + (entry.approximate ? DAY_MS : 0);
  const newest = shown.sort((a, b) => latestEntry(a) - latestEntry(b)).at(-1);
  if (!newest || latestEntry(newest) >= began) return false;
  if (!newest.approximate || result.crm !== 'pipedrive') return true;
  // As a sum of every stay: the current one began the stored stays' length later.
  const afterStays = latestEntry(newest) + staysIn(existing, stage);
  return afterStays < began || afterStays > now.getTime();
}

/** How long the stored history has the deal in `stage` before it left it each time. */
function staysIn(deal: Deal, stage: string): number {
  const history = sortedHistory(deal);
  return history.reduce((sum, entry, i) => {
    const next = history[i + 1];
    return entry.stage === stage && next ? sum + Date.parse(next.enteredAt) - Date.parse(entry.enteredAt) : sum;
  }, 0);
}

/**
 * The history shows an entry into `stage` at or after the stored stay in it began: that stay or a
 * later one. A stay Touchline saw begin (`after`) began after the deal was last seen in the stage
 * before, so only an entry strictly later is known to be it.
 */
function listsStay(history: readonly StageEntry[], stage: string, began: number, bySighting: boolean): boolean {
  return history.some((entry) => {
    if (entry.stage !== stage || entry.firstSeen) return false;
    const entered = Date.parse(entry.enteredAt);
    return bySighting ? entered > began : entered >= began;
  });
}
