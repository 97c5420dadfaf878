/**
 * A German team keeps custom task types "Besuchsbericht schreiben" (write the visit report) and
 * "Telefonnummer prüfen" (check the phone number): paperwork, no touch with the person. Type name
 * words are whole words (wording.ts typeNameWords): matched as a word's beginning, "Besuch" and
 * "Telefon" made the report a meeting held and the number check a call (review s53, a regression).
 * metrics.md: touches are calls, emails, meetings, messages with the contact; decisions.md: never a
 * confident value the page did not say.
 */
import { describe, expect, it } from 'vitest';
import { activity, personBody, readAt } from './person-and-deal-pages';

const TYPES = ['Besuchsbericht schreiben', 'Telefonnummer prüfen'];

describe('Pipedrive de-DE: custom task types that only mention a visit or a phone', () => {
  it.each(TYPES)('a done "%s" is no call or meeting', (icon) => {
    const feed = activity({
      icon,
      id: 7411,
      subject: 'Lena Vogt – Harbor GmbH',
      done: true,
      toggle: 'Als nicht erledigt markieren',
      when: '16. November 2026 um 10:30',
      owner: 'Sam Ortiz',
    });
    const body = personBody({
      name: 'Lena Vogt',
      fields: [['E-Mail', '<a href="mailto:lena.vogt@harbor.example">lena.vogt@harbor.example</a>']],
      focusTitle: 'Fokus',
      focus: '',
      historyTitle: 'Verlauf',
      chips: [],
      feed,
    });
    const r = readAt('/person/5120', body, 'de-DE', 'Lena Vogt');
    if (r.status !== 'read') throw new Error(JSON.stringify(r));
    const types = r.activities.map((a) => a.type);
    expect(types).not.toContain('call');
    expect(types).not.toContain('meeting');
  });
});
