/**
 * Pipedrive's short dates print a weekday, then the day and month in numbers without a year, then
 * the time ("Do., 15.10. 14:30", "jue, 15/10 14:30", "Thu, 10/15 2:30 PM"). The numbers date the
 * item, in the order the page's locale prints them, in the year whose calendar has that day on that
 * weekday (as for "Thu, Oct 15"); read alone, the weekday was last Thursday. Where the numbers
 * cannot be read, the date is reported (crm-evidence-2.md: kept as text, never guessed), never the
 * weekday alone. Read on Friday 20 November 2026: 15 October is a Thursday in 2026 only.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

const strip = (html: string) => html.replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');
const page = (lang: string, date: string) =>
  personPage({ lang, history: [item({ icon: 'Call', done: true, subject: 'First call', date })] });
const callOf = (html: string) => {
  const reading = read(html);
  return { call: reading.activities.find((a) => a.title === 'First call'), notRead: reading.notRead };
};

describe('a Pipedrive date printed as weekday, numeric day and month, no year', () => {
  it.each([
    ['de', 'Do., 15.10. 14:30', '2026-10-15T14:30:00.000Z'],
    ['es', 'jue, 15/10 14:30', '2026-10-15T14:30:00.000Z'],
    ['pt-BR', 'qui, 15/10 14:30', '2026-10-15T14:30:00.000Z'],
    ['en-US', 'Thu, 10/15 2:30 PM', '2026-10-15T14:30:00.000Z'],
    ['en-GB', 'Thu, 15/10 14:30', '2026-10-15T14:30:00.000Z'],
    ['de', 'Do., 15.10.', '2026-10-15T00:00:00.000Z'],
  ])('%s "%s" is of %s, on the marked page and the stripped one', (lang, date, iso) => {
    for (const html of [page(lang, date), strip(page(lang, date))])
      expect(callOf(html).call).toMatchObject({ timestamp: iso, dateText: date });
  });

  it('reports a day whose weekday no nearby year has, never the weekday alone', () => {
    // 15 October is a Wednesday in 2025, a Thursday in 2026 and a Friday in 2027: never a Saturday.
    const { call, notRead } = callOf(page('de', 'Sa., 15.10. 14:30'));
    expect(call).toMatchObject({ dateText: 'Sa., 15.10. 14:30' });
    expect(call).not.toHaveProperty('timestamp');
    expect(notRead).toContainEqual({ field: 'activities.timestamp', reason: expect.stringContaining('Sa., 15.10.') });
  });

  it('reports a day and month whose order the page does not settle', () => {
    const { call, notRead } = callOf(page('en', 'Thu, 10/11 2:30 PM'));
    expect(call).not.toHaveProperty('timestamp');
    expect(notRead).toContainEqual({ field: 'activities.timestamp', reason: expect.stringContaining('either way') });
  });
});
