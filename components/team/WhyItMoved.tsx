import type { DecompositionChannel } from '../../lib/metrics/decomposition';
import type { TeamView } from '../../lib/team/team-view';
import { tenthParts } from '../../lib/team/whole-points';
import { teamDate } from './team-dates';

const POINT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
/** A part's points of the period before: "—" when it had no touches to take points of. */
const points = (p: number | null | undefined) => (p === null || p === undefined ? '—' : POINT.format(p));
const TOUCHES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const PART_LABELS: Record<DecompositionChannel, string> = {
  call: 'calls per contact',
  email: 'emails per contact',
  meeting: 'meetings per contact',
  social: 'social touches per contact',
  sms: 'SMS per contact',
  task: 'completed tasks per contact',
};

/** The change against the period before, split into coverage and per-channel capacity (decisions.md). */
export function WhyItMoved({ view }: { view: TeamView }) {
  const { movement, periods } = view;
  const d = movement.decomposition;
  const channels = Object.entries(d.capacity) as [DecompositionChannel, number][];
  // Each column rounded as a whole, so its parts add up to the change its last row states.
  const touches = tenthParts([d.coverage, ...channels.map(([, n]) => n)], d.after - d.before);
  const rawPoints = [movement.points.coverage, ...channels.map(([channel]) => movement.points.byChannel[channel])];
  const shownPoints =
    d.relative === null || rawPoints.some((p) => p === null || p === undefined)
      ? rawPoints
      : tenthParts(rawPoints as number[], d.relative * 100);
  return (
    <section class="tl-team-section" aria-labelledby="tl-moved-title" data-section="why-it-moved">
      <h2 id="tl-moved-title">Why it moved</h2>
      <p
        class="tl-sentence"
        data-metric="movement"
        data-value={d.relative === null || movement.notRead ? '' : d.relative.toFixed(4)}
        data-reason={movement.notRead}
      >
        {movement.sentence}
      </p>
      <p class="tl-basis">
        Touches on active contacts, {periods.current.label} against the same length before it (
        {teamDate(periods.previous.start, periods.timeZone)} – {teamDate(periods.previous.end, periods.timeZone)}
        ): touches = active contacts × touches per active contact, per channel; each part is the average of changing one
        factor first and the other first, so the parts add up to the change.
      </p>
      {d.before + d.after > 0 && !movement.notRead && (
        <div class="tl-table-wrap">
          <table class="tl-team-table tl-narrow">
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Touches</th>
                <th scope="col">Points of the period before</th>
              </tr>
            </thead>
            <tbody>
              <tr data-part="coverage">
                <th scope="row">Active contacts (coverage)</th>
                <td>{TOUCHES.format(touches[0] as number)}</td>
                <td>{points(shownPoints[0])}</td>
              </tr>
              {channels.map(([channel], i) => (
                <tr key={channel} data-part={channel}>
                  <th scope="row">{PART_LABELS[channel]} (capacity)</th>
                  <td>{TOUCHES.format(touches[i + 1] as number)}</td>
                  <td>{points(shownPoints[i + 1])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Change</th>
                <td>
                  {d.before} → {d.after}
                </td>
                <td>{d.relative === null ? '—' : POINT.format(d.relative * 100)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {d.before === 0 && d.after > 0 && !movement.notRead && (
        <p class="tl-hint">
          Points of the period before: "—", as it had no touches on active contacts to take points of.
        </p>
      )}
    </section>
  );
}
