/**
 * Reviewer s35: an activity whose date line shows its time as a range ("2:00 PM – 3:00 PM"), the way
 * a meeting with a duration is commonly printed (the reader already handles "· 30 min" after the date).
 * Pages from pages.ts; expected values read off the meta line by hand: date, then owner, then person.
 */
import { describe, expect, it } from 'vitest';
import { DEAL_URL, dealPage, LANGS, readPage, stripped } from './lead-and-deal-pages';

const RANGES: Record<string, { planned: string; lunch: string }> = {
  en: { planned: 'November 23, 2026 2:00 PM – 3:00 PM', lunch: 'November 6, 2026 12:30 PM – 1:30 PM' },
  de: { planned: '23. November 2026 um 14:00 – 15:00', lunch: '6. November 2026 um 12:30 – 13:30' },
  fr: { planned: '23 novembre 2026 à 14:00 – 15:00', lunch: '6 novembre 2026 à 12:30 – 13:30' },
  es: { planned: '23 de noviembre de 2026 14:00 – 15:00', lunch: '6 de noviembre de 2026 12:30 – 13:30' },
  pt: { planned: '23 de novembro de 2026 às 14:00 – 15:00', lunch: '6 de novembro de 2026 às 12:30 – 13:30' },
  nl: { planned: '23 november 2026 om 14:00 – 15:00', lunch: '6 november 2026 om 12:30 – 13:30' },
};

const GENERATIONS = [
  ['current', (h: string) => h],
  ['classless', stripped],
] as const;

const CASES = Object.entries(LANGS).flatMap(([code, L]) => {
  const range = RANGES[code];
  return range ? [[code, L, range] as const] : [];
});

describe.each(CASES)('Pipedrive deal in %s, meetings shown with a time range', (_code, L, range) => {
  const html = dealPage(L).replace(L.date.planned, range.planned).replace(L.date.lunch, range.lunch);

  it.each(GENERATIONS)(
    '%s markup: the held lunch keeps its owner, so it counts for Casey on the team page',
    (_g, make) => {
      const lunch = readPage(make(html), DEAL_URL).activities.find((a) => a.title === L.subj.lunch);
      expect(lunch?.timestamp).toBe('2026-11-06T12:30:00.000Z');
      expect(lunch?.outcome).toBe('held');
      // Meta line: "<date range> · Casey Nguyen · Maya Lindqvist".
      expect(lunch?.owner).toBe('Casey Nguyen');
    },
  );

  it.each(GENERATIONS)(
    '%s markup: the planned demo in Focus is read, or reported as not read, never dropped',
    (_g, make) => {
      const r = readPage(make(html), DEAL_URL);
      const demo = r.activities.find((a) => a.title === L.subj.meeting);
      if (demo) expect(demo).toMatchObject({ type: 'meeting', planned: true, timestamp: '2026-11-23T14:00:00.000Z' });
      else expect(r.notRead.map((n) => n.field)).toContain('activities');
    },
  );
});
