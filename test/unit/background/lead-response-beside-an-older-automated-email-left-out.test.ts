import { describe, expect, it } from 'vitest';
import { withOlderNotKept } from '../../../lib/background/older-not-kept';
import { recordView } from '../../../lib/background/record-view';
import { saveReadings } from '../../../lib/db/save-reading';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';

/**
 * metrics.md "Automated touches, consistently": "when the setting leaves automated touches out of
 * the headline, they are left out of every touch figure ... and shown apart". Lead response time:
 * "first outbound touch time minus the contact's creation time; not shown when either is unknown
 * or the touch came first". With automated touches left out, the first (counted) outbound touch
 * is the rep's own email, as the panel computes it from what it keeps (an automated sequence email
 * the page shows within what Touchline keeps does not hide it either).
 *
 * Clock 2026-11-20 15:00 UTC; retention 60 days (kept from 21 Sep 15:00); automated touches left
 * out. Ana's record was created 1 Oct 09:00; the page shows an automated sequence email of 10 Sep
 * (older than what is kept) and the rep's own email of 1 Oct 11:30.
 * By hand: first counted outbound touch 1 Oct 11:30 - creation 1 Oct 09:00 = 2.5 hours.
 */
const NOW = new Date('2026-11-20T15:00:00.000Z');
const ZONE = 'UTC';
const settings = { ...defaultSettings(ZONE), retentionDays: 60, countAutomated: false };

function reading(sequenceAt: string) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '7700001',
    kind: 'contact',
    recordId: '501',
    status: 'read',
    record: { name: 'Ana Ortiz', createdAt: '2026-10-01T09:00:00.000Z' },
    activities: [
      {
        type: 'email',
        channel: 'email',
        direction: 'outbound',
        timestamp: '2026-10-01T11:30:00.000Z',
        timePrecision: 'minute',
        title: 'Dock schedule',
        automated: false,
        sourceId: '902',
      },
      {
        type: 'email',
        channel: 'email',
        direction: 'outbound',
        timestamp: sequenceAt,
        timePrecision: 'minute',
        title: 'Step 1: Meet Tidewater',
        automated: true,
        sourceId: '901',
      },
    ],
    crmFigures: {},
    notRead: [],
  });
}

async function leadResponse(sequenceAt: string) {
  const db = await freshDb();
  const read = reading(sequenceAt);
  await saveReadings(db, [{ result: read, now: NOW, timeZone: ZONE, pageTimeZone: ZONE, retentionDays: 60 }]);
  const view = await recordView(db, 'hubspot:7700001:contact:501', { settings, now: NOW, onInvalid: () => undefined });
  if (!view) throw new Error('no view');
  const shown = withOlderNotKept(view, read, NOW, settings);
  if (shown.kind !== 'contact') throw new Error('contact expected');
  return shown.outcomes.leadResponseHours;
}

describe('lead response with automated touches left out, a sequence email older than what is kept', () => {
  it("is 2.5 hours (the rep's own email 2.5 h after creation)", async () => {
    expect(await leadResponse('2026-09-10T10:00:00.000Z')).toBe(2.5);
  });

  it('control: the same sequence email within what is kept (1 Oct 08:00): 2.5 hours', async () => {
    expect(await leadResponse('2026-10-01T08:00:00.000Z')).toBe(2.5);
  });
});
