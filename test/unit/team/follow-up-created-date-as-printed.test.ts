import { describe, expect, it } from 'vitest';
import { followUps } from '../../../lib/team/follow-ups';
import { at, contact, contactKey, NOW, reply, settings, touchesOf } from '../metrics/builders';

const BERLIN = 'Europe/Berlin';

/**
 * The team page's overdue steps count a contact's creation date as the contact panel does: a date
 * the page printed without a time ("Created Nov 16", stored at 00:00 in the browser's zone, Berlin)
 * is that date (decisions.md: "as printed on the page"), even with the zone setting in Los Angeles.
 * The contact wrote in and was never answered: step 1 was due the day it was created.
 */
describe('an inbound lead never answered, on the team page', () => {
  const key = contactKey('931');
  const touchesByContact = new Map([
    [key, touchesOf([reply(at('2026-11-18 09:00'), 'Pricing?', { contactKeys: [key] })])],
  ]);
  const lead = (createdAt: string) => new Map([[key, contact({ key, recordId: '931', name: 'Lena Vogt', createdAt })]]);

  it('has step 1 overdue since the creation date as printed, the 16th, not the 15th', () => {
    const found = followUps({
      touchesByContact,
      contacts: lead(at('2026-11-16 00:00', BERLIN)),
      settings: settings(),
      now: NOW,
      pageTimeZone: BERLIN,
    });

    expect(found.map((f) => [f.kind, f.due])).toEqual([['overdue', '2026-11-16']]);
  });
});
