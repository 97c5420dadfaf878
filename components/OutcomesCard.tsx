import type { ContactView } from '../lib/schema/view-model';
import { formatHours, plural } from './format';
import { Metric } from './Metric';
import { RateFigure } from './RateFigure';

interface OutcomesCardProps {
  outcomes: ContactView['outcomes'];
}

/** What the effort produced, shown beside it (metrics.md "Outcomes beside activity"). */
export function OutcomesCard({ outcomes }: OutcomesCardProps) {
  return (
    <section class="tl-card" aria-label="Outcomes">
      <h3 class="tl-card-title">Outcomes</h3>
      <div class="tl-rates">
        <RateFigure
          metric="reply-rate"
          label="reply rate"
          rate={outcomes.replyRate}
          of={['email answered', 'emails answered']}
          fallbackReason="no-outbound-email"
        />
        <RateFigure
          metric="connect-rate"
          label="connect rate"
          rate={outcomes.connectRate}
          of={['call', 'calls']}
          fallbackReason="no-calls"
        />
        <div class="tl-rate">
          <span class="tl-label">meetings held</span>
          <Metric name="meetings-held" value={outcomes.meetingsHeld} class="tl-number">
            {outcomes.meetingsHeld}
          </Metric>
        </div>
      </div>
      <ul class="tl-facts">
        <li>{firstReplyText(outcomes)}</li>
        <li>{firstText('meeting', outcomes.touchesToFirstMeeting)}</li>
        {outcomes.leadResponseHours !== null && (
          <li>first response {formatHours(outcomes.leadResponseHours)} after the contact was created</li>
        )}
        {outcomes.unknownOutcomes > 0 && (
          <li>
            {plural(outcomes.unknownOutcomes, 'call or meeting', 'calls or meetings')} without a recorded outcome (a
            call counts as an attempt, not a connect; a past meeting as held)
          </li>
        )}
      </ul>
      {outcomes.vanity && (
        <p class="tl-flag" role="note">
          Many touches in the last 30 days, above the band, with no reply, connect or meeting: effort in the wrong
          place?
        </p>
      )}
    </section>
  );
}

function firstReplyText({ touchesToFirstReply, undatedReplies }: ContactView['outcomes']): string {
  if (touchesToFirstReply !== null || undatedReplies === 0) return firstText('reply', touchesToFirstReply);
  return `${plural(undatedReplies, 'reply', 'replies')} without a readable date: when the first came is not known`;
}

function firstText(what: 'reply' | 'meeting', touches: number | null): string {
  if (touches === null) return what === 'reply' ? 'no reply in period' : 'no meeting held in period';
  return `first ${what} after ${plural(touches, 'outbound touch', 'outbound touches')}`;
}
