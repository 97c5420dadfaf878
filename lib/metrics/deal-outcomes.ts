import { type Activity, channelOf } from '../schema/activity';
import type { OutcomeFigures } from '../schema/view-model';
import { withDealReplyThreads } from './deal-reply-threads';
import { emailsOfUnknownDirection, withEmailsOfUnknownDirection } from './email-direction-unknown';
import { meetingsHeld, unknownOutcomes } from './outcome-counts';
import { type ResolvedPeriod, touchesIn } from './period';
import { connectRate } from './rates';
import { teamReplyRate } from './reply-rate-across-contacts';
import { unsureOfUndatedReplyThreads } from './reply-rate-undated';
import { isReplyActivity, type Touch } from './touch';
import { headlineTouches } from './touch-counts';

/**
 * What the effort on a deal produced (metrics.md "Outcomes beside activity"), over the touches its
 * counts use: `touches` are the deal's and its contacts' touches, duplicates merged, oldest first,
 * automated ones included (the setting leaves them out here as in every touch figure).
 * Reply rate: each contact's emails are answered only by that contact's reply, as on the contact's
 * panel (teamReplyRate); a touch on the deal's timeline that names no contact is paired as
 * withDealReplyThreads says (`dealContacts`: the keys of the contacts the deal's page lists);
 * emails sent in the period, their answers looked for up to now. An email reply the page gave no
 * date (`undatedTouches`) may answer one of its own contact's unanswered emails, and one naming
 * no contact any of the deal's: the rate is then a range, as on the team page
 * (unsureOfUndatedReplyThreads), never a confident "0 of 1". Emails whose direction the page did
 * not show are said apart (withEmailsOfUnknownDirection), as on the contact's panel.
 */
export function dealOutcomes(
  touches: readonly Touch[],
  undatedTouches: readonly Activity[],
  dealContacts: readonly string[],
  period: Pick<ResolvedPeriod, 'start' | 'end'>,
  countAutomated: boolean,
): OutcomeFigures {
  const inPeriod = touchesIn(headlineTouches(touches, countAutomated), period);
  const threads = withDealReplyThreads(touches, dealContacts, countAutomated, period);
  // On a deal with one contact, a reply naming nobody is that contact's, as its dated ones are.
  const only = dealContacts.length === 1 ? dealContacts : [];
  const undatedReplies = new Map<string, number>();
  let unnamed = 0;
  for (const reply of undatedTouches.filter((a) => isReplyActivity(a) && channelOf(a.type) === 'email')) {
    const keys = reply.contactKeys.length > 0 ? reply.contactKeys : only;
    if (keys.length === 0) unnamed++;
    for (const key of keys) undatedReplies.set(key, (undatedReplies.get(key) ?? 0) + 1);
  }
  const replies = teamReplyRate(threads, countAutomated, period);
  return withEmailsOfUnknownDirection(
    {
      replyRate: unsureOfUndatedReplyThreads(replies, threads, undatedReplies, countAutomated, period, unnamed),
      connectRate: connectRate(inPeriod),
      meetingsHeld: meetingsHeld(inPeriod),
      unknownOutcomes: unknownOutcomes(inPeriod),
    },
    emailsOfUnknownDirection(inPeriod),
  );
}
