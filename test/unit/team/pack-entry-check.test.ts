import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../../lib/db/activity-pack-codec';
import type { Activity } from '../../../lib/schema/activity';
import { type PackEntry, packEntrySchema } from '../../../lib/schema/activity-pack';
import { isPackEntry } from '../../../lib/team/pack-entry-check';
import { activities } from '../metrics/arbitraries';

/** Values any slot may be damaged into: right and wrong types, near-miss words and timestamps. */
const ODD_VALUES = [
  '',
  'x',
  'call',
  'telegram',
  'Email',
  'outbound',
  'sideways',
  'minute',
  'hour',
  'connected',
  'held',
  'page',
  'import',
  'scraped',
  '2026-11-16T09:00:00.000Z',
  '2026-11-16T09:00:00+02:00',
  '2026-11-16T09:00Z',
  '2026-02-30T09:00:00Z',
  '2026-11-16',
  null,
  undefined,
  true,
  false,
  0,
  1,
  [],
  ['hubspot:1:contact:2'],
  [1],
  [null],
  {},
];

const CALL: Activity = {
  key: 'hubspot:4410982:activity:1',
  crm: 'hubspot',
  tenant: '4410982',
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-16T09:00:00.000Z',
  title: 'Call',
  automated: false,
  contactKeys: [],
  dealKeys: [],
  origin: 'page',
};
/** A call the page dated without a time: its entry has the 20th slot, the printed day. */
const DATE_ONLY_CALL: Activity = {
  ...CALL,
  timestamp: '2026-11-15T23:00:00.000Z',
  timePrecision: 'day',
  printedOn: '2026-11-16',
};
/** A call whose time the page worked out from a count ("3 hours ago"): the 21st and 22nd slots. */
const COUNTED_CALL: Activity = { ...CALL, relativeTime: true, firstSeenAt: '2026-11-16T12:00:00.000Z' };
/** An email an export presumed outbound (no direction column): the 23rd slot, since 0.7.33. */
const PRESUMED_EMAIL: Activity = {
  ...CALL,
  type: 'email',
  channel: 'email',
  origin: 'import',
  directionPresumed: true,
};
const SLOTS = Array.from({ length: 23 }, (_, i) => i);

/**
 * A stored entry, then damaged or not: 0 to 2 slots replaced, sometimes one slot more or fewer,
 * or cut to the 19 or 20 slots of an entry written before database version 9.
 */
const entries = fc
  .tuple(
    activities(1).filter((rows) => rows.length === 1 && rows[0]?.timestamp !== undefined),
    fc.option(fc.constantFrom('2026-11-16', '2026-11-15T23:00:00.000Z'), { nil: undefined }),
    fc.array(fc.tuple(fc.constantFrom(...SLOTS), fc.constantFrom(...ODD_VALUES)), { maxLength: 2 }),
    fc.constantFrom('same', 'same', 'same', 'longer', 'shorter', 'before version 9'),
  )
  .map(([[activity], seen, damage, length]) => {
    const row = activity as NonNullable<typeof activity>;
    const counted = seen === undefined ? row : { ...row, relativeTime: true as const, firstSeenAt: seen };
    const entry: unknown[] = [...encodeEntry(counted)];
    for (const [slot, value] of damage) entry[slot] = value;
    if (length === 'longer') entry.push(null);
    if (length === 'shorter') entry.pop();
    if (length === 'before version 9') entry.length = entry[19] === null ? 19 : 20;
    return entry;
  });

