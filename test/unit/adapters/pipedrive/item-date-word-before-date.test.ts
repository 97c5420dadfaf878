// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activityItem, dealPage, readDeal } from './div-header-deal-page';

/**
 * A feed item's date element may show a word before its date ("Logged …", "Completed on …",
 * "Abgeschlossen am …") that the page language's date prefixes do not list. The date inside the
 * element's own text is the item's: stored undated, the call left every period, cadence and
 * "days since" count and was reported as "could not read the date". contracts.md: the raw text is
 * kept only "when parsing fails". A day in the item's note is still never taken
 * (item-date-never-from-its-note.test.ts). Clock 2026-11-20 15:00 UTC.
 */
const NOTE = 'She asked us to call back after Dec 5, 2026, when the new budget opens.';

const callOf = (lang: string, shown: string, note = '') => {
  const reading = readDeal(dealPage({ lang, feed: activityItem('Call', 5501, 'Pricing follow-up', shown, note) }));
  return { reading, call: reading.activities.find((a) => a.title === 'Pricing follow-up') };
};

describe('Pipedrive: a date element showing a word before the date', () => {
  it.each([
    ['en', 'Logged Nov 18, 2026 2:05 PM', '2026-11-18T14:05:00.000Z'],
    ['en', 'Completed on Nov 18, 2026', '2026-11-18T00:00:00.000Z'],
    ['de', 'Abgeschlossen am 18. November 2026', '2026-11-18T00:00:00.000Z'],
  ])('%s "%s" is dated by the date it holds, with nothing reported', (lang, shown, iso) => {
    const { reading, call } = callOf(lang, shown);
    expect(call?.timestamp).toBe(iso);
    expect(reading.notRead).not.toContainEqual(expect.objectContaining({ field: 'activities.timestamp' }));
  });

  it('the date in the element wins over a day in the note', () => {
    expect(callOf('en', 'Logged Nov 18, 2026 2:05 PM', NOTE).call?.timestamp).toBe('2026-11-18T14:05:00.000Z');
  });

  it.each(['sometime', '2 weeks ago'])(
    'control: "%s" in the element stays undated, reported, the note’s day not taken',
    (shown) => {
      const { reading, call } = callOf('en', shown, NOTE);
      expect(call?.timestamp).toBeUndefined();
      expect(call?.dateText).toBe(shown);
      expect(reading.notRead).toContainEqual({ field: 'activities.timestamp', reason: expect.stringContaining(shown) });
    },
  );
});
