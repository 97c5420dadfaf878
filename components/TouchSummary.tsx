import type { ContactView, TouchCounts } from '../lib/schema/view-model';
import { BandMeter } from './BandMeter';
import { ChannelBars } from './ChannelBars';
import { formatDateTime, plural } from './format';
import { Metric } from './Metric';

interface TouchSummaryProps {
  touches: TouchCounts;
  periodLabel: string;
  /** The period's end, to tell a period partly past the retention cutoff from one wholly past it. */
  periodEnd: string;
  /** Where the period's counts start when it reaches back past what retention keeps (PeriodView.keptFrom). */
  keptFrom?: string | undefined;
  band?: ContactView['band'];
}

/**
 * Effort: touches in the period, by channel, manual vs automated, against the band. The headline
 * says how many touches could not be dated, so an undated timeline never reads as "0 touches".
 */
export function TouchSummary({ touches, periodLabel, periodEnd, keptFrom, band }: TouchSummaryProps) {
  const undated = touches.undated ?? 0;
  return (
    // Polite live region: after a one-click log, screen readers hear the counts that changed.
    <section class="tl-card" aria-label="Touches" aria-live="polite">
      <p class="tl-headline">
        <Metric name="touches-total" value={touches.total} class="tl-big">
          {touches.total}
        </Metric>{' '}
        <span class="tl-unit">{touches.total === 1 ? 'touch' : 'touches'}</span>{' '}
        <span class="tl-label">in {periodLabel}</span>
        <Metric name="touches-undated" value={undated} class="tl-undated">
          {undated > 0 ? ` · ${plural(undated, 'touch', 'touches')} could not be dated` : null}
        </Metric>
      </p>
      {undated > 0 && (
        <p class="tl-hint">
          {undated === 1 ? 'It is' : 'They are'} in no period's count: the page showed {undated === 1 ? 'its' : 'their'}{' '}
          date in a form Touchline could not read.
        </p>
      )}
      {keptFrom && (
        <p class="tl-hint" data-notice="beyond-retention" data-value={keptFrom}>
          {keptFrom > periodEnd
            ? `None of ${periodLabel} is kept: activities read from pages are kept from ${formatDateTime(keptFrom)} on`
            : `Counted from ${formatDateTime(keptFrom)}: activities read from pages before it are no longer kept`}{' '}
          (the retention setting on the options page); touches logged in Touchline are all counted.
        </p>
      )}
      {band && <BandMeter band={band} />}
      <ChannelBars byChannel={touches.byChannel} />
      <p class="tl-small">
        {touches.manual} manual ·{' '}
        <Metric name="touches-automated" value={touches.automated}>
          {touches.automated}
        </Metric>{' '}
        automated{touches.automatedCounted ? '' : ', not counted'} · {touches.inbound} inbound
        {touches.tasks ? ` · ${plural(touches.tasks, 'completed task', 'completed tasks')} counted` : ''}
      </p>
    </section>
  );
}
