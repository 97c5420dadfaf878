import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { mayContinueFromBefore } from '../../../lib/team/run-before-window';
import { at, call, contact, email, JORDAN, NOW, reply, settings, touchesOf } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * metrics.md, Automated touches: left out of the headline, a sequence email is no cadence step;
 * Cadence: "An inbound reply ends the cadence: from then on only the follow-up limit applies". The
 * contact's panel keeps the sequence email the setting leaves out as outreach the reply answers
 * (cadenceRuns' `leftOut`); the team page's follow-ups must judge the contact the same way.
 *
 * Jordan's history, "count automated touches" off, default settings (mid-market: step 2 a call 2
 * business days after step 1; follow-up limit 14 days), Los Angeles, now Fri 20 Nov 2026: Alex's
 * sequence email Mon 9 Nov, Jordan replies Tue 10 Nov, Alex's connected call Wed 11 Nov. By hand:
 * the reply ended the cadence, so the call is a follow-up, due again Wed 25 Nov (11 Nov + 14), not
 * overdue; 9 days without a touch is not cold. Before the fix the team page saw a lead writing in,
 * then a lone call as step 1 of a new cadence with step 2 late: gone cold ("A single call and
 * nothing since"). Also so when the weeks read begin with the sequence email: the reply ended the
 * run, so no touch before them can change the next step (the contact is not read whole for it).
 */
const leftOut = settings({ countAutomated: false });
const history = () => [
  email(at('2026-11-09 08:00'), 'Fleet routing for Contoso', { automated: true }),
  reply(at('2026-11-10 11:00'), 'Re: Fleet routing for Contoso'),
  call(at('2026-11-11 10:00'), 'connected'),
];

describe('team follow-ups: a reply to a sequence email the setting leaves out', () => {
  it('control: Jordan’s panel has the follow-up due Wed 25 Nov, not overdue, and Jordan not cold', () => {
    const cadence = buildContactView({
      contact: contact(),
      activities: history(),
      settings: leftOut,
      now: NOW,
    }).cadence;
    expect(cadence.nextDue).toMatchObject({ date: '2026-11-25', kind: 'follow-up', overdue: false });
    expect(cadence.goneCold).toBe(false);
  });

  it('lists Jordan neither as an overdue next step nor as gone cold, as the panel says', async () => {
    const db = await cacheWith({ activities: history(), contacts: [contact()] });
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: leftOut,
      now: NOW,
    });
    expect(view.followUps.filter((f) => f.contactKey === JORDAN)).toEqual([]);
  });
});

describe('whether the weeks read may continue a cadence from before them, with a sequence email left out', () => {
  it('is no: the reply to the sequence email ended the run, whatever came before the weeks read', () => {
    // Weeks read from Mon 24 Aug; the sequence email on their first day, the reply and the call after it.
    const all = touchesOf([
      email(at('2026-08-24 08:00'), 'Fleet routing for Contoso', { automated: true }),
      reply(at('2026-08-25 11:00'), 'Re: Fleet routing for Contoso'),
      call(at('2026-08-26 10:00'), 'connected'),
    ]);
    const counted = all.filter((t) => !t.activity.automated);
    const windowStart = new Date(at('2026-08-24 00:00'));
    expect(
      mayContinueFromBefore(
        counted,
        leftOut,
        windowStart,
        all.filter((t) => t.activity.automated),
      ),
    ).toBe(false);
  });
});
