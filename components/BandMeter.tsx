import type { ContactView } from '../lib/schema/view-model';
import { plural } from './format';
import { Metric } from './Metric';
import { MOTION_LABEL } from './motion-labels';

type Band = NonNullable<ContactView['band']>;

/** Neutral on purpose (metrics.md): a higher number is never called better. */
const POSITION_HINT: Record<Band['position'], string> = {
  below: 'Below the band: efficient if the outcomes below are good.',
  within: 'Within the typical band.',
  above: 'Above the band: more is not better, check the outcomes.',
};

const WIDTH = 288;
const HEIGHT = 12;

interface BandMeterProps {
  band: Band;
}

/**
 * The contact's touches of the last 30 days as a marker on a scale with the motion's typical band
 * shaded. A band describes one outbound month, so when the panel shows another period it says the
 * band is over the last 30 days, with that count.
 */
export function BandMeter({ band }: BandMeterProps) {
  const total = band.touches;
  const scale = Math.max(band.high * 1.5, total, 1);
  const x = (n: number) => (Math.min(n, scale) / scale) * WIDTH;
  const motion = MOTION_LABEL[band.motion];
  // No touch is no effort to place: "below, efficient if the outcomes are good" fits none of it.
  // benchmarkBand (lib/metrics) still says "below"; the band itself is worth seeing.
  const placed = total > 0;
  const range = `${band.low} to ${band.high}`;
  const where = placed ? `${band.position} the ${motion} band of ${range}` : `the ${motion} band is ${range}`;
  const summary = `${plural(total, 'touch', 'touches')}, ${where}`;
  return (
    <div class="tl-band">
      <p class="tl-small">
        <Metric name="band" value={`${band.low}-${band.high}`} data={{ motion: band.motion }}>
          band {band.low}–{band.high} ({motion})
        </Metric>
        {placed && (
          <>
            {' '}
            · <span class={`tl-position tl-position--${band.position}`}>{band.position}</span>
          </>
        )}
        {band.samePeriod ? '' : ` · over the last 30 days: ${plural(total, 'touch', 'touches')}`}
      </p>
      <svg class="tl-band-meter" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <rect class="tl-band-track" x="0" y="4" width={WIDTH} height="4" rx="2" />
        <rect class="tl-band-range" x={x(band.low)} y="2" width={x(band.high) - x(band.low)} height="8" rx="2" />
        {placed && <rect class="tl-band-marker" x={Math.max(0, x(total) - 1.5)} y="0" width="3" height={HEIGHT} />}
      </svg>
      {placed && <p class="tl-hint">{POSITION_HINT[band.position]}</p>}
    </div>
  );
}
