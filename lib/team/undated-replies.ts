import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { readUndatedRows } from '../db/undated-keys';
import { collectTouches } from '../metrics/collect-touches';
import { isReplyActivity } from '../metrics/touch';
import { type Activity, activitySchema, channelOf } from '../schema/activity';
import type { Settings } from '../schema/settings';
import type { KeepRows } from './kept-rows';

/**
 * The contacts whose panel does not know its reply rate because an email reply on it has no
 * readable date (metrics.md: then "—", never 0 %; unsureOfUndatedReplies), each with how many such
 * replies it has: each may answer one of the contact's unanswered emails, so a rep's rate over
 * them is known only as a range.
 * Undated rows are in no time index and no pack: their keys are kept apart (undated-keys.ts), and
 * only the contacts of undated email replies are read whole, as each contact's panel reads them.
 */
export async function contactsWithUndatedReplies(input: {
  db: TouchlineDb;
  /** `crm:tenant` of the chosen account; every account when absent. */
  account: string | undefined;
  settings: Pick<Settings, 'timeZone' | 'countCompletedTasks'>;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  keep: KeepRows;
}): Promise<Map<string, number>> {
  const unreported: InvalidRow[] = [];
  const undated = parseRows(activitySchema, 'activities', await readUndatedRows(input.db), unreported);
  const candidates = new Set(
    undated
      .filter((a) => isEmailReply(a) && (input.account === undefined || `${a.crm}:${a.tenant}` === input.account))
      .flatMap((a) => a.contactKeys),
  );
  const unsure = new Map<string, number>();
  if (candidates.size === 0) return unsure;
  const keys = [...candidates];
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', (tx) =>
    eachRequest(keys, (key) => tx.objectStore('activities').index('byContact').getAll(key)),
  );
  for (const [i, key] of keys.entries()) {
    const history = await input.keep(parseRows(activitySchema, 'activities', rows[i] ?? [], unreported));
    // As the contact's panel: undated copies of a dated touch are that touch, not an undated reply.
    const { undatedTouches } = collectTouches(history, {
      now: input.now,
      timeZone: input.settings.timeZone,
      scopeKey: key,
      countCompletedTasks: input.settings.countCompletedTasks,
      pageTimeZone: input.pageTimeZone,
    });
    const replies = undatedTouches.filter(isEmailReply).length;
    if (replies > 0) unsure.set(key, replies);
  }
  return unsure;
}

function isEmailReply(activity: Activity): boolean {
  return channelOf(activity.type) === 'email' && isReplyActivity(activity);
}
