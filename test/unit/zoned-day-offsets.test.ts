import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberedOffsetAt, zonedTimeToUtc, zoneOffsetAt } from '../../lib/zoned-day';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Instants near which each zone's offset changes (UTC): daylight saving in Berlin and New York,
 * Lord Howe's 30-minute one, and Kathmandu's move from +5:30 to +5:45 at the start of 1986.
 */
const CHANGES: Record<string, string[]> = {
  'Europe/Berlin': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/New_York': ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z'],
  'Australia/Lord_Howe': ['2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'],
  'Asia/Kathmandu': ['1985-12-31T18:30:00Z'],
};

const near = fc
  .record({
    zone: fc.constantFrom(...Object.keys(CHANGES)),
    which: fc.nat(),
    // Within a day and a half either side, so the same days and quarter-hours come back often.
    minutes: fc.integer({ min: -36 * 60, max: 36 * 60 }),
  })
  .map(({ zone, which, minutes }) => {
    const changes = CHANGES[zone] as string[];
    return { zone, at: Date.parse(changes[which % changes.length] as string) + minutes * MINUTE };
  });

describe('zone offsets remembered per day or quarter-hour', () => {
  it('equal the offset Intl gives for every minute near a change, in any order of asking', () => {
    fc.assert(
      fc.property(fc.array(near, { minLength: 1, maxLength: 50 }), (instants) => {
        for (const { zone, at } of instants) expect(rememberedOffsetAt(at, zone)).toBe(zoneOffsetAt(at, zone));
      }),
      { numRuns: 300 },
    );
  });

  it('give the instant of every wall-clock time near a change, skipped and repeated times included', () => {
    fc.assert(
      fc.property(near, ({ zone, at }) => {
        // A wall-clock time read from a page: the instant's UTC fields, read as the zone's clock.
        const d = new Date(at);
        const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes() };
        expect(zonedTimeToUtc(day, time, zone)).toEqual(zonedTimeToUtc(day, time, zone, zoneOffsetAt));
      }),
      { numRuns: 2_000 },
    );
  });

  it('are asked of instants whose offset does change (the windows above hold a change)', () => {
    for (const [zone, changes] of Object.entries(CHANGES)) {
      for (const change of changes) {
        const at = Date.parse(change);
        expect(zoneOffsetAt(at - HOUR, zone), `${zone} ${change}`).not.toBe(zoneOffsetAt(at + HOUR, zone));
      }
    }
  });
});
