import { describe, expect, it } from 'vitest';
import { encodeEntry } from '../../../lib/db/activity-pack-codec';
import { unpackActivities } from '../../../lib/db/activity-pack-read';
import type { InvalidRow } from '../../../lib/db/rows';
import type { Activity } from '../../../lib/schema/activity';
import { unpackPack } from '../../../lib/team/unpack-pack';

const call = (n: number, timestamp: string): Activity => ({
  key: `hubspot:4410982:activity:${n}`,
  crm: 'hubspot',
  tenant: '4410982',
  owner: 'Ana Ruiz',
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp,
  title: `Call ${n}`,
  automated: false,
  outcome: 'connected',
  sourceId: String(n),
  contactKeys: ['hubspot:4410982:contact:1'],
  dealKeys: ['hubspot:4410982:deal:9'],
  origin: 'import',
});
const PACK = { owner: 'Ana Ruiz', day: '2026-11-16', crm: 'hubspot', tenant: '4410982' } as const;
const FIRST = call(1, '2026-11-16T09:00:00.000Z');
const SECOND = call(2, '2026-11-16T15:00:00.000Z');
const DAY = ['2026-11-16T00:00:00.000Z', '2026-11-16T23:59:59.999Z'] as const;

/** What the cache's own unpacking (zod for every entry) gives and reports. */
function bySchema(raw: unknown, from: string, to: string) {
  const invalid: InvalidRow[] = [];
  return { activities: unpackActivities(raw, from, to, invalid), invalid };
}

function byHand(raw: unknown, from: string, to: string) {
  const invalid: InvalidRow[] = [];
  return { activities: unpackPack(raw, from, to, invalid), invalid };
}

describe('unpackPack: a pack unpacked with entries checked by hand', () => {
  it('gives back the stored rows of the time range, and only those', () => {
    const pack = { ...PACK, entries: [encodeEntry(FIRST), encodeEntry(SECOND)] };
    expect(unpackPack(pack, ...DAY, [])).toEqual([FIRST, SECOND]);
    expect(unpackPack(pack, '2026-11-16T12:00:00.000Z', DAY[1], [])).toEqual([SECOND]);
  });

  it('skips a damaged entry and reports it in the words the schema uses', () => {
    const damaged = encodeEntry(SECOND).with(1, 'telegram');
    const short = encodeEntry(SECOND).slice(0, 18);
    const pack = { ...PACK, entries: [encodeEntry(FIRST), damaged, short, 'entry'] };
    const found = byHand(pack, ...DAY);
    expect(found.activities).toEqual([FIRST]);
    expect(found.invalid).toHaveLength(3);
    expect(found).toEqual(bySchema(pack, ...DAY));
  });

  it('reports a damaged pack as the schema does, never throws', () => {
    for (const raw of [{ ...PACK, entries: 'soon' }, { ...PACK, day: '16/11/2026', entries: [] }, null, 7]) {
      const found = byHand(raw, ...DAY);
      expect(found.activities).toEqual([]);
      expect(found.invalid).toHaveLength(1);
      expect(found).toEqual(bySchema(raw, ...DAY));
    }
  });
});
