import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, LA, NOW, settings } from './builders';

const BERLIN = 'Europe/Berlin';

/**
 * A never-touched contact: next touch due is step 1 on the day the contact was created
 * (lib/metrics/next-touch.ts). decisions.md: a date-only reading is its date **as printed on the
 * page**; metrics.md: day counting in the user's zone. The page was read in Berlin (the browser's
 * zone); the user's zone setting is Los Angeles. NOW = Fri 20 Nov 2026.
 */
const nextDueFor = (createdAt: string, pageTimeZone = BERLIN) =>
  buildContactView({ contact: contact({ createdAt }), activities: [], settings: settings(), now: NOW, pageTimeZone })
    .cadence.nextDue;

describe('step 1 of a never-touched contact is due on the creation date the page printed', () => {
  it('"Created Nov 16" (no time, stored at 00:00 Berlin): due 2026-11-16, not the 15th, in a zone west of the browser', () => {
    expect(nextDueFor(at('2026-11-16 00:00', BERLIN))).toEqual({
      date: '2026-11-16',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
  });

  it('a creation time of day is counted in the user’s zone: 08:00 Berlin on the 16th is the 15th in Los Angeles', () => {
    expect(nextDueFor(at('2026-11-16 08:00', BERLIN))).toMatchObject({ date: '2026-11-15', step: 1 });
  });

  it('page and setting in one zone: "Created Nov 16" is the 16th', () => {
    expect(nextDueFor(at('2026-11-16 00:00'), LA)).toMatchObject({ date: '2026-11-16', step: 1 });
  });
});
