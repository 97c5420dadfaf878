import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { CLOCK, freshDb, view } from './from-files/harness';

/**
 * metrics.md "Gone cold: no touch in either direction for longer than the follow-up limit" (14
 * days, mid-market), whoever made the touches. Maya Chen's HubSpot record names her owner, Dana
 * Ruiz; the only items on her page name nobody: her inbound email of 29 Oct and a call logged as
 * "You" before the name was set, 30 Oct. On 20 Nov, 21 days later, her panel says gone cold, and
 * the team page lists her under Dana Ruiz, her record's owner. A contact whose record names no
 * owner either is nobody's to follow up, and is not listed, unless a touch before the weeks read
 * names the rep who worked her.
 */
const item = (type: 'email' | 'call', direction: 'inbound' | 'outbound', timestamp: string, title: string) => ({
  type,
  channel: type,
  direction,
  timestamp,
  timePrecision: 'minute' as const,
  title,
  automated: false,
});

function page(id: string, owner: string | undefined) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'contact',
    recordId: id,
    status: 'read',
    record: { name: `Maya Chen ${id}`, ...(owner ? { owner } : {}) },
    activities: [
      item('email', 'inbound', '2026-10-29T14:00:00.000Z', 'Question about pricing'),
      item('call', 'outbound', '2026-10-30T10:00:00.000Z', 'Call back'),
    ],
    crmFigures: {},
    notRead: [],
  });
}

describe('a contact whose touches all name no owner', () => {
  it('is listed gone cold under the owner her record names', async () => {
    const db = await freshDb();
    await saveReading(db, page('7101', 'Dana Ruiz'), new Date('2026-11-02T10:00:00Z'), CLOCK.timeZone);
    await saveReading(db, page('7102', undefined), new Date('2026-11-02T10:00:00Z'), CLOCK.timeZone);
    const listed = (await view(db)).followUps.map((f) => [f.contactKey, f.kind, f.owner]);
    expect(listed).toEqual([['hubspot:4410982:contact:7101', 'gone-cold', 'Dana Ruiz']]);
  });

  // Review rg63c: a rep's sequence email the setting leaves out still names her, as before.
  it('keeps a contact a rep touched with a sequence left out, her record naming no owner', async () => {
    const db = await freshDb();
    const reading = contactReadSchema.parse({
      ...page('7103', undefined),
      activities: [
        { ...item('email', 'outbound', '2026-10-28T14:00:00.000Z', 'Step 1'), owner: 'Dana Ruiz', automated: true },
        item('email', 'inbound', '2026-10-29T14:00:00.000Z', 'Re: Step 1'),
      ],
    });
    await saveReading(db, reading, new Date('2026-11-02T10:00:00Z'), CLOCK.timeZone);
    const listed = (await view(db, {}, { countAutomated: false })).followUps.map((f) => [f.contactKey, f.kind]);
    expect(listed).toEqual([['hubspot:4410982:contact:7103', 'gone-cold']]);
  });

  // Review rg63c: her rep's email before the weeks read names who worked her.
  it('is listed under the rep of a touch before the weeks read, her record naming no owner', async () => {
    const db = await freshDb();
    const reading = contactReadSchema.parse({
      ...page('7104', undefined),
      activities: [
        { ...item('email', 'outbound', '2026-06-23T14:00:00.000Z', 'Route pricing v2'), owner: 'Alex Morgan' },
        item('email', 'inbound', '2026-10-26T14:00:00.000Z', 'Re: Route pricing v2'),
      ],
    });
    await saveReading(db, reading, new Date('2026-11-02T10:00:00Z'), CLOCK.timeZone);
    const listed = (await view(db)).followUps.map((f) => [f.contactKey, f.kind, f.owner]);
    expect(listed).toEqual([['hubspot:4410982:contact:7104', 'gone-cold', 'Alex Morgan']]);
  });

  // Review rg64b: a touch the settings leave out names no one to list her under.
  it('is not listed when her only named touch is a sequence email the settings leave out', async () => {
    const db = await freshDb();
    const reading = contactReadSchema.parse({
      ...page('7105', undefined),
      activities: [
        {
          ...item('email', 'outbound', '2026-06-23T14:00:00.000Z', 'Step 1'),
          owner: 'Alex Morgan',
          automated: true,
        },
        item('email', 'inbound', '2026-10-26T14:00:00.000Z', 'Re: Step 1'),
      ],
    });
    await saveReading(db, reading, new Date('2026-11-02T10:00:00Z'), CLOCK.timeZone);
    expect((await view(db, {}, { countAutomated: false })).followUps).toEqual([]);
  });
});
