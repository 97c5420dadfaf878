import { describe, expect, it } from 'vitest';
import { dayNumber, dayString } from '../../../lib/metrics/zoned-days';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The calendar day in the zone, straight from Intl: what "the zoned day" means. */
function oracle(timeZone: string): (instant: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => format.format(new Date(instant));
}

/** Deterministic 0–1 numbers. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Zones whose days change off the hour (Kathmandu +5:45, St John's −3:30, Chatham +12:45, Lord
 * Howe's half-hour clock change), at midnight clock changes (São Paulo 2018, Santiago), across a
 * skipped day (Apia, 30 Dec 2011), and the usual ones; each with the days around its changes.
 */
const ZONES: [string, string[]][] = [
  ['Asia/Kathmandu', ['2026-03-01']],
  ['America/St_Johns', ['2026-03-08', '2026-11-01']],
  ['Pacific/Chatham', ['2026-04-05', '2026-09-27']],
  ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
  ['America/Sao_Paulo', ['2018-02-17', '2018-11-04']],
  ['America/Santiago', ['2026-04-05', '2026-09-06']],
  ['Pacific/Apia', ['2011-12-29', '2011-12-31']],
  ['Europe/Berlin', ['2026-03-29', '2026-10-25']],
  ['America/New_York', ['2026-03-08', '2026-11-01']],
];

describe('dayNumber', () => {
  it('gives every instant the day Intl gives it in its zone, asked in any order, around clock changes too', () => {
    const next = random(14);
    for (const [zone, changes] of ZONES) {
      // Every 7 minutes over two days around each change, and instants anywhere in 2011–2027.
      const instants = changes.flatMap((day) => {
        const start = Date.parse(`${day}T00:00:00Z`) - DAY;
        return Array.from({ length: (3 * DAY) / (7 * MINUTE) }, (_, i) => start + i * 7 * MINUTE);
      });
      const from = Date.parse('2011-01-01T00:00:00Z');
      for (let i = 0; i < 400; i++) instants.push(from + Math.floor(next() * 17 * 365 * DAY));
      // Shuffled: an hour first seen at its start is later asked about its end, and the other way round.
      for (let i = instants.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [instants[i], instants[j]] = [instants[j] as number, instants[i] as number];
      }
      const dayOf = oracle(zone);
      const wrong = instants.filter((at) => dayString(dayNumber(new Date(at), zone)) !== dayOf(at));
      expect({ zone, wrong: wrong.map((at) => new Date(at).toISOString()) }).toEqual({ zone, wrong: [] });
    }
  });

  it('keeps the fixed-offset zones of page dates', () => {
    expect(dayString(dayNumber(new Date('2026-11-20T19:00:00Z'), '+05:30'))).toBe('2026-11-21');
    expect(dayString(dayNumber(new Date('2026-11-20T18:29:59Z'), '+05:30'))).toBe('2026-11-20');
  });
});
