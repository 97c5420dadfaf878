import { describe, expect, it } from 'vitest';
import { contactsTouched, dealContacts, noRecentActivity } from '../../../lib/metrics/deal-contacts';
import { resolvePeriod, touchesIn } from '../../../lib/metrics/period';
import { at, call, contact, deal, email, JORDAN, LA, NOW, RITA, SAM, settings, touchesOf } from './builders';

describe('deal contacts and multi-threading', () => {
  const fleetPilot = deal({
    contacts: [
      { id: '901', name: 'Jordan Lee' },
      { id: '902', name: '' },
      { id: '903', name: 'Rita Haas' },
    ],
  });
  const touches = touchesOf([
    email(at('2026-11-18 09:00'), 'Pilot scope', { contactKeys: [JORDAN] }),
    call(at('2026-11-19 10:00'), 'connected', { contactKeys: [JORDAN] }),
    email(at('2026-11-09 09:00'), 'Security questionnaire', { contactKeys: [SAM] }),
    email(at('2026-09-01 09:00'), 'Intro', { contactKeys: [RITA] }),
  ]);
  const inPeriod = touchesIn(touches, resolvePeriod('30d', NOW, LA));
  const summaries = dealContacts({
    deal: fleetPilot,
    contacts: [contact({ key: SAM, recordId: '902', name: 'Sam Okoye' })],
    touches,
    periodTouches: inPeriod,
    settings: settings(),
    now: NOW,
  });

  it('lists every contact on the deal with touches in the period and days since the last touch', () => {
    expect(summaries).toEqual([
      { key: JORDAN, name: 'Jordan Lee', touches: 2, daysSinceLastTouch: 1 },
      { key: SAM, name: 'Sam Okoye', touches: 1, daysSinceLastTouch: 11 },
      { key: RITA, name: 'Rita Haas', touches: 0, daysSinceLastTouch: 80 },
    ]);
  });

  it('counts the contacts touched in the period', () => {
    expect(contactsTouched(summaries)).toBe(2);
  });
});

describe('noRecentActivity', () => {
  const s = settings();
  it.each([
    ['a touch 14 days ago', at('2026-11-06 10:00'), false],
    ['a last touch 15 days ago', at('2026-11-05 10:00'), true],
  ])('with %s → %s', (_, when, expected) => {
    expect(noRecentActivity(touchesOf([email(when)]), undefined, s, NOW)).toBe(expected);
  });

  // Kept on purpose for a deal whose start is not known: most deals a manager opens are older than
  // their history shows, and leaving every such untouched deal unflagged would hide neglect. One
  // known to have begun inside the limit has not been untouched "for longer" than it (metrics.md).
  it('flags an open deal never touched whose start is not known, and never a closed one', () => {
    expect(noRecentActivity([], undefined, s, NOW)).toBe(true);
    expect(noRecentActivity([], 'won', s, NOW)).toBe(false);
  });

  it("counts the silence from the deal's start when that is known and later than its last touch", () => {
    const began = (day: string) => new Date(at(day));
    expect(noRecentActivity([], undefined, s, NOW, 0, began('2026-11-06 10:00'))).toBe(false); // 14 days
    expect(noRecentActivity([], undefined, s, NOW, 0, began('2026-11-05 10:00'))).toBe(true); // 15 days
    // A contact last touched before the deal began: the deal itself is 3 days old.
    const old = touchesOf([email(at('2026-10-01 10:00'))]);
    expect(noRecentActivity(old, undefined, s, NOW, 0, began('2026-11-17 10:00'))).toBe(false);
    expect(noRecentActivity(old, undefined, s, NOW, 0, began('2026-09-01 10:00'))).toBe(true);
  });

  it('does not call a deal never touched when its touches were read without a readable date', () => {
    expect(noRecentActivity([], undefined, s, NOW, 2)).toBe(false);
  });
});

describe('deal contacts when automated touches are left out', () => {
  it('counts neither the touches nor the last touch of a contact worked only by a sequence', () => {
    const sequenced = deal({ contacts: [{ id: '902', name: 'Sam Okoye' }] });
    const touches = touchesOf([email(at('2026-11-18 09:00'), 'Step 3', { contactKeys: [SAM], automated: true })]);
    const [sam] = dealContacts({
      deal: sequenced,
      contacts: [],
      touches,
      periodTouches: touches,
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    expect(sam).toEqual({ key: SAM, name: 'Sam Okoye', touches: 0, daysSinceLastTouch: null });
  });
});
