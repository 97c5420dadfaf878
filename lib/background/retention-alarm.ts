import { openTouchlineDb } from '../db/open';
import { keptActivities, pruneExpired } from '../db/retention';
import { retentionCutoff } from '../db/retention-rule';
import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { notePruneRun } from '../settings/storage';

export const RETENTION_ALARM = 'touchline-retention';
const DAY_MINUTES = 24 * 60;
/**
 * The oldest rows looked at to tell whether a run will delete any. Rows past the cutoff that stay
 * (logged touches and their page copies) are few; past this many, the run is taken to delete some.
 */
const LOOKED_AT = 200;

/** The part of `browser.alarms` the retention job uses (tests pass a fake). */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface RetentionDeps {
  settings: () => Promise<Settings> | Settings;
  now?: () => Date;
  /** Opened when the alarm fires and closed after, so an idle worker holds no connection. */
  openDb?: typeof openTouchlineDb;
  /** Records the cutoff of a run that may delete rows, before it deletes any (settings' `prunedBefore`). */
  notePruned?: (cutoff: string) => Promise<void>;
}

/**
 * Prunes activities past the retention setting once a day (the `alarms` permission: a service
 * worker sleeps, so a timer would not survive). The alarm is created once and kept across restarts.
 */
export function registerRetentionAlarm(alarms: AlarmsApi, deps: RetentionDeps): void {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void pruneNow(deps);
  });
  void alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: DAY_MINUTES });
  });
}

/**
 * One pruning run; failures are logged, never thrown (the next day's run tries again). A run that
 * may delete rows records its cutoff before it deletes any, so that a retention raised later does
 * not claim the deleted days (kept-from.ts) even when the run is stopped halfway (the service
 * worker stopped after some batches); one with nothing to delete leaves the settings as they are.
 * A run whose cutoff could not be recorded deletes nothing.
 */
export async function pruneNow(deps: RetentionDeps): Promise<number> {
  try {
    const [settings, db] = await Promise.all([deps.settings(), (deps.openDb ?? openTouchlineDb)()]);
    const now = deps.now?.() ?? new Date();
    const note = () => (deps.notePruned ?? notePruneRun)(retentionCutoff(now, settings.retentionDays));
    let pruned: number;
    let noted = false;
    try {
      if (await mayDelete(db, now, settings.retentionDays)) {
        await note();
        noted = true;
      }
      pruned = await pruneExpired(db, now, settings.retentionDays);
    } finally {
      db.close();
    }
    // A row past the cutoff stored while the run looked (a page reading saved meanwhile).
    if (pruned > 0 && !noted) await note();
    return pruned;
  } catch (error) {
    console.error('Touchline: pruning old activities failed', error);
    return 0;
  }
}

/**
 * Whether the run may delete anything: some stored activity dated before the cutoff that
 * retention does not keep (keptActivities: logged touches and their page copies stay).
 */
async function mayDelete(db: TouchlineDb, now: Date, retentionDays: number): Promise<boolean> {
  const before = IDBKeyRange.upperBound(retentionCutoff(now, retentionDays), true);
  const oldest = await runTransaction(db, ['activities'], 'readonly', 'read', (tx) =>
    tx.objectStore('activities').index('byTimestamp').getAll(before, LOOKED_AT),
  );
  if (oldest.length === LOOKED_AT) return true;
  const rows = parseRows(activitySchema, 'activities', oldest, []);
  return (await keptActivities(db, rows, now, retentionDays)).length < rows.length;
}
