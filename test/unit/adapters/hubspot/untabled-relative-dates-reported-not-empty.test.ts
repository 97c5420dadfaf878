// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hsContactPage, hsEventNewGeneration, readHubSpot } from '../hand-built-pages';

/**
 * A timeline in a markup generation without the known test ids (crm-evidence-2.md: test ids churn),
 * on a page in a language Touchline has no word table for, its items dated only relatively or
 * without a clock time (crm-pages.md: "2 days ago"). No path finds its items, yet a reader sees
 * three activities: the reading says the timeline was not read, never a confident 0 touches. A
 * timeline in that language that only says it is empty still reads as no activity.
 */
const activitiesReported = (reading: ReturnType<typeof readHubSpot>) =>
  reading.notRead.some((n) => n.field === 'activities');

const cases: [string, string, [string, string][]][] = [
  [
    'Swedish',
    'sv-SE',
    [
      ['E-post - Offert', 'för 2 dagar sedan'],
      ['Samtal - Inget svar', 'för 3 dagar sedan'],
      ['Anteckning', 'för 4 dagar sedan'],
    ],
  ],
  [
    'Polish',
    'pl-PL',
    [
      ['E-mail - Oferta', '2 dni temu'],
      ['Notatka', '3 lis 2026'],
    ],
  ],
  [
    'Japanese',
    'ja-JP',
    [
      ['メール - 見積書', '2日前'],
      ['通話 - 不在', '3日前'],
    ],
  ],
];

describe.each(cases)('a %s timeline whose relatively dated items are not found', (_language, lang, items) => {
  it('is reported as not read, not as no activity', () => {
    const reading = readHubSpot(
      hsContactPage(
        lang,
        'Lena Vogt',
        items.map(([header, time]) => hsEventNewGeneration({ header, time, body: 'Lena Vogt' })),
      ),
    );
    expect(reading.activities).toEqual([]);
    expect(activitiesReported(reading)).toBe(true);
  });
});

describe('a Swedish timeline that says it is empty', () => {
  it('reads as no activity, with nothing reported', () => {
    const reading = readHubSpot(
      hsContactPage('sv-SE', 'Lena Vogt', [
        '<div><button type="button"><span>Filtrera aktivitet</span><span>(22/22)</span></button><button type="button"><span>Alla användare</span><span>Alla team</span></button></div>',
        '<section><h3>Kommande</h3><p>Inga kommande aktiviteter</p></section><section><h3>Tidigare</h3><p>Ingen aktivitet än</p></section>',
      ]),
    );
    expect(reading.activities).toEqual([]);
    expect(activitiesReported(reading)).toBe(false);
  });
});
