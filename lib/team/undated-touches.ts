import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { readUndatedRows } from '../db/undated-keys';
import { collectTouches } from '../metrics/collect-touches';
import type { UndatedTouches } from '../metrics/next-touch';
import { type Activity, activitySchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import type { KeepRows } from './kept-rows';

interface UndatedReadInput {
  db: TouchlineDb;
  settings: Pick<Settings, 'timeZone' | 'countCompletedTasks'>;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  keep: KeepRows;
}

/**
 * The touches without a readable date of each contact an undated row `worthReading` names, once
 * each, as the contact's panel collects them: an undated copy of a dated touch is that touch.
 * Undated rows are in no time index and no pack: their keys are kept apart (undated-keys.ts), and
 * only the contacts they name (of those asked for) are read whole. Contacts without any are left out.
 */
export async function undatedTouchesOfContacts(
  input: UndatedReadInput & { worthReading: (row: Activity) => boolean },
): Promise<Map<string, Activity[]>> {
  const unreported: InvalidRow[] = [];
  const undated = parseRows(activitySchema, 'activities', await readUndatedRows(input.db), unreported);
  const keys = [...new Set(undated.filter(input.worthReading).flatMap((a) => a.contactKeys))];
  const found = new Map<string, Activity[]>();
  if (keys.length === 0) return found;
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', (tx) =>
    eachRequest(keys, (key) => tx.objectStore('activities').index('byContact').getAll(key)),
  );
  for (const [i, key] of keys.entries()) {
    const history = await input.keep(parseRows(activitySchema, 'activities', rows[i] ?? [], unreported));
    const { undatedTouches } = collectTouches(history, {
      now: input.now,
      timeZone: input.settings.timeZone,
      scopeKey: key,
      countCompletedTasks: input.settings.countCompletedTasks,
      pageTimeZone: input.pageTimeZone,
    });
    if (undatedTouches.length > 0) found.set(key, undatedTouches);
  }
  return found;
}

/**
 * For the follow-ups (followUps): each of `contacts` with touches the page showed without a
 * readable date, how many, counted as its panel counts them (automated ones only when the setting
 * counts them), and whether one is outbound. Any of them may be newer than the last dated touch, so
 * "gone cold" and an overdue step are said with the panel's caveat, or not said (nextTouchView).
 */
export async function contactsWithUndatedTouches(
  input: UndatedReadInput & {
    settings: Pick<Settings, 'countAutomated'>;
    contacts: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  },
): Promise<Map<string, UndatedTouches>> {
  const { countAutomated } = input.settings;
  const byContact = await undatedTouchesOfContacts({
    ...input,
    worthReading: (row) => row.contactKeys.some((key) => input.contacts.has(key)),
  });
  const found = new Map<string, UndatedTouches>();
  for (const [key, touches] of byContact) {
    if (!input.contacts.has(key)) continue;
    const counted = touches.filter((a) => countAutomated || !a.automated);
    if (counted.length === 0) continue;
    found.set(key, { count: counted.length, outbound: counted.some((a) => a.direction !== 'inbound') });
  }
  return found;
}
