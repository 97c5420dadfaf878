import type { ContactView, TouchCounts } from '../lib/schema/view-model';
import { BandMeter } from './BandMeter';
import { ChannelBars } from './ChannelBars';
import { plural } from './format';
import { Metric } from './Metric';

interface TouchSummaryProps {
  touches: TouchCounts;
  periodLabel: string;
  band?: ContactView['band'];
}

/** Effort: touches in the period, by channel, manual vs automated, against the band. */
export function TouchSummary({ touches, periodLabel, band }: TouchSummaryProps) {
  return (
    <section class="tl-card" aria-label="Touches">
      <p class="tl-headline">
        <Metric name="touches-total" value={touches.total} class="tl-big">
          {touches.total}
        </Metric>{' '}
        <span class="tl-unit">{touches.total === 1 ? 'touch' : 'touches'}</span>{' '}
        <span class="tl-label">in {periodLabel}</span>
      </p>
      {band && <BandMeter total={touches.total} band={band} />}
      <ChannelBars byChannel={touches.byChannel} />
      <p class="tl-small">
        {touches.manual} manual ·{' '}
        <Metric name="touches-automated" value={touches.automated}>
          {touches.automated}
        </Metric>{' '}
        automated · {touches.inbound} inbound
      </p>
      {touches.undated ? (
        <p class="tl-hint">
          {plural(touches.undated, 'touch has', 'touches have')} no readable date and{' '}
          {touches.undated === 1 ? 'is' : 'are'} in no period's count.
        </p>
      ) : null}
    </section>
  );
}
