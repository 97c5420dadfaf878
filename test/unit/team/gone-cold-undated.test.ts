import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, email, JORDAN, NOW, note, RITA, SAM, settings, undated } from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const ALEX = 'Alex Morgan';

describe('gone cold when a touch of the contact has no readable date', () => {
  // Jordan: an email 20 days ago, and an email whose printed date Touchline could not read (it may
  // be yesterday's). The follow-up limit is 14 days. Jordan's panel says "No touch either way for
  // 20 days … (1 touch without a readable date is not counted: one may be newer.)" (contact-view.ts);
  // the team page, from the same cache, must not state the 20 days without that caveat.
  it('says an undated touch may be newer', async () => {
    const db = await cacheWith({
      activities: [
        email(ago(20), 'Pricing', { owner: ALEX, contactKeys: [JORDAN] }),
        undated('2026年11月19日 09:10', { owner: ALEX, contactKeys: [JORDAN], title: 'Re: Pricing follow-up' }),
      ],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const jordan = view.followUps.find((f) => f.contactKey === JORDAN);
    expect(jordan?.kind).toBe('gone-cold');
    expect(jordan?.reason).toMatch(/without a readable date/);
    expect(jordan?.reason).toBe(
      'No touch either way for 20 days (follow-up limit 14). (1 touch without a readable date is not counted: one may be newer.)',
    );
  });

  it('adds no caveat for a contact whose only other rows are not touches, an automated one left out, or a copy of a dated touch', async () => {
    // Sam: a note without a readable date (not a touch). Jordan: a sequence email without one,
    // with automated touches set not to count (metrics.md: left out of every touch figure).
    // Rita: the deal page's undated copy of her dated email, with the same CRM id (duplicate rule 1).
    const db = await cacheWith({
      activities: [
        email(ago(20), 'Pricing', { owner: ALEX, contactKeys: [JORDAN] }),
        undated('2026年11月19日 09:10', { owner: ALEX, contactKeys: [JORDAN], automated: true }),
        email(ago(21), 'Intro', { owner: ALEX, contactKeys: [SAM] }),
        note(ago(3), { owner: ALEX, contactKeys: [SAM], timestamp: undefined, dateText: '2026年11月17日' }),
        email(ago(22), 'Renewal', { owner: ALEX, contactKeys: [RITA], sourceId: 'E-77' }),
        undated('2026年10月29日', { owner: ALEX, contactKeys: [RITA], title: 'Renewal', sourceId: 'E-77' }),
      ],
      contacts: [contact()],
    });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    const reasons = [JORDAN, SAM, RITA].map((key) => view.followUps.find((f) => f.contactKey === key)?.reason);
    expect(reasons).toEqual([
      'No touch either way for 20 days (follow-up limit 14).',
      'No touch either way for 21 days (follow-up limit 14).',
      'No touch either way for 22 days (follow-up limit 14).',
    ]);
  });
});
