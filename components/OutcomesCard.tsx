import type { ComponentChildren } from 'preact';
import type { OutcomeFigures } from '../lib/schema/view-model';
import { plural, reasonText } from './format';
import { Metric } from './Metric';
import { RateFigure } from './RateFigure';

interface OutcomesCardProps {
  outcomes: OutcomeFigures;
  /** Lines only some views have (a contact's first reply and meeting), listed before the unknown outcomes. */
  facts?: ComponentChildren;
  /** Shown below the figures (a contact's vanity flag). */
  children?: ComponentChildren;
}

/** What the effort produced, shown beside it on a contact and on a deal (metrics.md "Outcomes beside activity"). */
export function OutcomesCard({ outcomes, facts, children }: OutcomesCardProps) {
  const unknown = outcomes.unknownOutcomes > 0 && (
    <li>
      {plural(outcomes.unknownOutcomes, 'call or meeting', 'calls or meetings')} without a recorded outcome (a call
      counts as an attempt, not a connect; a past meeting as held)
    </li>
  );
  // Said beside a rate over the emails read as outbound; a rate with none of them says it as its reason.
  const directionUnknown = (outcomes.emailsDirectionUnknown ?? 0) > 0 && outcomes.replyRate.denominator > 0 && (
    <li>
      {plural(outcomes.emailsDirectionUnknown ?? 0, 'email', 'emails')} whose sender was not read (in neither count of
      the reply rate)
    </li>
  );
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
          {outcomes.meetingsHeldNotKnown ? (
            <>
              <Metric name="meetings-held" value={null} reason="outcomes-not-read" class="tl-number">
                —
              </Metric>
              <span class="tl-small">{reasonText('outcomes-not-read')}</span>
            </>
          ) : (
            <Metric name="meetings-held" value={outcomes.meetingsHeld} class="tl-number">
              {outcomes.meetingsHeld}
            </Metric>
          )}
        </div>
      </div>
      {(facts || unknown || directionUnknown) && (
        <ul class="tl-facts">
          {facts}
          {unknown}
          {directionUnknown}
        </ul>
      )}
      {children}
    </section>
  );
}
