import type { ContactView, RecordView, TouchCounts } from '../lib/schema/view-model';
import { BandMeter } from './BandMeter';
import { ChannelBars } from './ChannelBars';
import { formatDateTime, plural } from './format';
import { Metric } from './Metric';

interface TouchSummaryProps {
  touches: TouchCounts;
  /** `keptFrom` says where the counts start when the period reaches back past what retention keeps. */
  period: RecordView['period'];
  band?: ContactView['band'];
}

/**
 * Effort: touches in the period, by channel, manual vs automated, against the band. The headline
 * says how many touches could not be dated, so an undated timeline never reads as "0 touches".
 */
export function TouchSummary({ touches, period, band }: TouchSummaryProps) {
  const { label: periodLabel, keptFrom } = period;
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
          {keptFrom > period.end
            ? `None of ${periodLabel} is kept: activities read from pages are kept from ${formatDateTime(keptFrom, period.timeZone)} on`
            : `Counted from ${formatDateTime(keptFrom, period.timeZone)}: activities read from pages before it are no longer kept`}{' '}
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
