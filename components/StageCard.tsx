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

type Warning = Exclude<DealView['warning'], 'none' | null>;

const WARNING_TEXT: Record<Warning, string> = {
  watch: 'watch',
  stalled: 'stalled',
};

/** Time in the current stage against the typical time, the watch/stalled warning, and the stage history. */
export function StageCard({ view, historyNotRead }: StageCardProps) {
  const { daysInStage, typicalDaysInStage: typical } = view;
  const warning = raised(view.warning);
  const missing = daysMissing(view);
  const outcome = view.daysInStageReason === 'closed-outcome';
  const hint = daysInStage === null ? undefined : rangeHint(view, historyNotRead !== undefined);
  return (
    <section class="tl-card" aria-label="Stage">
      <p class={warning ? `tl-warning tl-warning--${warning}` : 'tl-small'} role={warning ? 'note' : undefined}>
        {warning && <span aria-hidden="true">⚠ </span>}
        {/* A warning not known has no value, and its reason (contracts.md). */}
        <Metric
          name="stage-warning"
          value={view.warning}
          reason={warningNotKnown(view, missing.reason)}
          class={warning ? 'tl-strong' : undefined}
        >
          {warningLabel(view)}
        </Metric>
        {warning && view.warningReason && `: ${view.warningReason}`}
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

/** Why the warning is not known: the outcome not read, else the days in stage's reason, else no typical time. */
function warningNotKnown(view: DealView, daysReason: string): string | undefined {
  if (view.warning !== null) return undefined;
  if (view.outcomeNotRead) return 'outcome-not-read';
  return view.daysInStage === null ? daysReason : 'no-typical-time';
}

/** The warning raised (watch or stalled), if any. */
function raised(warning: DealView['warning']): Warning | undefined {
  return warning === 'watch' || warning === 'stalled' ? warning : undefined;
}

/**
 * Without a warning, the reason only matters when it says why there is none (closed, time
 * unknown) or why none is known (the outcome was not read).
 */
function warningLabel(view: DealView): string {
  const warning = raised(view.warning);
  if (warning) return WARNING_TEXT[warning];
  if (view.warning === null) return view.warningReason;
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
