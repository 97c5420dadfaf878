import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCES, defaultSettings, settingsSchema } from '../../../lib/schema/settings';

const valid = defaultSettings('America/Los_Angeles');
const problems = (change: object) => {
  const result = settingsSchema.safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('settings schema', () => {
  it('accepts the defaults (metrics.md: mid-market, 30 days, 14-day follow-up, 1.5× and 2×)', () => {
    expect(problems({})).toEqual([]);
    expect(valid).toMatchObject({
      motion: 'mid-market',
      period: '30d',
      followUpDays: 14,
      watchFactor: 1.5,
      stalledFactor: 2,
    });
    expect(valid.bands['mid-market']).toEqual({ low: 8, high: 14 });
  });

  it.each([
    ['an unknown motion', { motion: 'retail' }, 'motion'],
    ['a period the switch does not offer', { period: '60d' }, 'period'],
    ['a zero follow-up limit', { followUpDays: 0 }, 'followUpDays'],
    ['a fractional follow-up limit', { followUpDays: 2.5 }, 'followUpDays'],
    ['a default stage time over a year', { defaultStageDays: 400 }, 'defaultStageDays'],
    ['a watch factor of 1', { watchFactor: 1 }, 'watchFactor'],
    ['a stalled factor below watch', { watchFactor: 2, stalledFactor: 1.8 }, 'stalledFactor'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    [
      'a band whose top is below its bottom',
      { bands: { ...valid.bands, smb: { low: 10, high: 6 } } },
      'bands.smb.high',
    ],
    ['an empty cadence', { cadences: { ...DEFAULT_CADENCES, smb: [] } }, 'cadences.smb'],
    [
      'a cadence that does not start on day 0',
      { cadences: { ...DEFAULT_CADENCES, smb: [{ day: 2, channel: 'email' }] } },
      'cadences.smb.0.day',
    ],
    [
      'a step earlier than the one before',
      {
        cadences: {
          ...DEFAULT_CADENCES,
          smb: [
            { day: 0, channel: 'email' },
            { day: 5, channel: 'call' },
            { day: 3, channel: 'email' },
          ],
        },
      },
      'cadences.smb',
    ],
  ])('refuses %s, naming the field', (_, change, path) => {
    const found = problems(change);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(`${path}:`))).toBe(true);
  });
});
