import type { ContactView } from '../lib/schema/view-model';
import { plural } from './format';

const WIDTH = 288;
const HEIGHT = 16;
const MID = HEIGHT / 2;

interface CadenceStripProps {
  touchTimes: string[];
  gaps: ContactView['cadence']['gaps'];
  period: { start: string; end: string; label: string };
}

/** Outbound touches as dots across the period, gaps as highlighted stretches. */
export function CadenceStrip({ touchTimes, gaps, period }: CadenceStripProps) {
  const start = Date.parse(period.start);
  const span = Math.max(1, Date.parse(period.end) - start);
  const x = (iso: string) => (Math.min(Math.max(Date.parse(iso) - start, 0), span) / span) * WIDTH;
  const longest = gaps.reduce((max, gap) => Math.max(max, gap.days), 0);
  const summary =
    `${plural(touchTimes.length, 'outbound touch', 'outbound touches')} in ${period.label}, ` +
    (gaps.length === 0 ? 'no gaps' : `${plural(gaps.length, 'gap', 'gaps')}, longest ${Math.round(longest)} days`);
  return (
    <svg class="tl-strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
      <line class="tl-strip-axis" x1="0" y1={MID} x2={WIDTH} y2={MID} />
      {gaps.map((gap) => (
        <rect
          key={gap.from}
          class="tl-strip-gap"
          x={x(gap.from)}
          y={MID - 3}
          width={Math.max(2, x(gap.to) - x(gap.from))}
          height="6"
          rx="3"
        />
      ))}
      {touchTimes.map((time, index) => (
        <circle key={`${time}-${index}`} class="tl-strip-dot" cx={x(time)} cy={MID} r="3.5" />
      ))}
    </svg>
  );
}
