// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hsContactPage, hsEventTimeInHeader, readHubSpot } from '../hand-built-pages';

/**
 * A call the contact made and nobody took. HubSpot's English table reads "Missed call" as inbound
 * (words/en.ts: `^missed call`); the Spanish, Portuguese and Dutch tables had no such word, and
 * classify-activity.ts falls back to "a call is outbound unless its wording says it came in": the
 * contact's missed call became the rep's outbound attempt (an active contact, a cadence step, a
 * connect-rate attempt). Wording: the usual word for a missed call in each language (trust C, as
 * the tables' own words are).
 */
describe.each([
  ['es-ES', 'Llamada perdida'],
  ['pt-BR', 'Chamada perdida'],
  ['nl-NL', 'Gemiste oproep'],
])('HubSpot %s: "%s"', (lang, header) => {
  it('is never read as an outbound call by the rep', () => {
    const reading = readHubSpot(
      hsContactPage(lang, 'Lena Vogt', [hsEventTimeInHeader({ header, time: '05/11/2026 10:00', body: '' })]),
    );
    const call = reading.activities.find((a) => a.type === 'call');
    expect(call).toBeDefined();
    expect(call?.direction).not.toBe('outbound');
  });

  it('is a call nobody answered', () => {
    const reading = readHubSpot(
      hsContactPage(lang, 'Lena Vogt', [hsEventTimeInHeader({ header, time: '05/11/2026 10:00', body: '' })]),
    );
    expect(reading.activities.find((a) => a.type === 'call')?.outcome).toBe('no-answer');
  });
});

describe.each([
  ['en-GB', 'Missed call'],
  ['it-IT', 'Chiamata persa'],
])('(control) HubSpot %s: "%s"', (lang, header) => {
  it('is an inbound call nobody answered', () => {
    const reading = readHubSpot(
      hsContactPage(lang, 'Lena Vogt', [hsEventTimeInHeader({ header, time: '05/11/2026 10:00', body: '' })]),
    );
    const call = reading.activities.find((a) => a.type === 'call');
    expect(call?.direction).toBe('inbound');
    expect(call?.outcome).toBe('no-answer');
  });
});
