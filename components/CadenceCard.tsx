import type { ContactView } from '../lib/schema/view-model';
import { CadenceStrip } from './CadenceStrip';
import { CHANNEL_LABEL } from './channels';
import { formatDay, formatShortDate, plural, reasonText, relativeDays } from './format';
import { Metric } from './Metric';

interface CadenceCardProps {
  cadence: ContactView['cadence'];
  daysSinceLastTouch: number | null;
  /** Why there is none, when there is none (lastTouchReason). */
  lastTouchReason: string;
  period: ContactView['period'];
}

/** Rhythm: days since the last touch, the next step due, past gaps, gone cold. */
export function CadenceCard({ cadence, daysSinceLastTouch, lastTouchReason, period }: CadenceCardProps) {
  const next = cadence.nextDue;
  return (
    <section class="tl-card" aria-label="Cadence">
      <h3 class="tl-card-title">Cadence</h3>
      <p>
        <span class="tl-label">last touch </span>
        <Metric name="days-since-last-touch" value={daysSinceLastTouch} reason={lastTouchReason} class="tl-strong">
          {daysSinceLastTouch === null ? reasonText(lastTouchReason) : relativeDays(daysSinceLastTouch)}
        </Metric>
        {daysSinceLastTouch !== null && cadence.lastTouchCaveat && (
          <span class="tl-small"> {cadence.lastTouchCaveat}</span>
        )}
      </p>
      <p>
        <span class="tl-label">next </span>
        {next ? (
          <Metric
            name="next-touch-due"
            value={next.date}
            data={{ channel: next.channel, overdue: next.overdue ? 'true' : undefined }}
            class="tl-strong"
          >
            {CHANNEL_LABEL[next.channel]}
            {next.kind === 'follow-up' ? ' follow-up' : ''}, due {formatDay(next.date, cadence.today)}
            {next.overdue && <span class="tl-overdue"> overdue</span>}
          </Metric>
        ) : cadence.nextDueReason ? (
          // Only touches without a readable date keep a next step from being dated (nextTouchView).
          <Metric name="next-touch-due" value={null} reason="undated-touches">
            {cadence.nextDueReason}
          </Metric>
        ) : (
          <Metric name="next-touch-due" value={null} reason="no-next-step">
            {reasonText('no-next-step')}
          </Metric>
        )}
        {next && cadence.nextDueReason && <span class="tl-small"> {cadence.nextDueReason}</span>}
      </p>
      <CadenceStrip touchTimes={cadence.touchTimes} gaps={cadence.gaps} period={period} />
      <p class="tl-small">
        {cadence.gapsNotKnown ? (
          // Only touches without a readable date keep the gaps from being counted (gapsView).
          <Metric name="cadence-gaps" value={null} reason="undated-touches">
            {cadence.gapsReason}
          </Metric>
        ) : (
          <>
            <Metric name="cadence-gaps" value={cadence.gaps.length}>
              {plural(cadence.gaps.length, 'gap', 'gaps')}
            </Metric>
            {cadence.gaps.map((gap) => (
              <span key={gap.from}>
                {' '}
                · {Math.round(gap.days)} d from {formatShortDate(gap.from, period.timeZone, cadence.today)}
              </span>
            ))}
            {cadence.gapsReason && <span> {cadence.gapsReason}</span>}
          </>
        )}
      </p>
      {cadence.goneCold ? (
        <p class="tl-flag" role="note">
          <Metric name="gone-cold" value="true">
            Gone cold{cadence.goneColdReason ? `: ${cadence.goneColdReason}` : ''}
          </Metric>
        </p>
      ) : (
        <Metric name="gone-cold" value="false">
          {null}
        </Metric>
      )}
    </section>
  );
}
