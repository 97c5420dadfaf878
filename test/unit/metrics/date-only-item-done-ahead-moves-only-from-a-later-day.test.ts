import { describe, expect, it } from 'vitest';
import { daysSinceLastTouch } from '../../../lib/metrics/days-since';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, LA, meeting, NOW, touchesOf } from './builders';

// Date-only items Salesforce shows done (planned: false), read by a rep whose browser is in Berlin
// while the time-zone setting is Los Angeles. Such a day is printed in a zone Touchline may not
// know: only a printed day starting more than a day after Touchline first saw the item done is
// dated ahead of it in every zone, and only then does the item move back to that sighting.
const BERLIN = 'Europe/Berlin';
const WED_25 = new Date('2026-11-25T20:00:00Z');
// Fri 20 Nov 08:30 in Berlin: still Thu 19 Nov 23:30 in Los Angeles.
const READ_IN_BERLIN = '2026-11-20T07:30:00.000Z';

const doneOn = (printedOn: string, firstSeenAt: string, extra: Partial<Activity> = {}) =>
  // Stored as the browser reads the printed day: its start in Berlin.
  meeting(new Date(`${printedOn}T00:00:00+01:00`).toISOString(), null, {
    crm: 'salesforce',
    title: 'Quarterly review',
    timePrecision: 'day',
    printedOn,
    planned: false,
    firstSeenAt,
    ...extra,
  });

describe('a date-only item the CRM shows done', () => {
  it('stays on its printed day "Nov 20" when first read at 08:30 that day in Berlin: 5 days before Wed 25', () => {
    const touches = touchesOf([doneOn('2026-11-20', READ_IN_BERLIN)], WED_25, LA, { pageTimeZone: BERLIN });
    expect(touches.map((t) => t.at.toISOString())).toEqual([at('2026-11-20')]);
    expect(daysSinceLastTouch(touches, WED_25, LA)).toBe(5);
  });

  it('moves to when it was first seen done when its printed day "Nov 21" starts more than a day after', () => {
    const touches = touchesOf([doneOn('2026-11-21', READ_IN_BERLIN)], WED_25, LA, { pageTimeZone: BERLIN });
    expect(touches.map((t) => t.at.toISOString())).toEqual([READ_IN_BERLIN]);
  });

  it('moves a call Task due Fri 27, completed early and first seen done on Fri 20, back to Fri 20', () => {
    const task = call(at('2026-11-27'), null, {
      crm: 'salesforce',
      timePrecision: 'day',
      printedOn: '2026-11-27',
      planned: false,
      firstSeenAt: NOW.toISOString(),
    });
    const touches = touchesOf([task], WED_25);
    expect(touches.map((t) => [t.at.toISOString(), t.dayEnd])).toEqual([[NOW.toISOString(), undefined]]);
  });
});
