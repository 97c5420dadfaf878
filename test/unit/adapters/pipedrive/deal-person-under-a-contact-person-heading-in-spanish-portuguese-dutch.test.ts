/**
 * A deal's sidebar lists its person under a section heading; the word tables read
 * "Contact person" in English, "Kontaktperson", "Personne à contacter" and "Persona di contatto" as
 * that heading (wording.ts labels.persons), but not Spanish "Persona de contacto", Portuguese
 * "Pessoa de contato" nor Dutch "Contactpersoon". On a deal with one person, shown under that
 * heading, the deal was read with no contact at all ("no linked persons found") though the page
 * links the person (crm-evidence-2.md: linked persons are plain /person/{id} links, B), and the
 * person's reply, no longer known as theirs, lost its direction: no reply in the reply rate, the
 * deal's contacts-touched 0 of 0 (metrics.md multi-threading).
 */
import { describe, expect, it } from 'vitest';
import { dealBody, mail, personCard, readAt, section } from './person-and-deal-pages';

const CASES = [
  ['de-DE', 'Kontaktperson', 'Organisation', 'Verlauf', '18. November 2026 um 09:00', 'Von:', 'An:', 'Deals'],
  [
    'es-ES',
    'Persona de contacto',
    'Organización',
    'Historial',
    '18 de noviembre de 2026 09:00',
    'De:',
    'Para:',
    'Tratos',
  ],
  [
    'pt-BR',
    'Pessoa de contato',
    'Organização',
    'Histórico',
    '18 de novembro de 2026 às 09:00',
    'De:',
    'Para:',
    'Negócios',
  ],
  ['nl-NL', 'Contactpersoon', 'Organisatie', 'Geschiedenis', '18 november 2026 09:00', 'Van:', 'Aan:', 'Deals'],
] as const;

describe('Pipedrive deal: its person under a "contact person" heading', () => {
  it.each(CASES)(
    '%s "%s": the person is the deal’s, their reply inbound',
    (lang, heading, org, history, when, from, to, tab) => {
      const feed = mail({
        icon: 'E-mail',
        thread: 9101,
        subject: 'Re: Piloto',
        when,
        fromLabel: from,
        from: 'Lucía Torres &lt;lucia.torres@ibersol.example&gt;',
        toLabel: to,
        to: 'Sam Ortiz &lt;sam@acme.example&gt;',
        preview: '…',
      });
      const body = dealBody({
        title: 'Ibersol — Piloto',
        stages: ['Qualified', 'Contact Made', 'Proposal Made'],
        current: 1,
        dayUnit: 'd',
        value: '€ 12.000',
        fields: [],
        sidebar:
          section(heading, personCard('4410', 'Lucía Torres', 'lucia.torres@ibersol.example')) +
          section(org, '<a href="/organization/88">Ibersol S.L.</a>'),
        focusTitle: 'Focus',
        focus: '',
        historyTitle: history,
        chips: [],
        feed,
      });
      const r = readAt('/deal/9501', body, lang, `Ibersol — Piloto - ${tab}`);
      if (r.status !== 'read' || r.kind !== 'deal') throw new Error(JSON.stringify(r));
      expect(r.record.contacts).toEqual([{ id: '4410', name: 'Lucía Torres' }]);
      expect(r.activities.map((a) => [a.type, a.direction, a.contactIds])).toEqual([['email', 'inbound', ['4410']]]);
    },
  );
});
