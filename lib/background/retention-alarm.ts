import { openTouchlineDb } from '../db/open';
import { pruneExpired } from '../db/retention';
import { retentionCutoff } from '../db/retention-rule';
import type { Settings } from '../schema/settings';
import { notePruneRun } from '../settings/storage';

export const RETENTION_ALARM = 'touchline-retention';
const DAY_MINUTES = 24 * 60;

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
  /** Records the cutoff of a run that deleted rows (settings' `prunedBefore`). */
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
 * deleted rows records its cutoff, so that a retention raised later does not claim the deleted days
 * (kept-from.ts); one that deleted nothing leaves the settings as they are (a mistyped value put
 * right before the run costs nothing).
 */
export async function pruneNow(deps: RetentionDeps): Promise<number> {
  try {
    const [settings, db] = await Promise.all([deps.settings(), (deps.openDb ?? openTouchlineDb)()]);
    const now = deps.now?.() ?? new Date();
    let pruned: number;
    try {
      pruned = await pruneExpired(db, now, settings.retentionDays);
    } finally {
      db.close();
    }
    if (pruned > 0) await (deps.notePruned ?? notePruneRun)(retentionCutoff(now, settings.retentionDays));
    return pruned;
  } catch (error) {
    console.error('Touchline: pruning old activities failed', error);
    return 0;
  }
}
