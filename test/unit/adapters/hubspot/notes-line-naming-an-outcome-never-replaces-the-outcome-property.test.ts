/**
 * metrics.md ("Outcomes beside activity"): connect rate = calls with a connected outcome / call
 * attempts; "a call … whose outcome the page does not show counts as an attempt with outcome
 * 'unknown'". A HubSpot call card (2024+ preview, crm-evidence-2.md) headed "Logged call" (no
 * outcome in the header), whose body holds the rep's call notes first, written in the rich-text
 * editor with a bold word ("Outcome: <b>Demo booked</b> for Tuesday"), then the card's
 * "Call outcome" property row: label, value "Connected". The page does show the outcome:
 * by hand the call is connected (1 of 1 connected), in every language.
 */
import { expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

it.each([
  ['en-US', 'Logged call', '<p>Outcome: <b>Demo booked</b> for Tuesday</p>', 'Call outcome', 'Connected'],
  [
    'es-ES',
    'Llamada registrada',
    '<p>Resultado: <b>demo agendada</b> para el martes</p>',
    'Resultado de la llamada',
    'Conectado',
  ],
  ['de-DE', 'Protokollierter Anruf', '<p>Ergebnis: <b>Demo gebucht</b> für Dienstag</p>', 'Anrufergebnis', 'Verbunden'],
])(
  '%s: a notes line "Outcome: <b>…</b>" does not replace the Call outcome property',
  (lang, header, notes, label, value) => {
    const body =
      `<div data-test-id="callComments-container">${notes}</div>` +
      `<div><span>${label}</span><span>${value}</span></div>`;
    const middle = timeline(previewEvent(header, 'Nov 16, 2026 at 3:45 PM', body));
    const a = readHubSpot(contactRecord({ lang, name: 'Ivo Brandt', middle })).activities[0];
    expect(a).toMatchObject({ type: 'call', outcome: 'connected' });
  },
);
