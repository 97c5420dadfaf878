import { type Activity, channelOf } from '../schema/activity';
import type { OutcomeFigures } from '../schema/view-model';
import { meetingsHeld, unknownOutcomes } from './outcome-counts';
import { type ResolvedPeriod, touchesIn } from './period';
import { connectRate, unsureOfUndatedReplies } from './rates';
import { teamReplyRate } from './reply-rate-across-contacts';
import { isReplyActivity, type Touch } from './touch';
import { headlineTouches } from './touch-counts';

/**
 * What the effort on a deal produced (metrics.md "Outcomes beside activity"), over the touches its
 * counts use: `touches` are the deal's and its contacts' touches, duplicates merged, oldest first,
 * automated ones included (the setting leaves them out here as in every touch figure).
 * Reply rate: each contact's emails are answered only by that contact's reply, as on the contact's
 * panel (teamReplyRate); emails sent in the period, their answers looked for up to now. As on the
 * contact's panel, an email reply the page gave no date (`undatedTouches`) may answer any email
 * still unanswered, so the rate is then not known.
 */
export function dealOutcomes(
  touches: readonly Touch[],
  undatedTouches: readonly Activity[],
  period: Pick<ResolvedPeriod, 'start' | 'end'>,
  countAutomated: boolean,
): OutcomeFigures {
  const inPeriod = touchesIn(headlineTouches(touches, countAutomated), period);
  const undatedReplies = undatedTouches.filter((a) => isReplyActivity(a) && channelOf(a.type) === 'email').length;
  return {
    replyRate: unsureOfUndatedReplies(teamReplyRate(touches, countAutomated, period), undatedReplies),
    connectRate: connectRate(inPeriod),
    meetingsHeld: meetingsHeld(inPeriod),
    unknownOutcomes: unknownOutcomes(inPeriod),
  };
}
