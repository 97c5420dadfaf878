import type { ChartConfiguration } from 'chart.js';
import type { Funnel } from '../../../lib/team/funnel';
import type { RepRow } from '../../../lib/team/rep-row';
import type { WeeklyRep } from '../../../lib/team/team-view';
import { CHANNEL_LABEL, CHANNELS } from '../../channels';
import { formatPercent } from '../../format';
import type { ChartColors } from './chart-colors';
import { weekLabel } from './week-label';

function axes(colors: ChartColors, stacked: boolean) {
  const axis = { stacked, ticks: { color: colors.text }, grid: { color: colors.grid } };
  return { x: axis, y: { ...axis, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } } };
}

function base(colors: ChartColors) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: colors.animate ? undefined : (false as const),
    plugins: { legend: { position: 'bottom' as const, labels: { color: colors.text, boxWidth: 12 } } },
  };
}

/**
 * Line styles of each cycle through the colours: the 9th rep's line is the 1st one's colour, dashed
 * and with square points (the bench team has 20 reps).
 */
const CYCLE_LOOKS: readonly { borderDash: number[]; pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot' }[] = [
  { borderDash: [], pointStyle: 'circle' },
  { borderDash: [6, 3], pointStyle: 'rect' },
  { borderDash: [2, 2], pointStyle: 'triangle' },
  { borderDash: [8, 3, 2, 3], pointStyle: 'rectRot' },
];

/** Touches per week, one line per rep, told apart by colour and, past the colours, by dash and point style. */
export function weeklyConfig(weekly: readonly WeeklyRep[], colors: ChartColors): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: (weekly[0]?.weeks ?? []).map((w, i, weeks) => weekLabel(w.weekStart, i === weeks.length - 1)),
      datasets: weekly.map((rep, i) => ({
        label: rep.rep,
        data: rep.weeks.map((w) => w.touches),
        borderColor: colors.series[i % colors.series.length],
        backgroundColor: colors.series[i % colors.series.length],
        ...CYCLE_LOOKS[Math.floor(i / colors.series.length) % CYCLE_LOOKS.length],
        tension: 0.2,
      })),
    },
    options: { ...base(colors), scales: axes(colors, false) },
  };
}

/** Each rep's touches in the period, stacked by channel. */
export function channelMixConfig(reps: readonly RepRow[], colors: ChartColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: reps.map((r) => r.rep),
      datasets: CHANNELS.map((c) => ({
        label: CHANNEL_LABEL[c],
        data: reps.map((r) => r.counts.byChannel[c]),
        backgroundColor: colors.channels[c],
      })),
    },
    options: { ...base(colors), indexAxis: 'y', scales: axes(colors, true) },
  };
}

/** Deals that entered each stage, labelled with the share that moved on (as its table and the deal panel give it). */
export function funnelConfig(funnel: Funnel, colors: ChartColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: funnel.rows.map((r) => (r.rate === null ? r.stage : `${r.stage} (${formatPercent(r.rate)} on)`)),
      datasets: [
        { label: 'entered the stage', data: funnel.rows.map((r) => r.entered), backgroundColor: colors.series[0] },
        { label: 'moved on or won', data: funnel.rows.map((r) => r.advanced), backgroundColor: colors.series[2] },
      ],
    },
    options: { ...base(colors), scales: axes(colors, false) },
  };
}
