import { describe, expect, it } from 'vitest';
import { readPageDate } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn, type Zone } from './clocks';

type Expected = Record<Zone, string> | string;

/**
 * Expected instants worked out by hand from the fixture clock: "today" is 20 November in all
 * three zones; Berlin is UTC+1 in November (UTC+2 until 25 October), Los Angeles UTC−8 in
 * November (UTC−7 from 8 March to 1 November 2026). A single string means the page named its zone.
 */
/** `counted`: a time of day worked out from a count ("3 hours ago"), to the minute and marked so. */
const cases: [lang: string, text: string, precision: 'minute' | 'day' | 'counted', expected: Expected][] = [
  // German
  ['de-DE', 'Gestern um 14:05', 'minute', zoned('2026-11-19T14:05', '2026-11-19T13:05', '2026-11-19T22:05')],
  ['de-DE', 'Heute, 09:30 Uhr', 'minute', zoned('2026-11-20T09:30', '2026-11-20T08:30', '2026-11-20T17:30')],
  ['de-DE', 'Morgen', 'day', zoned('2026-11-21T00:00', '2026-11-20T23:00', '2026-11-21T08:00')],
  ['de-DE', '3. Nov. 2026', 'day', zoned('2026-11-03T00:00', '2026-11-02T23:00', '2026-11-03T08:00')],
  ['de-DE', '12. März 2026', 'day', zoned('2026-03-12T00:00', '2026-03-11T23:00', '2026-03-12T07:00')],
  [
    'de-DE',
    'Freitag, 20. November 2026 um 09:00 Uhr',
    'minute',
    zoned('2026-11-20T09:00', '2026-11-20T08:00', '2026-11-20T17:00'),
  ],
  ['de-DE', '18.11.2026 14:05', 'minute', zoned('2026-11-18T14:05', '2026-11-18T13:05', '2026-11-18T22:05')],
  ['de-DE', 'vor 2 Tagen', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['de-DE', 'vor 5 Minuten', 'counted', '2026-11-20T14:55'],
  ['de-DE', '3. Nov. 2026, 14:30 MEZ', 'minute', '2026-11-03T13:30'],
  ['de-DE', '3. Nov. 2026, 14:30 CET', 'minute', '2026-11-03T13:30'],
  // French
  ['fr-FR', 'Hier à 09:12', 'minute', zoned('2026-11-19T09:12', '2026-11-19T08:12', '2026-11-19T17:12')],
  ['fr-FR', "Aujourd'hui à 14h", 'minute', zoned('2026-11-20T14:00', '2026-11-20T13:00', '2026-11-20T22:00')],
  ['fr-FR', 'Demain à 8 h 15', 'minute', zoned('2026-11-21T08:15', '2026-11-21T07:15', '2026-11-21T16:15')],
  ['fr-FR', '10 sept. 2026 à 11:53 GMT+2', 'minute', '2026-09-10T09:53'],
  ['fr-FR', '10 sept. 2026 à 11:53 CEST', 'minute', '2026-09-10T09:53'],
  ['fr-FR', 'mar. 3 nov. 2026, 14h30', 'minute', zoned('2026-11-03T14:30', '2026-11-03T13:30', '2026-11-03T22:30')],
  ['fr-FR', '3 nov. 2026 14:30 (UTC+01:00)', 'minute', '2026-11-03T13:30'],
  ['fr-FR', '1er févr. 2026', 'day', zoned('2026-02-01T00:00', '2026-01-31T23:00', '2026-02-01T08:00')],
  ['fr-FR', 'il y a 3 jours', 'day', zoned('2026-11-17T00:00', '2026-11-16T23:00', '2026-11-17T08:00')],
  ['fr-FR', 'il y a 1 heure', 'counted', '2026-11-20T14:00'],
  ['fr-FR', 'il y a une heure', 'counted', '2026-11-20T14:00'],
  // Spanish
  ['es-ES', 'Ayer a las 16:40', 'minute', zoned('2026-11-19T16:40', '2026-11-19T15:40', '2026-11-20T00:40')],
  ['es-ES', 'mañana a las 9:30 p. m.', 'minute', zoned('2026-11-21T21:30', '2026-11-21T20:30', '2026-11-22T05:30')],
  ['es-ES', 'ayer, 9:12 a. m.', 'minute', zoned('2026-11-19T09:12', '2026-11-19T08:12', '2026-11-19T17:12')],
  ['es-ES', '12 mar 2025', 'day', zoned('2025-03-12T00:00', '2025-03-11T23:00', '2025-03-12T07:00')],
  ['es-ES', '3 de noviembre de 2026', 'day', zoned('2026-11-03T00:00', '2026-11-02T23:00', '2026-11-03T08:00')],
  ['es-ES', 'hace 2 días', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['es-ES', 'hace 10 minutos', 'counted', '2026-11-20T14:50'],
  // Portuguese (Brazil)
  ['pt-BR', 'Hoje às 10:15', 'minute', zoned('2026-11-20T10:15', '2026-11-20T09:15', '2026-11-20T18:15')],
  ['pt-BR', 'Ontem', 'day', zoned('2026-11-19T00:00', '2026-11-18T23:00', '2026-11-19T08:00')],
  ['pt-BR', 'Amanhã', 'day', zoned('2026-11-21T00:00', '2026-11-20T23:00', '2026-11-21T08:00')],
  ['pt-BR', '3 de março de 2026', 'day', zoned('2026-03-03T00:00', '2026-03-02T23:00', '2026-03-03T08:00')],
  ['pt-BR', '03/04/2026', 'day', zoned('2026-04-03T00:00', '2026-04-02T22:00', '2026-04-03T07:00')],
  ['pt-BR', 'há 2 dias', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['pt-BR', '2 dias atrás', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['pt-BR', '18/11/2026 às 16h30min', 'minute', zoned('2026-11-18T16:30', '2026-11-18T15:30', '2026-11-19T00:30')],
  // Dutch
  ['nl-NL', 'Vandaag om 09:00', 'minute', zoned('2026-11-20T09:00', '2026-11-20T08:00', '2026-11-20T17:00')],
  ['nl-NL', 'Gisteren om 23:59', 'minute', zoned('2026-11-19T23:59', '2026-11-19T22:59', '2026-11-20T07:59')],
  ['nl-NL', 'Morgen', 'day', zoned('2026-11-21T00:00', '2026-11-20T23:00', '2026-11-21T08:00')],
  ['nl-NL', '12 okt.', 'day', zoned('2026-10-12T00:00', '2026-10-11T22:00', '2026-10-12T07:00')],
  ['nl-NL', '5 mrt 2026', 'day', zoned('2026-03-05T00:00', '2026-03-04T23:00', '2026-03-05T08:00')],
  ['nl-NL', 'dinsdag 3 november 2026', 'day', zoned('2026-11-03T00:00', '2026-11-02T23:00', '2026-11-03T08:00')],
  ['nl-NL', '18-11-2026', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['nl-NL', '2 dagen geleden', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['nl-NL', '18 nov. 2026 om 16:30 uur', 'minute', zoned('2026-11-18T16:30', '2026-11-18T15:30', '2026-11-19T00:30')],
  ['nl-NL', '3 uur geleden', 'counted', '2026-11-20T12:00'],
  // Italian
  ['it-IT', 'Oggi alle 14:26', 'minute', zoned('2026-11-20T14:26', '2026-11-20T13:26', '2026-11-20T22:26')],
  ['it-IT', 'Ieri', 'day', zoned('2026-11-19T00:00', '2026-11-18T23:00', '2026-11-19T08:00')],
  ['it-IT', 'Domani alle 9:30', 'minute', zoned('2026-11-21T09:30', '2026-11-21T08:30', '2026-11-21T17:30')],
  ['it-IT', '19 nov 2026, 14:26', 'minute', zoned('2026-11-19T14:26', '2026-11-19T13:26', '2026-11-19T22:26')],
  ['it-IT', '3 marzo 2026', 'day', zoned('2026-03-03T00:00', '2026-03-02T23:00', '2026-03-03T08:00')],
  ['it-IT', 'martedì 3 novembre 2026', 'day', zoned('2026-11-03T00:00', '2026-11-02T23:00', '2026-11-03T08:00')],
  ['it-IT', '03/04/2026', 'day', zoned('2026-04-03T00:00', '2026-04-02T22:00', '2026-04-03T07:00')],
  ['it-IT', '2 giorni fa', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['it-IT', '18 nov 2026 ore 16:30', 'minute', zoned('2026-11-18T16:30', '2026-11-18T15:30', '2026-11-19T00:30')],
  ['it-IT', "un'ora fa", 'counted', '2026-11-20T14:00'],
  ['it-IT', 'tra 2 giorni', 'day', zoned('2026-11-22T00:00', '2026-11-21T23:00', '2026-11-22T08:00')],
  // English (US and UK)
  ['en-US', 'Nov 18, 2026 at 3:15 PM EST', 'minute', '2026-11-18T20:15'],
  ['en-US', 'Aug 28 at 9:45 AM', 'minute', zoned('2026-08-28T09:45', '2026-08-28T07:45', '2026-08-28T16:45')],
  ['en-US', 'Yesterday at 3:15 PM', 'minute', zoned('2026-11-19T15:15', '2026-11-19T14:15', '2026-11-19T23:15')],
  ['en-US', 'Mon, Nov 16', 'day', zoned('2026-11-16T00:00', '2026-11-15T23:00', '2026-11-16T08:00')],
  ['en-US', 'last Monday', 'day', zoned('2026-11-16T00:00', '2026-11-15T23:00', '2026-11-16T08:00')],
  ['en-US', '03/04/2026', 'day', zoned('2026-03-04T00:00', '2026-03-03T23:00', '2026-03-04T08:00')],
  ['en-US', '10:00am | 3/23/17', 'minute', zoned('2017-03-23T10:00', '2017-03-23T09:00', '2017-03-23T17:00')],
  ['en-US', '2 days ago', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['en-US', 'a minute ago', 'counted', '2026-11-20T14:59'],
  ['en-US', 'just now', 'counted', '2026-11-20T15:00'],
  ['en-GB', '12 Mar 2025 at 3:04 PM GMT', 'minute', '2025-03-12T15:04'],
  ['en-GB', '18/11/2026', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
  ['en-GB', '4 Sept 2026, 17:20', 'minute', zoned('2026-09-04T17:20', '2026-09-04T15:20', '2026-09-05T00:20')],
  // ISO and <time datetime>
  ['en', '2026-11-18T15:00:00Z', 'minute', '2026-11-18T15:00'],
  ['en', '2026-11-18T15:00:00+01:00', 'minute', '2026-11-18T14:00'],
  ['en', '2026-11-18T10:00', 'minute', zoned('2026-11-18T10:00', '2026-11-18T09:00', '2026-11-18T18:00')],
  ['en', '2026-11-18', 'day', zoned('2026-11-18T00:00', '2026-11-17T23:00', '2026-11-18T08:00')],
];

function zoned(utc: string, berlin: string, losAngeles: string): Record<Zone, string> {
  return { UTC: utc, 'Europe/Berlin': berlin, 'America/Los_Angeles': losAngeles };
}

describe('readPageDate', () => {
  for (const zone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles'] as const) {
    describe(`with the user in ${zone}`, () => {
      it.each(cases)('%s "%s" reads to the %s', (lang, text, precision, expected) => {
        const instant = typeof expected === 'string' ? expected : expected[zone];
        expect(readPageDate(text, clockIn(zone), pageLocaleFor(lang))).toEqual({
          timestamp: `${instant}:00.000Z`,
          ...(precision === 'counted' ? { timePrecision: 'minute', relativeTime: true } : { timePrecision: precision }),
        });
      });
    });
  }

  it('takes a day without a year as the most recent one not after tomorrow', () => {
    const clock = clockIn('UTC');
    expect(readPageDate('Nov 21', clock)?.timestamp).toBe('2026-11-21T00:00:00.000Z');
    expect(readPageDate('Nov 22', clock)?.timestamp).toBe('2025-11-22T00:00:00.000Z');
    expect(readPageDate('25 déc.', clock, pageLocaleFor('fr'))?.timestamp).toBe('2025-12-25T00:00:00.000Z');
  });

  it('reads a time on the day the clocks change in the offset in force at that time', () => {
    // Los Angeles moves from UTC−8 to UTC−7 at 2:00 on 8 March 2026; 2:30 does not exist and moves forward.
    const clock = clockIn('America/Los_Angeles');
    expect(readPageDate('Mar 8, 2026 at 9:59 AM', clock)?.timestamp).toBe('2026-03-08T16:59:00.000Z');
    expect(readPageDate('Mar 8, 2026 at 1:30 AM', clock)?.timestamp).toBe('2026-03-08T09:30:00.000Z');
    expect(readPageDate('Mar 8, 2026 at 2:30 AM', clock)?.timestamp).toBe('2026-03-08T10:30:00.000Z');
  });

  it('reads month names in whatever language a page mixes in', () => {
    const clock = clockIn('UTC');
    expect(readPageDate('3 Okt 2026', clock, pageLocaleFor('en-US'))?.timestamp).toBe('2026-10-03T00:00:00.000Z');
    expect(readPageDate('3 Mrz 2026', clock, pageLocaleFor('de'))?.timestamp).toBe('2026-03-03T00:00:00.000Z');
  });

  it.each([
    ['3 T'],
    ['3 d'],
    ['$1,200'],
    ['€22.500,00'],
    ['+49 30 1234567'],
    ['(555) 123-4567'],
    ['2 days'],
    ['November 2026'],
    ['Call'],
    ['14:05'],
    ['Nov 31, 2026'],
    ['31/02/2026'],
    ['Nov 18, 2026 at 25:00'],
    ['Nov 18, 2026 at 13:00 PM'],
    ['Nov 18, 2026 at 3:15 PM XYZT'],
    [''],
  ])('does not read "%s" as a date', (text) => {
    expect(readPageDate(text, clockIn('UTC'), pageLocaleFor('en-GB'))).toBeUndefined();
  });

  it('keeps a relative word of another language out of a page that has its own', () => {
    // "Hier" is French for yesterday but Dutch for "here".
    expect(readPageDate('Hier', clockIn('UTC'), pageLocaleFor('nl-NL'))).toBeUndefined();
    expect(readPageDate('Hier', clockIn('UTC'), pageLocaleFor('fr-FR'))?.timestamp).toBe('2026-11-19T00:00:00.000Z');
  });
});
