/**
 * A History grouped under headers naming a year ("November 2025", "Oktober 2025", "Mittwoch, 18.
 * November 2025") prints each entry's day without the year ("18. Nov. um 10:00"): the year is the
 * header's. Read on 20 November 2026, the latest such day not after now would make last year's
 * calls two days old.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

const group = (header: string, entries: string[]) =>
  `<div class="FlowGroup_root__w2"><h4 class="FlowGroup_title__w2">${header}</h4><div>${entries.join('')}</div></div>`;
const call = (subject: string, date: string) => item({ icon: 'Anruf', done: true, subject, date, owner: 'Lena Vogel' });
const timestamps = (history: string[]) =>
  Object.fromEntries(
    read(personPage({ lang: 'de', historyTitle: 'Verlauf', history })).activities.map((a) => [a.title, a.timestamp]),
  );

describe('a Pipedrive entry showing its day without a year under a header naming the year', () => {
  it('takes the year of the month header it stands under', () => {
    const history = [
      group('November 2025', [call('Erstgespräch', '18. Nov. um 10:00'), call('Nachfassen', '3. Nov. um 10:00')]),
      group('Oktober 2025', [call('Kaltakquise', '17. Okt. um 10:00')]),
    ];
    expect(timestamps(history)).toEqual({
      Erstgespräch: '2025-11-18T10:00:00.000Z',
      Nachfassen: '2025-11-03T10:00:00.000Z',
      Kaltakquise: '2025-10-17T10:00:00.000Z',
    });
  });

  it('takes the year of the day header it stands under', () => {
    const history = [group('Mittwoch, 18. November 2025', [call('Erstgespräch', '18. Nov. um 10:00')])];
    expect(timestamps(history)).toEqual({ Erstgespräch: '2025-11-18T10:00:00.000Z' });
  });

  it('leaves an entry under no header to its own reading', () => {
    expect(timestamps([call('Erstgespräch', '18. Nov. um 10:00')])).toEqual({
      Erstgespräch: '2026-11-18T10:00:00.000Z',
    });
  });
});
