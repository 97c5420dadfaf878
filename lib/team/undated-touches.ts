import { ORIGIN } from '../db/logged-touches';
import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { collectTouches } from '../metrics/collect-touches';
import { activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';

/**
 * How many counted touches without a readable date each of `keys` (contacts) has. The owner/day
 * packs hold only dated activities and a contact row keeps no count, so this asks the database,
 * never scanning every activity: the store's row count against the timestamp index's (which
 * holds only dated rows) says in two counts whether any undated row exists at all, and only then
 * are the contacts asked about (those gone cold) read through the contact index. Of their rows,
 * only those without a timestamp, and the dated ones sharing a source id with them (the same
 * touch, which collectTouches counts once), are parsed and merged as the contact's page merges
 * them. Rows follow the reps' figures' rules: with an owner, or logged in Touchline; automated
 * ones only when the setting counts them.
 */
export async function undatedTouchCounts(input: {
  db: TouchlineDb;
  keys: readonly string[];
  settings: Pick<Settings, 'timeZone' | 'countCompletedTasks' | 'countAutomated'>;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
}): Promise<Map<string, number>> {
  const { settings } = input;
  const counts = new Map<string, number>();
  if (input.keys.length === 0) return counts;
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', async (tx) => {
    const store = tx.objectStore('activities');
    const [all, dated] = await Promise.all([store.count(), store.index('byTimestamp').count()]);
    if (all === dated) return [];
    return eachRequest(input.keys, (key) => store.index('byContact').getAll(key));
  });
  // A damaged row is reported by the weeks read, or else left out here.
  const unreported: InvalidRow[] = [];
  for (const [i, stored] of rows.entries()) {
    const key = input.keys[i] as string;
    const history = parseRows(activitySchema, 'activities', withUndated(stored), unreported).filter(
      (a) => a.owner !== undefined || a.origin === ORIGIN,
    );
    if (history.length === 0) continue;
    const { undated, undatedAutomated } = collectTouches(history, {
      now: input.now,
      timeZone: settings.timeZone,
      scopeKey: key,
      countCompletedTasks: settings.countCompletedTasks,
      pageTimeZone: input.pageTimeZone,
    });
    const counted = settings.countAutomated ? undated : undated - undatedAutomated;
    if (counted > 0) counts.set(key, counted);
  }
  return counts;
}

type StoredRow = { timestamp?: unknown; sourceId?: unknown };

/** The stored rows without a timestamp and the dated rows sharing a source id with one of them, unparsed. */
function withUndated(stored: readonly unknown[]): unknown[] {
  const rows = stored.filter((row): row is StoredRow => typeof row === 'object' && row !== null);
  const undated = rows.filter((row) => row.timestamp === undefined);
  if (undated.length === 0) return [];
  const sources = new Set<unknown>(undated.map((row) => row.sourceId).filter((id) => id !== undefined));
  return rows.filter((row) => row.timestamp === undefined || sources.has(row.sourceId));
}
