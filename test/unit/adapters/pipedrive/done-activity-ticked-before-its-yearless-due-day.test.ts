/**
 * A call planned for next Wednesday, made early and ticked done: the History shows its due day,
 * without a year as it is this year's ("Nov 25 at 10:00 AM" read on Friday 20 November 2026). It
 * is this year's day, shown done ahead (`planned: false`, counted now), not last November's. Where
 * the entry also shows when it was marked done ("Done: Nov 18 at 9:12 AM"), that dates it, as an
 * export's done time dates its row (csv-import/done-time.ts), on the class-marked page and the
 * stripped one alike, the owner still read beside the due day.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

const strip = (html: string) => html.replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');
const doneCall = (date: string, doneLine = '', lang = 'en') => {
  const entry = item({ icon: 'Call', done: true, subject: 'Follow-up call', date, person: false });
  const withLine = doneLine
    ? entry.replace('<div class="FlowItem_meta__t7Kq2">', `<div class="FlowItem_done__t7Kq2">${doneLine}</div>$&`)
    : entry;
  return personPage({ lang, history: [withLine] });
};
const callOf = (html: string) => read(html).activities.find((a) => a.title === 'Follow-up call');

describe('a Pipedrive call ticked done before its due day, printed without a year', () => {
  it('is dated this year, shown done ahead', () => {
    expect(callOf(doneCall('Nov 25 at 10:00 AM'))).toMatchObject({
      timestamp: '2026-11-25T10:00:00.000Z',
      planned: false,
    });
  });

  it('is dated by the time it was marked done where the entry shows it, marked or stripped', () => {
    for (const [html, iso] of [
      [doneCall('Nov 25', 'Done: Nov 18 at 9:12 AM'), '2026-11-18T09:12:00.000Z'],
      [doneCall('25. Nov.', 'Erledigt: 18. Nov. um 09:12', 'de'), '2026-11-18T09:12:00.000Z'],
    ] as const)
      for (const shown of [html, strip(html)])
        expect(callOf(shown)).toMatchObject({ timestamp: iso, owner: 'Casey Nguyen' });
  });
});
