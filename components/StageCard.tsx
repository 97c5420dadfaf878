import type { DealView } from '../lib/schema/view-model';
import { plural } from './format';
import { Metric } from './Metric';
import { NO_VERDICT_WORDS } from './no-verdict-words';
import { readableReason } from './reason-dates';
import { StageTimeline } from './StageTimeline';
import { daysMissing, daysText, daysUnit, rangeData } from './stage-days';

interface StageCardProps {
  view: DealView;
  /** Why the page's stage history was not read in full (cut short, newest rows only), when it was not. */
  historyNotRead?: string | undefined;
}

const WARNING_TEXT: Record<Exclude<DealView['warning'], 'none'>, string> = {
  watch: 'watch',
  stalled: 'stalled',
};

/** Time in the current stage against the typical time, the watch/stalled warning, and the stage history. */
export function StageCard({ view, historyNotRead }: StageCardProps) {
  const { daysInStage, typicalDaysInStage: typical, warning } = view;
  const missing = daysMissing(view);
  const outcome = view.daysInStageReason === 'closed-outcome';
  const hint = daysInStage === null ? undefined : rangeHint(view, historyNotRead !== undefined);
  return (
    <section class="tl-card" aria-label="Stage">
      <p
        class={warning === 'none' ? 'tl-small' : `tl-warning tl-warning--${warning}`}
        role={warning === 'none' ? undefined : 'note'}
      >
        {warning !== 'none' && <span aria-hidden="true">⚠ </span>}
        <Metric name="stage-warning" value={warning} class={warning === 'none' ? undefined : 'tl-strong'}>
          {warningLabel(view)}
        </Metric>
        {warning !== 'none' && view.warningReason && `: ${view.warningReason}`}
      </p>
      <p class="tl-stage-days">
        <Metric name="days-in-stage" value={daysInStage} reason={missing.reason} data={rangeData(view)} class="tl-big">
          {daysInStage === null ? '—' : daysText(view, daysInStage)}
        </Metric>{' '}
        <span class="tl-unit">{daysUnit(view, missing.words)}</span>
        {typical && <span class="tl-label"> · typical </span>}
        {typical && (
          <Metric name="typical-days-in-stage" value={typical.days} data={{ source: typical.source }} class="tl-strong">
            {plural(typical.days, 'day', 'days')}
          </Metric>
        )}
        {!typical && (
          <Metric
            name="typical-days-in-stage"
            value={null}
            reason={outcome ? 'closed-outcome' : view.stage ? 'no-typical-time' : 'no-stage'}
            class="tl-small"
          >
            {outcome ? '' : ' · typical time unknown'}
          </Metric>
        )}
      </p>
      {hint && <p class="tl-hint">{hint}</p>}
      {view.closed && daysInStage !== null && <p class="tl-hint">Counted until the deal closed.</p>}
      {historyNotRead !== undefined && (
        <p class="tl-hint" role="note" data-notice="stage-history-not-read">
          Not all of the stage history was read ({readableReason(historyNotRead, view.period.timeZone)}): earlier stays
          are left out{view.daysInStageAtLeast ? ', and the deal may have entered this stage earlier' : ''}.
        </p>
      )}
      {typical && <p class="tl-hint">{typicalSource(typical)}</p>}
      <StageTimeline stages={view.stageTimeline} />
    </section>
  );
}

/** With part of the history read, "the page shows no stage history" would be wrong: the note below says what is missing. */
function rangeHint(view: DealView, historyPartlyRead: boolean): string | undefined {
  if (view.daysInStageApproximate) return 'From the time in stage the page shows: exact to the day.';
  if (!view.daysInStageAtLeast) return undefined;
  if (view.daysInStageUpTo === undefined)
    return historyPartlyRead
      ? undefined
      : 'Counted from when Touchline first saw this deal: the page shows no stage history.';
  return 'Touchline saw the deal in this stage, not the day it entered it: the time is a range.';
}

/** Without a warning, the reason only matters when it says why there is none (closed, or time unknown). */
function warningLabel(view: DealView): string {
  if (view.warning !== 'none') return WARNING_TEXT[view.warning];
  if (view.closed) return view.warningReason || `closed ${view.closed}`;
  if (view.daysInStage === null) return view.warningReason || NO_VERDICT_WORDS.unknown;
  // Only the lower bound is known: the deal may be further behind than it shows.
  if (view.daysInStageAtLeast) return NO_VERDICT_WORDS['lower-bound'];
  return 'on pace';
}

function typicalSource(typical: NonNullable<DealView['typicalDaysInStage']>): string {
  if (typical.source === 'own-deals')
    return `median of your ${plural(typical.deals, 'deal', 'deals')} that left this stage`;
  const have = typical.deals === 1 ? 'has' : 'have';
  return `default: ${typical.deals} of your deals that left this stage ${have} a known time there, 5 are needed for your own typical time`;
}
