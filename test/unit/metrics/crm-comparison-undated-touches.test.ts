import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, settings, undated } from './builders';

const lastContacted = (activities: Parameters<typeof buildContactView>[0]['activities']) =>
  buildContactView({
    contact: contact({ crmFigures: { lastContacted: at('2026-11-18 14:00') } }),
    activities,
    settings: settings(),
    now: NOW,
  }).crmComparisons.find((row) => row.label === 'Last contacted');

describe('the CRM comparison beside touches Touchline could not date', () => {
  it('says Touchline has a touch without a readable date, not "no touches", when that is all it read', () => {
    const row = lastContacted([undated('18. Nov.', { title: 'Route pricing v2' })]);
    expect(row?.touchlineValue).toBe('1 touch without a readable date');
    expect(row?.explanation).toMatch(
      /^Touchline read 1 touch without a readable date, which may be the one HubSpot's date is from\. /,
    );
  });

  it('names the undated touch first when the CRM’s last-contacted day is later than the last dated touch', () => {
    const row = lastContacted([
      email(at('2026-10-01 10:00'), 'Intro'),
      undated('18. Nov.', { title: 'Route pricing v2' }),
      undated('17. Nov.', { title: 'Follow-up' }),
    ]);
    expect(row?.touchlineValue).toBe('Oct 1, 2026');
    expect(row?.explanation).toMatch(
      /^Touchline read 2 touches without a readable date, one of which may be the one HubSpot's date is from\. HubSpot's date can come from notes/,
    );
  });

  it('names no undated touch when every touch was dated', () => {
    const row = lastContacted([email(at('2026-10-01 10:00'), 'Intro')]);
    expect(row?.explanation).toMatch(/^HubSpot's date can come from notes/);
    expect(row?.explanation).not.toMatch(/readable date/);
  });
});
