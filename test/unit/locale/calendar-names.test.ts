import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Counts the Intl date formats made, letting each be made as usual. */
function countFormats(): { made: number } {
  const counter = { made: 0 };
  const Real = Intl.DateTimeFormat;
  vi.stubGlobal('Intl', {
    ...Intl,
    DateTimeFormat: function DateTimeFormat(...args: ConstructorParameters<typeof Real>) {
      counter.made++;
      return new Real(...args);
    },
  });
  return counter;
}

describe('building the month and weekday names ahead of the first date read', () => {
  it('makes at most one Intl format per step (a language’s first loads its locale data)', async () => {
    const { prepareCalendarNames } = await import('../../../lib/locale/calendar-names');
    const { dateLanguages } = await import('../../../lib/locale/date-words');
    const formats = countFormats();
    const perStep: number[] = [];
    const steps = prepareCalendarNames();
    for (let before = 0; ; before = formats.made) {
      const done = steps.next().done;
      perStep.push(formats.made - before);
      if (done) break;
    }
    expect(Math.max(...perStep)).toBe(1);
    // Long and short names, for months and for weekdays, in every language.
    expect(formats.made).toBe(dateLanguages.length * 4);
  });

  it('reads names in every language the same once built', async () => {
    const { monthNumber, prepareCalendarNames, weekdayNumber } = await import('../../../lib/locale/calendar-names');
    for (const _ of prepareCalendarNames());
    expect(['Nov', 'sept.', 'März', 'mrt', 'setembro', 'janv'].map(monthNumber)).toEqual([11, 9, 3, 3, 9, 1]);
    expect(['Mon', 'Dienstag', 'mer.', 'zo'].map(weekdayNumber)).toEqual([1, 2, 3, 0]);
  });

  it('has nothing left to build on the page once it has the background’s tables', async () => {
    // The background's module instance builds them; the message carries them as JSON.
    const built = (await import('../../../lib/locale/calendar-names')).calendarNamesNow();
    const carried = JSON.parse(JSON.stringify(built));
    vi.resetModules();
    const page = await import('../../../lib/locale/calendar-names');
    const formats = countFormats();
    page.adoptCalendarNames(carried);
    expect([...page.prepareCalendarNames()]).toHaveLength(0);
    expect(['Nov', 'sept.', 'März', 'mrt', 'setembro', 'janv'].map(page.monthNumber)).toEqual([11, 9, 3, 3, 9, 1]);
    expect(['Mon', 'Dienstag', 'mer.', 'zo'].map(page.weekdayNumber)).toEqual([1, 2, 3, 0]);
    expect(formats.made).toBe(0);
  });
});
