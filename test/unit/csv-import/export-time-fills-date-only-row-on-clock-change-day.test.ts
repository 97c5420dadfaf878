import { describe, expect, it } from 'vitest';
import { fillIn } from '../../../lib/csv-import/fill-in';
import type { Activity } from '../../../lib/schema/activity';

// A page row dated "Oct 25" only, read in Europe/Berlin: 00:00 CEST on the day clocks go back,
// which has 25 hours. An export's time of that touch on that calendar day is its time of day
// (metrics.md keeps a time of day over a date), whatever the hours since 00:00.
const ZONE = 'Europe/Berlin';
const base = {
  key: 'hubspot:1:contact:7:activity:h1',
  crm: 'hubspot',
  tenant: '1',
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  title: 'Call',
  contactKeys: ['hubspot:1:contact:7'],
  dealKeys: [],
} as unknown as Activity;
const stored = {
  ...base,
  origin: 'page',
  timestamp: '2026-10-24T22:00:00.000Z',
  timePrecision: 'day',
  printedOn: '2026-10-25',
} as Activity;
const exported = (timestamp: string): Activity =>
  ({ ...base, origin: 'import', sourceId: '91', timestamp, timePrecision: 'minute' }) as Activity;

describe('an export time filling in a date-only row on a 25-hour day', () => {
  it('takes the time 24 h 30 min after the row’s 00:00, still Oct 25 (23:30 CET)', () => {
    const filled = fillIn(stored, exported('2026-10-25T22:30:00.000Z'), ZONE);
    expect(filled.timestamp).toBe('2026-10-25T22:30:00.000Z');
    expect(filled.timePrecision).toBe('minute');
    expect(filled.printedOn).toBeUndefined();
  });

  it('keeps the date where the export’s time is on Oct 26', () => {
    const filled = fillIn(stored, exported('2026-10-25T23:30:00.000Z'), ZONE);
    expect(filled.timestamp).toBe('2026-10-24T22:00:00.000Z');
    expect(filled.timePrecision).toBe('day');
  });
});
