import { type Activity, channelOf } from '../schema/activity';
import type { OutcomeFigures } from '../schema/view-model';
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
 * panel (teamReplyRate); emails sent in the period, their answers looked for up to now. An email
 * reply the page gave no date (`undatedTouches`) may answer one of its own contact's unanswered
 * emails: the rate is then a range, as on the team page (unsureOfUndatedReplyThreads).
 */
export function dealOutcomes(
  touches: readonly Touch[],
  undatedTouches: readonly Activity[],
  period: Pick<ResolvedPeriod, 'start' | 'end'>,
  countAutomated: boolean,
): OutcomeFigures {
  const inPeriod = touchesIn(headlineTouches(touches, countAutomated), period);
  const undatedReplies = new Map<string, number>();
  for (const reply of undatedTouches.filter((a) => isReplyActivity(a) && channelOf(a.type) === 'email'))
    for (const key of reply.contactKeys) undatedReplies.set(key, (undatedReplies.get(key) ?? 0) + 1);
  const replies = teamReplyRate(touches, countAutomated, period);
  return {
    replyRate: unsureOfUndatedReplyThreads(replies, touches, undatedReplies, countAutomated, period),
    connectRate: connectRate(inPeriod),
    meetingsHeld: meetingsHeld(inPeriod),
    unknownOutcomes: unknownOutcomes(inPeriod),
  };
}
