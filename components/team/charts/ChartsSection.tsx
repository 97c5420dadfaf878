import { useCallback } from 'preact/hooks';
import { accountLabel } from '../../../lib/team/accounts';
import { basisText } from '../../../lib/team/basis';
import { countOf } from '../../../lib/team/counts';
import type { Funnel } from '../../../lib/team/funnel';
import type { TeamView } from '../../../lib/team/team-view';
import { CHANNEL_LABEL, CHANNELS } from '../../channels';
import { formatPercent, plural } from '../../format';
import type { ChartColors } from './chart-colors';
import { channelMixConfig, funnelConfig, weeklyConfig } from './chart-configs';
import { loadChart } from './load-chart';
import { TeamChart } from './TeamChart';
import { weekLabel } from './week-label';

/** Weekly touches per rep, channel mix per rep and the stage funnel, each with its table. */
export function ChartsSection({ view, load = loadChart }: { view: TeamView; load?: typeof loadChart }) {
  const weekly = useCallback((c: ChartColors) => weeklyConfig(view.weekly, c), [view.weekly]);
  const mix = useCallback((c: ChartColors) => channelMixConfig(view.reps, c), [view.reps]);
  const stages = view.funnel;
  const funnel = useCallback((c: ChartColors) => (stages ? funnelConfig(stages, c) : weeklyConfig([], c)), [stages]);
  const weeks = view.weekly[0]?.weeks ?? [];
  // No rep with a touch (an owner without one, an account of deals only): no weeks to count, nothing drawn.
  const weeklySpan = weeks.length > 0 ? `last ${plural(weeks.length, 'week', 'weeks')}` : 'no rep has a touch to chart';
  return (
    <section class="tl-team-section" aria-labelledby="tl-charts-title">
      <h2 id="tl-charts-title">Charts</h2>
      <p class="tl-basis">
        Weekly touches and channel mix {basisText(view.basis)}; the funnel from{' '}
        {view.filters.owner === undefined
          ? 'every stored deal of its pipeline'
          : `every stored deal of ${view.filters.owner}'s in its pipeline`}
        , open or closed.
      </p>
      <div class="tl-chart-grid">
        <TeamChart
          title={`Touches per week, per rep (${weeklySpan})`}
          label={
            weeks.length > 0
              ? `Line chart of weekly touches for ${plural(view.weekly.length, 'rep', 'reps')} over ${plural(weeks.length, 'week', 'weeks')}`
              : 'Line chart of weekly touches: no rep has a touch to chart'
          }
          config={weekly}
          loadChart={load}
          table={
            <table>
              <caption>Touches per week, per rep</caption>
              <thead>
                <tr>
                  <th scope="col">rep</th>
                  {weeks.map((w, i) => (
                    <th key={w.weekStart} scope="col">
                      week of {weekLabel(w.weekStart, i === weeks.length - 1)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.weekly.map((rep) => (
                  <tr key={rep.rep}>
                    <th scope="row">{rep.rep}</th>
                    {rep.weeks.map((w) => (
                      <td key={w.weekStart}>{w.touches}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <TeamChart
          title={`Channel mix per rep (${view.periods.current.label})`}
          label={`Stacked bar chart of each rep's touches by channel, ${plural(view.reps.length, 'rep', 'reps')}`}
          config={mix}
          loadChart={load}
          height={Math.max(160, 34 * view.reps.length + 60)}
          table={
            <table>
              <caption>Touches by channel, per rep</caption>
              <thead>
                <tr>
                  <th scope="col">rep</th>
                  {CHANNELS.map((c) => (
                    <th key={c} scope="col">
                      {CHANNEL_LABEL[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.reps.map((r) => (
                  <tr key={r.rep}>
                    <th scope="row">{r.rep}</th>
                    {CHANNELS.map((c) => (
                      <td key={c}>{r.counts.byChannel[c]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        {stages && (
          <TeamChart
            title={funnelTitle(stages, view.filters)}
            label={`Bar chart of deals entering each of ${plural(stages.rows.length, 'stage', 'stages')} and the share that moved on`}
            config={funnel}
            loadChart={load}
            table={
              <table>
                <caption>Stage funnel with conversion</caption>
                <thead>
                  <tr>
                    <th scope="col">stage</th>
                    <th scope="col">entered</th>
                    <th scope="col">moved on or won</th>
                    <th scope="col">conversion</th>
                  </tr>
                </thead>
                <tbody>
                  {stages.rows.map((r) => (
                    <tr key={r.stage}>
                      <th scope="row">{r.stage}</th>
                      <td>{r.entered}</td>
                      <td>{r.advanced}</td>
                      <td>{r.rate === null ? '—' : formatPercent(r.rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        )}
      </div>
    </section>
  );
}

/**
 * "Stage funnel: Sales pipeline, HubSpot · 999 (Casey Nguyen's 2 deals, open and closed)": the account
 * unless the filter chose it (two accounts' pipelines may share a name; named as the filter bar names
 * it), and the owner whose deals it counts when one is chosen (the owner filter narrows every section).
 */
function funnelTitle(funnel: Funnel, filters: TeamView['filters']): string {
  const pipeline = funnel.pipeline ?? 'pipeline not shown';
  const account = filters.account === undefined ? `, ${accountLabel(funnel.account)}` : '';
  const whose = filters.owner === undefined ? '' : `${filters.owner}'s `;
  return `Stage funnel: ${pipeline}${account} (${whose}${countOf(funnel.deals, 'deal', 'deals')}, open and closed)`;
}
