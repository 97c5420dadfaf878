import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { collectTouches } from '../metrics/collect-touches';
import type { Touch } from '../metrics/touch';
import { type Activity, activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { keptFrom } from '../settings/kept-from';
import { mayContinueFromBefore } from './run-before-window';

/**
 * Puts before each contact's touches of the weeks read (oldest first, as touchesByContact gives
 * them) its touches from before the window, for the contacts whose next step could depend on them
 * (mayContinueFromBefore): their follow-ups then come out as the contact's panel gives them.
 * Read through the contact index, one transaction for all of them; like the reps' figures, only
 * touches with an owner and within what Touchline holds, merged as the contact's own page merges
 * them, automated ones only when the setting counts them.
 */
export async function addTouchesBeforeWindow(input: {
  db: TouchlineDb;
  byContact: Map<string, Touch[]>;
  settings: Settings;
  windowStart: Date;
  now: Date;
  invalid: InvalidRow[];
}): Promise<void> {
  const { settings, windowStart, now } = input;
  const held = keptFrom(settings, now).toISOString();
  const start = windowStart.toISOString();
  if (held >= start) return;
  const keys = [...input.byContact]
    .filter(([, touches]) => mayContinueFromBefore(touches, settings, windowStart))
    .map(([key]) => key);
  if (keys.length === 0) return;
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', (tx) =>
    eachRequest(keys, (key) => tx.objectStore('activities').index('byContact').getAll(key)),
  );
  for (const [i, key] of keys.entries()) {
    const earlier = parseRows(activitySchema, 'activities', rows[i] ?? [], input.invalid).filter(
      (a: Activity) => a.owner !== undefined && a.timestamp !== undefined && a.timestamp >= held && a.timestamp < start,
    );
    const { touches } = collectTouches(earlier, {
      now,
      timeZone: settings.timeZone,
      scopeKey: key,
      countCompletedTasks: settings.countCompletedTasks,
    });
    const counted = touches.filter((t) => settings.countAutomated || !t.activity.automated);
    if (counted.length > 0) input.byContact.set(key, [...counted, ...(input.byContact.get(key) ?? [])]);
  }
}
