import { withMergeTargets } from '../db/merge-targets';
import type { InvalidRow } from '../db/rows';
import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { collectTouches } from '../metrics/collect-touches';
import { withThisContact } from '../metrics/logged-contacts';
import type { Touch } from '../metrics/touch';
import { activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import type { KeepRows } from './kept-rows';
import { setContactTouches } from './left-out-touches';
import { mayContinueFromBefore } from './run-before-window';

/**
 * Gives the contacts whose next step could depend on touches from before the weeks read
 * (mayContinueFromBefore), and those in `alsoRead`, their whole history instead of the window's
 * part of it, merged as one set as the contact's own page merges it, so a copy just before the
 * window's start and its copy just after it are one touch. Read through the contact index, one
 * transaction for all of them, with the page copies the contact's logged touches were merged into
 * (a deal timeline's copy names nobody), as the contact's panel reads them (readContactData,
 * withThisContact); like the reps' figures: every stored row up to the window's end that
 * retention keeps (touches logged in Touchline outlive it, as the pruning keeps them), with an
 * owner or without (the contact's panel counts both, and so do the contact's touches of the
 * window), automated ones apart in `leftOut` when the setting leaves them out. A damaged row is
 * reported by the weeks read, or else left out here.
 */
export async function addTouchesBeforeWindow(input: {
  db: TouchlineDb;
  byContact: Map<string, Touch[]>;
  /** Each contact's automated touches the setting leaves out of `byContact`, where it has any: set again with it. */
  leftOut: Map<string, Touch[]>;
  /** Contacts to read whole whatever their touches in the window (a touch logged without a name). */
  alsoRead?: readonly string[];
  settings: Settings;
  window: { start: Date; end: Date };
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  /** Retention on read (keptRows). */
  keep: KeepRows;
}): Promise<void> {
  const { settings, window, now } = input;
  const continuing = [...input.byContact]
    .filter(([key, touches]) => mayContinueFromBefore(touches, settings, window.start, input.leftOut.get(key)))
    .map(([key]) => key);
  const keys = [...new Set([...continuing, ...(input.alsoRead ?? [])])];
  if (keys.length === 0) return;
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', (tx) => {
    const activities = tx.objectStore('activities');
    return eachRequest(keys, async (key) =>
      withMergeTargets(activities, await activities.index('byContact').getAll(key)),
    );
  });
  const end = window.end.toISOString();
  const unreported: InvalidRow[] = [];
  for (const [i, key] of keys.entries()) {
    const history = await input.keep(
      parseRows(activitySchema, 'activities', rows[i] ?? [], unreported).filter(
        (a) => a.timestamp !== undefined && a.timestamp <= end,
      ),
    );
    const { touches } = collectTouches(withThisContact(history, key), {
      now,
      timeZone: settings.timeZone,
      scopeKey: key,
      countCompletedTasks: settings.countCompletedTasks,
      pageTimeZone: input.pageTimeZone,
    });
    setContactTouches(input, key, touches, settings.countAutomated);
  }
}
