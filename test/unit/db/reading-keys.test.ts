import { describe, expect, it } from 'vitest';
import { readingKeys } from '../../../lib/keys';
import type { ActivityReading } from '../../../lib/schema/activity';

/** A call the page dates by a count ("3 hours ago"): its time worked out from the reading's clock. */
const call = (timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp,
  timePrecision: 'minute',
  relativeTime: true,
  title: 'Quarterly check-in',
  automated: false,
  ...extra,
});
const keysOf = (items: ActivityReading[]) => readingKeys('hubspot', '1', 'hubspot:1:contact:9', items, 'UTC');

describe('the keys of one reading whose items are dated by counts ("3 hours ago")', () => {
  it('keeps two same-titled calls of one day apart when their counts put them hours apart', () => {
    const [later, earlier] = keysOf([call('2026-11-20T14:00:00.000Z'), call('2026-11-20T12:00:00.000Z')]);
    expect(later).not.toBe(earlier);
  });

  it('gives them the same keys when the page is read again ten minutes later', () => {
    const first = keysOf([call('2026-11-20T14:00:00.000Z'), call('2026-11-20T12:00:00.000Z')]);
    const again = keysOf([call('2026-11-20T14:10:00.000Z'), call('2026-11-20T12:10:00.000Z')]);
    expect(again).toEqual(first);
  });

  it('keeps the oldest call’s key when a newer one of the same title appears', () => {
    const [alone] = keysOf([call('2026-11-20T12:00:00.000Z')]);
    const [, oldest] = keysOf([call('2026-11-20T14:00:00.000Z'), call('2026-11-20T12:00:00.000Z')]);
    expect(oldest).toBe(alone);
  });

  it('gives copies within two minutes one key (one call captured twice)', () => {
    const [one, copy] = keysOf([call('2026-11-20T14:00:00.000Z'), call('2026-11-20T14:01:00.000Z')]);
    expect(copy).toBe(one);
  });

  it('leaves items with the CRM’s own id as they were: the id is the key', () => {
    const [a, b] = keysOf([
      call('2026-11-20T14:00:00.000Z', { sourceId: '7' }),
      call('2026-11-20T12:00:00.000Z', { sourceId: '7' }),
    ]);
    expect(a).toBe('hubspot:1:activity:7');
    expect(b).toBe('hubspot:1:activity:7');
  });

  it('leaves items with a time of day the page showed as they were', () => {
    const shown = { relativeTime: undefined };
    const [a, b] = keysOf([call('2026-11-20T14:00:00.000Z', shown), call('2026-11-20T12:00:00.000Z', shown)]);
    expect(a).not.toBe(b);
    expect(a).not.toContain(':2');
  });
});
