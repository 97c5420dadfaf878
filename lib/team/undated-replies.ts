import type { TouchlineDb } from '../db/schema';
import { isReplyActivity } from '../metrics/touch';
import { type Activity, channelOf } from '../schema/activity';
import type { Settings } from '../schema/settings';
import type { KeepRows } from './kept-rows';
import { undatedTouchesOfContacts } from './undated-touches';

/**
 * The contacts whose panel does not know its reply rate because an email reply on it has no
 * readable date (metrics.md: then "—", never 0 %; unsureOfUndatedReplies), each with how many such
 * replies it has: each may answer one of the contact's unanswered emails, so a rep's rate over
 * them is known only as a range.
 * Only the contacts of undated email replies are read whole (undatedTouchesOfContacts), as each
 * contact's panel reads them.
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
  const byContact = await undatedTouchesOfContacts({
    ...input,
    worthReading: (a) => isEmailReply(a) && (input.account === undefined || `${a.crm}:${a.tenant}` === input.account),
  });
  const unsure = new Map<string, number>();
  for (const [key, touches] of byContact) {
    const replies = touches.filter(isEmailReply).length;
    if (replies > 0) unsure.set(key, replies);
  }
  return unsure;
}

function isEmailReply(activity: Activity): boolean {
  return channelOf(activity.type) === 'email' && isReplyActivity(activity);
}
