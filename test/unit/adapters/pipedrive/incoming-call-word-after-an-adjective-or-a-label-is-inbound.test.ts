import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../lib/csv-import/mapping';
import { readRow } from '../../../../lib/csv-import/read-row';
import { readDoneActivity } from './logged-activity-page';

/**
 * metrics.md: "Direction: `outbound` (rep to contact), `inbound` (contact to rep)". "Missed
 * incoming call", "Unanswered incoming call", "Short inbound call about invoice" and "Urgent:
 * incoming call from Ana" are calls the contact made: the incoming-call word describes this very
 * call, only after an adjective or a label. A word pointing back to an earlier call before it
 * ("Call Ana back about yesterday's incoming call") makes it the rep's call back. The CSV import
 * reads an export's subject the same way, so a page copy and an export copy of one call agree.
 */
const INBOUND = [
  'Missed incoming call',
  'Unanswered incoming call',
  'Short inbound call about invoice',
  'Urgent: incoming call from Ana',
];
const OUTBOUND = ["Call Ana back about yesterday's incoming call", 'Follow-up on her inbound call'];

function exportedDirection(subject: string) {
  const mapping: ColumnMapping = { targets: ['subject', 'type', 'date'], lang: 'en' };
  const read = readRow([subject, 'Call', '2026-11-18'], {
    crm: 'pipedrive',
    mapping,
    clock: { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' },
  });
  return read.ok ? read.row.direction : read.reason;
}

describe('a Pipedrive call whose subject says "incoming call" after a leading word', () => {
  it.each(INBOUND)('page: "%s" is the person’s call, inbound', (subject) => {
    const { activity } = readDoneActivity('en-US', 'Call', subject);
    expect(activity?.type).toBe('call');
    expect(activity?.direction).toBe('inbound');
  });

  it.each(INBOUND)('CSV import: "%s" is inbound', (subject) => {
    expect(exportedDirection(subject)).toBe('inbound');
  });

  it.each(OUTBOUND)('page and CSV import: "%s" is the rep’s call back, outbound', (subject) => {
    expect(readDoneActivity('en-US', 'Call', subject).activity?.direction).toBe('outbound');
    expect(exportedDirection(subject)).toBe('outbound');
  });
});
