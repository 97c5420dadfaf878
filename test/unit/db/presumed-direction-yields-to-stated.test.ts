import { describe, expect, it } from 'vitest';
import { mergeActivity } from '../../../lib/db/page-activities';
import type { Activity } from '../../../lib/schema/activity';

// Maya's call 880040: the calls export states "Call direction: Inbound"; her page shows a collapsed
// "Logged call", read outbound but presumed (it says who logged the call, not who dialled).
// metrics.md Duplicate: the merged touch keeps the most informative fields.
const stored = (extra: Partial<Activity>): Activity => ({
  key: 'hubspot:6081422:activity:880040',
  crm: 'hubspot',
  tenant: '6081422',
  type: 'call',
  channel: 'call',
  direction: 'inbound',
  timestamp: '2026-11-19T15:15:00.000Z',
  timePrecision: 'minute',
  title: 'Call from Maya Chen',
  automated: false,
  outcome: 'connected',
  sourceId: '880040',
  contactKeys: ['hubspot:6081422:contact:4101'],
  dealKeys: [],
  origin: 'import',
  ...extra,
});
const logged = stored({ direction: 'outbound', directionPresumed: true, origin: 'page' });

describe('a page sighting that only presumes a direction', () => {
  it('leaves the direction an export stated', () => {
    const merged = mergeActivity(stored({}), logged);
    expect(merged.direction).toBe('inbound');
    expect(merged.directionPresumed).toBeUndefined();
  });

  it('gives one where none was known, still presumed', () => {
    const merged = mergeActivity(stored({ direction: 'unknown' }), logged);
    expect(merged).toMatchObject({ direction: 'outbound', directionPresumed: true });
  });

  it('replaces an earlier presumed one, still presumed', () => {
    const merged = mergeActivity(stored({ direction: 'outbound', directionPresumed: true }), logged);
    expect(merged).toMatchObject({ direction: 'outbound', directionPresumed: true });
  });
});

describe('a page sighting stating a direction', () => {
  it('replaces a presumed one and is no longer presumed', () => {
    const merged = mergeActivity(logged, stored({ origin: 'page' }));
    expect(merged.direction).toBe('inbound');
    expect(merged.directionPresumed).toBeUndefined();
  });

  it('showing none keeps the stored presumed one', () => {
    const merged = mergeActivity(logged, stored({ direction: 'unknown', origin: 'page' }));
    expect(merged).toMatchObject({ direction: 'outbound', directionPresumed: true });
  });
});
