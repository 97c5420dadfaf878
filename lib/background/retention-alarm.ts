import { openTouchlineDb } from '../db/open';
import { pruneExpired } from '../db/retention';
import type { Settings } from '../schema/settings';

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

/** One pruning run; failures are logged, never thrown (the next day's run tries again). */
export async function pruneNow(deps: RetentionDeps): Promise<number> {
  try {
    const [settings, db] = await Promise.all([deps.settings(), (deps.openDb ?? openTouchlineDb)()]);
    try {
      return await pruneExpired(db, deps.now?.() ?? new Date(), settings.retentionDays);
    } finally {
      db.close();
    }
  } catch (error) {
    console.error('Touchline: pruning old activities failed', error);
    return 0;
  }
}
