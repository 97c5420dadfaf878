import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * An Italian Pipedrive person page in the hashed-class generation, read with Pipedrive's Italian
 * wording: type only in the icon's label (crm-evidence-2.md), open or done in the checkbox's label,
 * outcomes in the subject or an "Esito:" line, synced mail with "Da:"/"A:" lines. Type names are the
 * default activity types Pipedrive's Italian help centre lists (chiamata, riunione, compito,
 * scadenza, e-mail, pranzo); the other wording is a guess of the exact text (trust C).
 * Clock 2026-11-20 15:00 UTC: "Ieri alle 16:40" is 19 Nov 16:40.
 */
const reading = read(
  personPage({
    lang: 'it',
    history: [
      item({
        icon: 'Chiamata',
        done: true,
        checkLabel: 'Segna come non completata',
        subject: 'Chiamata con Maya – Nessuna risposta',
        date: '17 nov 2026 15:10',
      }),
      item({
        icon: 'Chiamata',
        done: true,
        checkLabel: 'Segna come non completata',
        subject: 'Rinnovo contratto',
        date: '16 nov 2026 11:00',
        body: 'Esito: Connesso',
      }),
      item({
        icon: 'Chiamata in entrata',
        done: true,
        checkLabel: 'Segna come non completata',
        subject: 'Domanda sulla fattura',
        date: '13 nov 2026 09:30',
      }),
      item({
        icon: 'Riunione',
        done: true,
        checkLabel: 'Segna come non completata',
        subject: 'Visita in sede',
        date: 'Ieri alle 16:40',
      }),
      item({
        icon: 'Compito',
        done: false,
        checkLabel: 'Segna come completata',
        subject: 'Inviare il preventivo',
        date: '10 nov 2026',
      }),
      item({
        icon: 'E-mail',
        subject: 'Re: Volumi Q1',
        href: '/mail/thread/88410',
        date: '12 nov 2026 16:40',
        lines: [
          'Da: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
          'A: Casey Nguyen &lt;casey@acme-sales.example&gt;',
        ],
        body: 'Grazie Casey',
      }),
    ],
  }),
);
const find = (title: string) => reading.activities.find((a) => a.title === title);

describe('Pipedrive person page in Italian (wording table)', () => {
  it('reads calls by their icon, with their outcomes and direction', () => {
    expect(find('Chiamata con Maya – Nessuna risposta')).toMatchObject({
      type: 'call',
      direction: 'outbound',
      outcome: 'no-answer',
    });
    expect(find('Rinnovo contratto')).toMatchObject({ type: 'call', outcome: 'connected' });
    expect(find('Domanda sulla fattura')).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('reads a done meeting with its Italian relative date', () => {
    expect(find('Visita in sede')).toMatchObject({ type: 'meeting', timestamp: '2026-11-19T16:40:00.000Z' });
    expect(find('Visita in sede')?.planned).toBeUndefined();
  });

  it('reads an open task as planned', () => {
    expect(find('Inviare il preventivo')).toMatchObject({ type: 'task', planned: true });
  });

  it("reads Maya's synced mail as inbound", () => {
    expect(find('Re: Volumi Q1')).toMatchObject({ type: 'email', direction: 'inbound' });
  });

  it('reports nothing as not read for want of Italian words', () => {
    expect(reading.notRead.filter((n) => /no words for|language/.test(n.reason))).toEqual([]);
  });
});
