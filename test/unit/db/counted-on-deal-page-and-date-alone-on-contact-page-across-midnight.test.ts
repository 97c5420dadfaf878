import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from './world-readings';

/**
 * A call made Thu 19 Nov at 23:30 (UTC, the zone of the user, the browser and the test). At Fri
 * 03:05 the deal page shows it "3 hours ago" (00:05 Fri, `relativeTime`, naming the contact); the
 * contact's page prints it "Nov 19" (date alone, no CRM id). same-day-row.ts: "'3 hours ago' read
 * at 03:05 (00:05) and the page's 'Nov 19' are one call" — on one page. metrics.md "Duplicate" rule
 * 3 and decisions.md (a date-only reading merges into the same-day touch; a counted time is only
 * as precise as its count) make them one touch across the two pages too (lib/metrics/duplicate-rules.ts
 * daysMetOn). Both pages are read at the same instant: two pages' rows are never one reading's items.
 */
const Z = 'UTC';
const NOW = new Date('2026-11-20T03:05:00.000Z');
const call = (extra: Partial<ActivityReading>): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  title: 'Discovery call',
  automated: false,
  ...extra,
});
const contact = contactReadSchema.parse({
  crm: 'hubspot',
  tenant: '123',
  kind: 'contact',
  recordId: '501',
  status: 'read',
  record: { name: 'Jordan Lee' },
  activities: [call({ timestamp: '2026-11-19T00:00:00.000Z', timePrecision: 'day' })],
  crmFigures: {},
  notRead: [],
});
const deal = dealReadSchema.parse({
  crm: 'hubspot',
  tenant: '123',
  kind: 'deal',
  recordId: '777',
  status: 'read',
  record: { name: 'Renewal', stage: 'Negotiation', stageHistory: [], contacts: [{ id: '501', name: 'Jordan Lee' }] },
  activities: [
    call({ timestamp: '2026-11-20T00:05:00.000Z', timePrecision: 'minute', relativeTime: true, contactIds: ['501'] }),
  ],
  crmFigures: {},
  notRead: [],
});

describe('one call counted "3 hours ago" on the deal page just after midnight and dated "Nov 19" on the contact page', () => {
  it('is one call on the contact panel, whichever page was read first', async () => {
    for (const order of [
      [contact, deal],
      [deal, contact],
    ]) {
      const db = await freshDb();
      for (const reading of order) await saveReading(db, reading, NOW, Z, Z);
      const view = await recordView(db, 'hubspot:123:contact:501', {
        settings: defaultSettings(Z),
        now: NOW,
        onInvalid: () => undefined,
      });
      expect(view?.touches.byChannel.call, order[0] === deal ? 'deal page first' : 'contact page first').toBe(1);
    }
  });
});
