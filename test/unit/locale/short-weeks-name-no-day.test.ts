// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findDateInText } from '../../../lib/locale/find-date';
import { pageLocaleFor } from '../../../lib/locale/page-locale';
import { NOW, pdEntry, pdPersonPage, readPipedrive } from '../adapters/hand-built-pages';

/**
 * Italian's short relative weeks as Intl prints them: new Intl.RelativeTimeFormat('it', { style:
 * 'short' }).format(-2, 'week') is "2 sett. fa", format(2, 'week') "tra 2 sett.". A count of weeks
 * names no day (relative-date.ts). The date tables know "sett" as a week unit but not "sett." with
 * its dot, so the phrase was not recognised; the fallback scan (find-date.ts) then read "2 sett." as
 * "2 settembre" (a 3+ letter prefix of the month's name): a call of two weeks ago dated 2 September.
 * The scan reads no part of a phrase that names no day as a date, whatever the table knows.
 */
const clock = { now: NOW, timeZone: 'UTC' };

describe('Italian "2 sett. fa" (two weeks ago) is never 2 September', () => {
  it.each(['2 sett. fa', 'tra 2 sett.', '1 sett. fa', 'Chiamata · 2 sett. fa · Casey Nguyen'])(
    'lib/locale: no date is found in "%s"',
    (text) => {
      expect(findDateInText(text, clock, pageLocaleFor('it-IT'))).toBeUndefined();
    },
  );

  it('lib/locale: the scan skips a phrase naming no day, not a date after it', () => {
    const found = findDateInText('2 sett. fa · 17 nov 2026 15:10', clock, pageLocaleFor('it-IT'));
    expect(found?.timestamp).toBe('2026-11-17T15:10:00.000Z');
  });

  it('Pipedrive: a call shown "2 sett. fa" is not dated in September', () => {
    const reading = readPipedrive(
      pdPersonPage('it', 'Giulia Rossi', 'Cronologia', [
        pdEntry(
          { icon: 'Chiamata', toggle: 'Segna come non completata', subject: 'Richiamo', when: '2 sett. fa' },
          'FlowItem',
        ),
        pdEntry(
          { icon: 'Chiamata', toggle: 'Segna come non completata', subject: 'Prezzi', when: '17 nov 2026 15:10' },
          'FlowItem',
        ),
      ]),
    );
    const call = reading.activities.find((a) => a.title === 'Richiamo');
    expect(call).toBeDefined();
    expect(call?.timestamp).toBeUndefined();
    expect(call?.dateText).toBe('2 sett. fa');
  });
});
