/**
 * An Italian rep logs the call they made as "Chiamata da 30 minuti con Lena Vogt" (a 30-minute call
 * with Lena: "da" + a length, as Dutch "Gesprek van 30 minuten", which wording.ts itself names as a
 * rep's own call): the rep's outbound call. Taking the number after the "Chiamata da" opening for
 * the caller ("Call from +49 …") made it the person's inbound call (review s53, a regression): an
 * attempt the rep made was lost from the call count, cadence and connect rate.
 * metrics.md: direction inbound = contact to rep; a Pipedrive activity is the rep's unless it says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { activity, personBody, readAt } from './person-and-deal-pages';

const SUBJECTS = ['Chiamata da 30 minuti con Lena Vogt', 'Telefonata da 15 min per il rinnovo'];

describe('Pipedrive it-IT: a call subject giving its length after "da" is the rep’s call', () => {
  it.each(SUBJECTS)('"%s" is outbound', (subject) => {
    const feed = activity({
      icon: 'Chiamata',
      id: 7311,
      subject,
      done: true,
      toggle: 'Segna come non completata',
      when: '16 novembre 2026 alle 10:30',
      owner: 'Sam Ortiz',
    });
    const body = personBody({
      name: 'Lena Vogt',
      fields: [['E-mail', '<a href="mailto:lena.vogt@harbor.example">lena.vogt@harbor.example</a>']],
      focusTitle: 'Focus',
      focus: '',
      historyTitle: 'Cronologia',
      chips: [],
      feed,
    });
    const r = readAt('/person/5120', body, 'it-IT', 'Lena Vogt');
    if (r.status !== 'read') throw new Error(JSON.stringify(r));
    expect(r.activities.map((a) => [a.type, a.direction])).toEqual([['call', 'outbound']]);
  });
});
