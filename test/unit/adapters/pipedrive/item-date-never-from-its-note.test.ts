import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * A History entry shows its date on its meta line ("2 weeks ago · Casey Nguyen"), in a date
 * element (`FlowItem_date__…`, crm-evidence-2.md: hashed classes) or without one. When the reader
 * cannot read that date, a day the rep's note mentions ("call back after Dec 5, 2026") is not the
 * call's day: read so, a done call came out dated in the future, with nothing reported.
 * contracts.md: `timestamp` is "absent with `dateText` kept when the page's date could not be
 * parsed"; an adapter never invents a timestamp. "2 weeks ago" names no day (relative-date.ts).
 * Clock 2026-11-20 15:00 UTC.
 */
const call = (lang: string, date: string, note: string) =>
  `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="${lang === 'de' ? 'Anruf' : 'Call'}"></svg></span>
<div class="FlowItem_header__p0Xy"><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/5601">Budget check-in</a></div>
<div class="FlowItem_meta__m1Ab">${date} · <span>Casey Nguyen</span></div>
<div class="FlowItem_note__n8Vb" data-test="activity-note"><p>${note}</p></div></div>`;

const NOTE_EN = 'She asked us to call back after Dec 5, 2026, when the new budget opens.';
const NOTE_DE = 'Sie bittet um Rückruf nach dem 5. Dezember 2026, wenn das neue Budget steht.';
const dated = (text: string) => `<span class="FlowItem_date__t7Kq2">${text}</span>`;

describe('Pipedrive: an entry whose own date cannot be read', () => {
  it.each([
    ['en', 'a count of weeks in the date element', dated('2 weeks ago'), '2 weeks ago', NOTE_EN],
    ['en', 'a word the reader does not know in the date element', dated('sometime'), 'sometime', NOTE_EN],
    [
      'en',
      'a count of weeks on a meta line without a date element',
      '<span>2 weeks ago</span>',
      '2 weeks ago',
      NOTE_EN,
    ],
    ['de', 'a count of weeks on a German meta line', '<span>vor 2 Wochen</span>', 'vor 2 Wochen', NOTE_DE],
  ])('%s, %s: stays undated with the text it shows, and is reported', (lang, _case, date, shown, note) => {
    const reading = read(personPage({ lang, history: [call(lang, date, note)] }));
    const found = reading.activities.find((a) => a.title === 'Budget check-in');
    expect(found?.timestamp).toBeUndefined();
    expect(found?.dateText).toBe(shown);
    expect(reading.notRead).toContainEqual({ field: 'activities.timestamp', reason: expect.stringContaining(shown) });
  });

  it('is dated by a readable date in its date element, not by its note (control)', () => {
    const reading = read(personPage({ history: [call('en', dated('Nov 18, 2026 2:05 PM'), NOTE_EN)] }));
    expect(reading.activities.find((a) => a.title === 'Budget check-in')?.timestamp).toBe('2026-11-18T14:05:00.000Z');
  });
});
