import { describe, expect, it } from 'vitest';
import type { ChartColors } from '../../../../components/team/charts/chart-colors';
import { weeklyConfig } from '../../../../components/team/charts/chart-configs';

const colors: ChartColors = {
  channels: { call: '#1', email: '#2', meeting: '#3', social: '#4', sms: '#5' },
  series: ['#a1', '#a2', '#a3', '#a4', '#a5', '#a6', '#a7', '#a8'],
  text: '#000',
  grid: '#ccc',
  animate: false,
};

describe('the weekly touches chart of a team of more than 8 reps', () => {
  it('draws no two reps’ lines alike (colour and dash), so each line can be told apart', () => {
    const weekly = Array.from({ length: 12 }, (_, i) => ({
      rep: `Rep ${i + 1}`,
      weeks: [{ weekStart: '2026-11-16', touches: i }],
    }));
    const config = weeklyConfig(weekly, colors);
    const looks = config.data.datasets.map((d) =>
      JSON.stringify([
        d.borderColor,
        (d as { borderDash?: number[] }).borderDash ?? [],
        (d as { pointStyle?: string }).pointStyle ?? 'circle',
      ]),
    );
    expect(new Set(looks).size).toBe(weekly.length);
  });
});
