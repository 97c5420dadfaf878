// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { readDateOrNoDay, readPageDate } from '../../../lib/locale/read-date';
import { readCountedDate } from '../../../lib/locale/relative-date';
import {
  hsContactPage,
  hsEventTimeInHeader,
  NOW,
  pdEntry,
  pdPersonPage,
  readHubSpot,
  readPipedrive,
} from '../adapters/hand-built-pages';

/**
 * Dutch "vorige maand" / "afgelopen maand" is "last month" (Intl.RelativeTimeFormat('nl') prints
 * "vorige maand" for -1 month). A count of months names no day (relative-date.ts NAMES_NO_DAY:
 * "a month ago" is any of several weeks), so it must be kept as text and reported. The reader took
 * "maand" as the start of "maandag" (Monday) and dated the item last Monday, 16 Nov 2026: inside the
 * last 7 days, by the UTC clock of contracts.md (2026-11-20, a Friday).
 */
const clock = { now: NOW, timeZone: 'UTC' };
const LAST_MONDAY = '2026-11-16T00:00:00.000Z';

describe('Dutch "last month" is no day, never last Monday', () => {
  it.each(['vorige maand', 'afgelopen maand', 'Vorige maand'])('lib/locale: "%s" names no day', (text) => {
    expect(readPageDate(text, clock, pageLocaleFor('nl-NL'))).toBeUndefined();
    expect(readCountedDate(text.toLowerCase(), clock, ['nl', 'en'])).toBe('no day');
  });

  it.each([
    ['it-IT', 'mese scorso'],
    ['it-IT', 'settimana scorsa'],
    ['en-US', 'last month'],
  ])('lib/locale: %s "%s" names no day', (lang, text) => {
    expect(readDateOrNoDay(text, clock, pageLocaleFor(lang))).toBe('no day');
  });

  it.each([
    ['nl-NL', 'vorige maand 14:30'],
    ['nl-NL', 'vorige maand om 14:30'],
    ['nl-NL', 'afgelopen maand, 9:05'],
    ['it-IT', 'mese scorso 14:30'],
    ['en-US', 'last month at 2:30 PM'],
  ])('lib/locale: %s "%s" names no day, its time of day after it notwithstanding', (lang, text) => {
    expect(readDateOrNoDay(text, clock, pageLocaleFor(lang))).toBe('no day');
  });

  it('(control) "vorige maandag 14:30" is still last Monday at 14:30', () => {
    expect(readPageDate('vorige maandag 14:30', clock, pageLocaleFor('nl-NL'))?.timestamp).toBe(
      '2026-11-16T14:30:00.000Z',
    );
  });

  it('(control) "vorige maandag" is still last Monday', () => {
    expect(readPageDate('vorige maandag', clock, pageLocaleFor('nl-NL'))?.timestamp).toBe(LAST_MONDAY);
  });

  it('HubSpot: an item dated "vorige maand" is kept undated with its text, not dated last Monday', () => {
    const reading = readHubSpot(
      hsContactPage('nl-NL', 'Daan de Vries', [
        hsEventTimeInHeader({
          header: 'Oproep - Verbonden gevoerd door Alex Morgan',
          time: 'vorige maand',
          body: 'Prijzen 2027',
        }),
      ]),
    );
    const call = reading.activities.find((a) => a.type === 'call');
    expect(call?.timestamp).not.toBe(LAST_MONDAY);
    expect(call?.dateText).toBe('vorige maand');
  });

  it('Pipedrive: an entry dated "vorige maand" is kept undated with its text, not dated last Monday', () => {
    const reading = readPipedrive(
      pdPersonPage('nl', 'Daan de Vries', 'Geschiedenis', [
        pdEntry(
          { icon: 'Gesprek', toggle: 'Markeren als niet voltooid', subject: 'Opvolging', when: 'vorige maand' },
          'FlowItem',
        ),
        pdEntry(
          { icon: 'Gesprek', toggle: 'Markeren als niet voltooid', subject: 'Prijzen', when: '17 nov. 2026 15:10' },
          'FlowItem',
        ),
      ]),
    );
    const call = reading.activities.find((a) => a.title === 'Opvolging');
    expect(call).toBeDefined();
    expect(call?.timestamp).toBeUndefined();
    expect(call?.dateText).toBe('vorige maand');
  });
});
