import { describe, expect, it } from 'vitest';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { readPageDate } from '../../../lib/locale/read-date';
import { NOW } from './clocks';

/**
 * A weekday named alone ("Monday", "lundi 14:00") is the most recent one before today in a
 * history, and the next one after today for something planned (a page says "Today" for today, so
 * a "Friday" read on a Friday is a week away either way); with no tense given it is read
 * as the past, as every reader but the one that passes a tense had it. The clock is Friday
 * 2026-11-20. A "previous" word ("last Monday") names the past in either tense.
 */
const clock = { now: NOW, timeZone: 'UTC' };

describe('a weekday named alone, by tense', () => {
  it.each([
    ['en-US', 'Monday', '2026-11-23T00:00:00.000Z', '2026-11-16T00:00:00.000Z'],
    ['en-US', 'Monday 10:00 AM', '2026-11-23T10:00:00.000Z', '2026-11-16T10:00:00.000Z'],
    ['fr-FR', 'lundi 14:00', '2026-11-23T14:00:00.000Z', '2026-11-16T14:00:00.000Z'],
    ['de-DE', 'Montag um 14:00', '2026-11-23T14:00:00.000Z', '2026-11-16T14:00:00.000Z'],
    ['en-US', 'Friday', '2026-11-27T00:00:00.000Z', '2026-11-13T00:00:00.000Z'],
    ['en-US', 'Thursday', '2026-11-26T00:00:00.000Z', '2026-11-19T00:00:00.000Z'],
    ['en-US', 'Saturday', '2026-11-21T00:00:00.000Z', '2026-11-14T00:00:00.000Z'],
  ])('%s "%s": planned %s, past %s', (lang, text, planned, past) => {
    const locale = pageLocaleFor(lang);
    expect(readPageDate(text, clock, locale, 'planned')?.timestamp).toBe(planned);
    expect(readPageDate(text, clock, locale, 'past')?.timestamp).toBe(past);
    expect(readPageDate(text, clock, locale)?.timestamp).toBe(past);
  });

  it.each(['last Monday', 'last Friday'])('"%s" is the past, also when planned', (text) => {
    const locale = pageLocaleFor('en-US');
    expect(readPageDate(text, clock, locale, 'planned')).toEqual(readPageDate(text, clock, locale));
  });
});