describe('isPackEntry: the pack entry schema checked by hand', () => {
  it('accepts and rejects exactly what the zod schema does', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(entries, (entry) => {
        const expected = packEntrySchema.safeParse(entry).success;
        expect(isPackEntry(entry)).toBe(expected);
        seen[expected ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 5_000 },
    );
    // Both answers came up often enough for the comparison to mean something.
    expect(Math.min(seen.accepted, seen.rejected)).toBeGreaterThan(500);
  });

  it('agrees with the zod schema on every slot damaged into every odd value', () => {
    for (const entry of [
      encodeEntry(DATE_ONLY_CALL),
      encodeEntry(COUNTED_CALL),
      encodeEntry(PRESUMED_EMAIL),
    ] as unknown[][]) {
      for (const slot of SLOTS) {
        for (const value of ODD_VALUES) {
          const damaged = entry.with(slot, value);
          expect([slot, value, isPackEntry(damaged)]).toEqual([
            slot,
            value,
            packEntrySchema.safeParse(damaged).success,
          ]);
        }
      }
    }
  });

  it('rejects what is not an entry at all', () => {
    for (const value of [null, undefined, 'entry', 19, {}, { length: 19 }]) {
      expect(isPackEntry(value)).toBe(false);
    }
  });

  it('takes a timestamp with an offset and refuses one without', () => {
    const entry = encodeEntry(CALL);
    expect(isPackEntry(entry)).toBe(true);
    expect(isPackEntry(entry.with(4, '2026-11-16T09:00:00+02:00'))).toBe(true);
    expect(isPackEntry(entry.with(4, '2026-11-16T09:00:00'))).toBe(false);
    expect(isPackEntry(entry.with(18, '16 Nov 2026'))).toBe(false);
  });

  it('takes entries written before database version 9 (19 slots, or 20 with the printed day), before 0.7.33 (22) and since (23)', () => {
    expect(encodeEntry(CALL)).toHaveLength(23);
    expect(isPackEntry(encodeEntry(CALL).slice(0, 22))).toBe(true);
    expect(isPackEntry(encodeEntry(CALL))).toBe(true);
    expect(isPackEntry(encodeEntry(CALL).slice(0, 19))).toBe(true);
    expect(encodeEntry(DATE_ONLY_CALL)[19]).toBe('2026-11-16');
    expect(isPackEntry(encodeEntry(DATE_ONLY_CALL))).toBe(true);
    expect(isPackEntry(encodeEntry(DATE_ONLY_CALL).slice(0, 20))).toBe(true);
    expect(isPackEntry(encodeEntry(DATE_ONLY_CALL).with(19, '16 Nov 2026'))).toBe(false);
    expect(encodeEntry(COUNTED_CALL).slice(19)).toEqual([null, true, '2026-11-16T12:00:00.000Z', null]);
    expect(encodeEntry(PRESUMED_EMAIL)[22]).toBe(true);
    expect(isPackEntry(encodeEntry(PRESUMED_EMAIL))).toBe(true);
    expect(isPackEntry(encodeEntry(PRESUMED_EMAIL).with(22, false))).toBe(false);
    expect(isPackEntry(encodeEntry(COUNTED_CALL))).toBe(true);
    expect(isPackEntry(encodeEntry(COUNTED_CALL).with(20, false))).toBe(false);
    expect(isPackEntry(encodeEntry(COUNTED_CALL).with(21, '16 Nov 2026'))).toBe(false);
  });

  it('gives the printed day, a counted time, the first sighting and a presumed direction back when the team page unpacks the entry', () => {
    const pack = { owner: 'Casey Nguyen', crm: 'hubspot', tenant: '4410982' } as const;
    expect(decodeEntry(pack, encodeEntry(DATE_ONLY_CALL))).toEqual({ ...DATE_ONLY_CALL, owner: 'Casey Nguyen' });
    expect(decodeEntry(pack, encodeEntry(COUNTED_CALL))).toEqual({ ...COUNTED_CALL, owner: 'Casey Nguyen' });
    expect(decodeEntry(pack, encodeEntry(PRESUMED_EMAIL))).toEqual({ ...PRESUMED_EMAIL, owner: 'Casey Nguyen' });
  });

  it('unpacks an entry written before database version 9 as the row it stood for, without the later slots', () => {
    const pack = { owner: 'Casey Nguyen', crm: 'hubspot', tenant: '4410982' } as const;
    const old = encodeEntry(DATE_ONLY_CALL).slice(0, 20) as PackEntry;
    expect(decodeEntry(pack, old)).toEqual({ ...DATE_ONLY_CALL, owner: 'Casey Nguyen' });
    expect(decodeEntry(pack, encodeEntry(CALL).slice(0, 19) as PackEntry)).toEqual({ ...CALL, owner: 'Casey Nguyen' });
  });
});
