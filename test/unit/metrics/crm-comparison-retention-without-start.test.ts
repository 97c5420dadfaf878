/**
 * README (Panel): "the CRM comparison names retention as a reason when the CRM counts more touches
 * than Touchline". A contact whose page shows no creation date, only HubSpot's "Last contacted"
 * (Nov 18) and "Times contacted" 25: the last contact date says nothing about when the first of
 * those 25 was, so they may well reach back before what Touchline keeps (retention 90 days, from
 * Aug 22 2026). Touchline holds 3 touches: retention is one reason for 3 against 25.
 */
import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, settings } from './builders';

describe('CRM comparison on a contact whose creation date the page does not show', () => {
  it('still names retention when HubSpot counts 25 touches and Touchline keeps 3 of the last 90 days', () => {
    const { createdAt: _none, ...rest } = contact({
      crmFigures: { lastContacted: at('2026-11-18 14:00'), timesContacted: 25 },
    });
    const view = buildContactView({
      contact: rest,
      activities: [
        email(at('2026-10-26 09:00'), 'Route pricing v2'),
        call(at('2026-11-04 11:00'), 'connected'),
        email(at('2026-11-18 14:00'), 'Pilot proposal'),
      ],
      settings: settings({ retentionDays: 90 }),
      now: NOW,
    });
    const count = view.crmComparisons.find((c) => c.label === 'Times contacted');
    expect(count).toMatchObject({ crmValue: '25', touchlineValue: '3' });
    expect(count?.explanation).toMatch(/retention/);
  });
});
