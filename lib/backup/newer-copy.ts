import { ORIGIN } from '../db/logged-touches';
import { isPageTouch, type MergeClock } from '../db/page-touch';
import { unitedStageHistory } from '../db/stage-history';
import { type Activity, activitySchema } from '../schema/activity';
import { dealSchema } from '../schema/record';
import { backupRowSchema, type RecordRow } from './format';

export type Decision = 'add' | 'replace' | 'keep';

/**
 * What an imported row does to the stored row with its key (decisions.md "Backups"): a new key
 * is added; a newer copy (later `lastReadAt` for records, `updatedAt` for logged touches)
 * replaces the stored one; an older or equal copy changes nothing, so importing a file twice
 * changes nothing and a logged touch is never overwritten by an older copy. Page activities have
 * no edit time: the stored copy stays. A stored row that no longer parses gives way to a valid one.
 */
export function decide(stored: unknown, incoming: RecordRow): Decision {
  if (stored === undefined) return 'add';
  const parsed = backupRowSchema.safeParse({ store: incoming.store, value: stored });
  if (!parsed.success || parsed.data.store === 'settings') return 'replace';
  const before = editedAt(parsed.data as RecordRow);
  const after = editedAt(incoming);
  if (after !== undefined && (before === undefined || after > before)) return 'replace';
  if (after !== undefined && after === before && gainsMerge(parsed.data as RecordRow, incoming)) return 'replace';
  return 'keep';
}

function editedAt(row: RecordRow): number | undefined {
  const at =
    row.store === 'activities'
      ? row.value.updatedAt
      : row.store === 'undoneTouches'
        ? row.value.undoneAt
        : row.value.lastReadAt;
  return at === undefined ? undefined : Date.parse(at);
}

/** The same edit of a logged touch, which a page reading merged only in the file's copy. */
function gainsMerge(stored: RecordRow, incoming: RecordRow): boolean {
  return (
    stored.store === 'activities' &&
    incoming.store === 'activities' &&
    !stored.value.mergedInto &&
    incoming.value.mergedInto !== undefined
  );
}

/**
 * What to do with an imported row, and the row to write. A deal's copy is the newer copy's fields
 * with both copies' stage histories, since an older copy can know the deal was in its stage long
 * before the newer one first saw it; a kept copy is written again when the other adds to its history.
 */
export function toWrite(
  stored: unknown,
  incoming: RecordRow,
  clock: MergeClock,
): { decision: Decision; row: RecordRow } {
  const decision = decide(stored, incoming);
  if (decision === 'add') return { decision, row: incoming };
  if (incoming.store === 'activities') return activityToWrite(stored, incoming.value, decision, clock);
  if (incoming.store !== 'deals') return { decision, row: incoming };
  // Deals only: every other row would be checked a second time for nothing.
  const parsed = dealSchema.safeParse(stored);
  if (!parsed.success) return { decision, row: incoming };
  const kept = parsed.data;
  const [newer, older] = decision === 'replace' ? [incoming.value, kept] : [kept, incoming.value];
  const stageHistory = unitedStageHistory(newer.stageHistory, older.stageHistory);
  if (decision === 'keep' && JSON.stringify(stageHistory) === JSON.stringify(kept.stageHistory)) {
    return { decision, row: incoming };
  }
  return { decision: 'replace', row: { store: 'deals', value: { ...newer, stageHistory } } };
}

/**
 * An activity's copy. A logged touch edited elsewhere keeps the page touch this cache merged it
 * with while its channel and time stay as they were: the other browser never saw that page copy,
 * and dropping the merge would count the touch twice. A page row keeps the earliest first sighting
 * as a touch of either copy (metrics.md "Logged in Touchline": wherever Touchline first saw it);
 * the file's counts only if its row was a touch when first seen (`firstSeenAt` moves to when an
 * item became one, see save-batch.ts becameTouch; a meeting listed as upcoming was no touch then).
 */
function activityToWrite(
  stored: unknown,
  incoming: Activity,
  decision: Decision,
  clock: MergeClock,
): { decision: Decision; row: RecordRow } {
  const kept = activitySchema.safeParse(stored);
  if (!kept.success) return { decision, row: { store: 'activities', value: incoming } };
  const old = kept.data;
  if (decision === 'replace') {
    const stays =
      old.mergedInto &&
      !incoming.mergedInto &&
      old.channel === incoming.channel &&
      old.timestamp === incoming.timestamp;
    const value = stays ? { ...incoming, mergedInto: old.mergedInto } : incoming;
    return { decision, row: { store: 'activities', value } };
  }
  if (!seenEarlierAsTouch(incoming, old, clock)) return { decision, row: { store: 'activities', value: incoming } };
  return { decision: 'replace', row: { store: 'activities', value: { ...old, firstSeenAt: incoming.firstSeenAt } } };
}

function seenEarlierAsTouch(incoming: Activity, old: Activity, clock: MergeClock): boolean {
  if (!incoming.firstSeenAt || !old.firstSeenAt || incoming.origin === ORIGIN) return false;
  const seen = new Date(incoming.firstSeenAt);
  return seen.getTime() < Date.parse(old.firstSeenAt) && isPageTouch(incoming, { ...clock, now: seen });
}
