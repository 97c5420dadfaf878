import { describe, expect, it } from 'vitest';
import { findDateInText } from '../../../lib/locale/page-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { clockIn } from './clocks';

const berlin = clockIn('Europe/Berlin');

describe("findDateInText on an item's own text", () => {
  it.each([
    ['de-DE', 'Anruf · Gestern um 14:05 · Anna Schmidt', 'Gestern um 14:05', '2026-11-19T13:05', 'minute'],
    [
      'fr-FR',
      'Appel - Connecté passé par Marie · 10 sept. 2026 à 11:53 GMT+2',
      '10 sept. 2026 à 11:53 GMT+2',
      '2026-09-10T09:53',
      'minute',
    ],
    ['en-US', 'Call | 3:15 PM | Nov 18', '3:15 PM | Nov 18', '2026-11-18T14:15', 'minute'],
    ['fr-FR', 'Réunion, 3 nov. 2026, 14h30', '3 nov. 2026, 14h30', '2026-11-03T13:30', 'minute'],
    ['en-US', 'Sent · 2 days ago', '2 days ago', '2026-11-17T23:00', 'day'],
    ['en-US', 'Email · Nov 18, 2026 at 3:15 PM · Re: pricing', 'Nov 18, 2026 at 3:15 PM', '2026-11-18T14:15', 'minute'],
    ['en-US', 'Tuesday, Nov 17, 2026 · Meeting', 'Tuesday, Nov 17, 2026', '2026-11-16T23:00', 'day'],
    ['es-ES', 'Llamada · hace 3 horas · Juan Pérez', 'hace 3 horas', '2026-11-20T12:00', 'counted'],
    ['pt-BR', 'Ligação | Ontem às 10:15', 'Ontem às 10:15', '2026-11-19T09:15', 'minute'],
    [
      'nl-NL',
      'Gesprek - 3 november 2026 om 09:00 - Jan de Vries',
      '3 november 2026 om 09:00',
      '2026-11-03T08:00',
      'minute',
    ],
    ['en-US', 'Logged call 3 Nov 2026 by Anna', '3 Nov 2026', '2026-11-02T23:00', 'day'],
  ])('%s "%s" dates the item by "%s"', (lang, text, match, instant, precision) => {
    // `counted`: a time worked out from a count ("hace 3 horas"), to the minute and marked so.
    expect(findDateInText(text, berlin, pageLocaleFor(lang))).toEqual({
      timestamp: `${instant}:00.000Z`,
      ...(precision === 'counted' ? { timePrecision: 'minute', relativeTime: true } : { timePrecision: precision }),
      match,
    });
  });

  it.each([
    ['de-DE', '3 T · Qualifiziert'],
    ['en-US', 'Amount $1,200 · 31.500 €'],
    ['en-US', 'Call · +1 (555) 123-4567 · 2 min'],
    ['fr-FR', 'Appel · 06 12 34 56 78'],
    ['en-US', 'Note · Call her now about the proposal'],
    ['en-US', 'Task · Follow up yesterday’s call'],
    ['en-GB', ''],
    [
      'en-US',
      'Note · Hi Anna, as discussed we will send the proposal with 3 options for 25 seats. Reach me on +49 30 1234567, Friedrichstraße 12, 10117 Berlin',
    ],
  ])('%s "%s" has no date', (lang, text) => {
    expect(findDateInText(text, berlin, pageLocaleFor(lang))).toBeUndefined();
  });

  it('keeps an ambiguous numeric date undated rather than guessing', () => {
    expect(findDateInText('Task · Due 03/04/2026', berlin, pageLocaleFor('en'))).toBeUndefined();
    expect(findDateInText('Task · Due 03/04/2026', berlin, pageLocaleFor('en-GB'))?.match).toBe('03/04/2026');
  });

  it('keeps the am/pm and the zone of a date inside a sentence', () => {
    const utc = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };
    const found = findDateInText('Held on Nov 12, 2026 at 4:00 PM GMT', utc, pageLocaleFor('en-US'));
    expect(found?.timestamp).toBe('2026-11-12T16:00:00.000Z');
    expect(found?.match).toMatch(/4:00 PM GMT$/);
  });
});
