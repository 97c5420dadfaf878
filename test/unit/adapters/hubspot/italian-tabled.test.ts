import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactPage, previewItem, readContact } from './contact-page';
import { dealPage, property, readDeal } from './deal-page';

/**
 * A HubSpot contact page in Italian, read with HubSpot's Italian word table. Headers are written by
 * hand in the shape crm-evidence-2.md quotes from a French page ("Appel - Connecté passé par …",
 * a collapsed call showing only its outcome), in the Italian of HubSpot's help centre (chiamata,
 * e-mail, riunione, nota, attività; Connesso, Nessuna risposta, Messaggio vocale lasciato): a guess of
 * the exact wording (trust C). Nothing here may be reported as not read for want of Italian words.
 */
const isTouch = (type: string | undefined) => (TOUCH_TYPES as readonly (string | undefined)[]).includes(type);
const feed = [
  previewItem({
    header: 'Chiamata - Connesso effettuata da Alex Morgan',
    date: '17 nov 2026 alle 09:00',
    body: 'Prezzi 2027',
  }),
  previewItem({
    header: 'Nessuna risposta effettuata da Alex Morgan',
    date: '16 nov 2026 alle 10:00',
    body: 'Richiamare',
  }),
  previewItem({ header: 'Messaggio vocale lasciato da Alex Morgan', date: '13 nov 2026 alle 11:00', body: 'Rinnovo' }),
  previewItem({ header: 'Chiamata in entrata da Lena Vogt', date: '12 nov 2026 alle 16:30', body: 'Domanda fattura' }),
  previewItem({
    header: 'E-mail inviata da Alex Morgan',
    date: '18 nov 2026 alle 11:53',
    body: 'Proposta',
    icon: 'E-mail',
  }),
  previewItem({ header: 'Risposta e-mail da Lena Vogt', date: '18 nov 2026 alle 14:02', body: 'Re: Proposta' }),
  previewItem({ header: "Lena Vogt ha aperto l'e-mail «Proposta»", date: '18 nov 2026 alle 12:10', body: '' }),
  previewItem({ header: 'Riunione - Completata con Lena Vogt', date: '10 nov 2026 alle 15:00', body: 'Demo' }),
  previewItem({ header: 'Riunione - Annullata con Lena Vogt', date: '9 nov 2026 alle 15:00', body: 'Revisione' }),
  previewItem({ header: 'Nota di Alex Morgan', date: '11 nov 2026 alle 08:00', body: 'Budget approvato', note: true }),
  previewItem({
    header: 'Attività assegnata a Alex Morgan',
    date: '24 nov 2026 alle 09:00',
    body: 'Inviare il contratto',
  }),
  previewItem({
    header: 'Attività completata da Alex Morgan',
    date: '5 nov 2026 alle 09:00',
    body: 'Preparare la demo',
  }),
].join('\n');
const reading = readContact(contactPage({ lang: 'it-IT', feed }));
const item = (text: string) => reading.activities.find((a) => a.title.includes(text));

describe('HubSpot contact page in Italian (word table)', () => {
  it('reads call types, directions and outcomes, the collapsed calls too', () => {
    expect(item('Prezzi 2027')).toMatchObject({ type: 'call', direction: 'outbound', outcome: 'connected' });
    expect(item('Richiamare')).toMatchObject({ type: 'call', direction: 'outbound', outcome: 'no-answer' });
    expect(item('Rinnovo')).toMatchObject({ type: 'call', outcome: 'voicemail' });
    expect(item('Domanda fattura')).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('reads a sent email and a reply, and an open is no touch', () => {
    expect(item('Proposta')).toMatchObject({ type: 'email', direction: 'outbound' });
    expect(item('Re: Proposta')).toMatchObject({ type: 'email', direction: 'inbound' });
    const open = reading.activities.find((a) => /aperto/.test(a.title));
    expect(open && isTouch(open.type)).toBeFalsy();
  });

  it('reads meetings and their outcomes', () => {
    expect(item('Demo')).toMatchObject({ type: 'meeting', outcome: 'held' });
    expect(item('Revisione')).toMatchObject({ type: 'meeting', outcome: 'cancelled' });
  });

  it('reads a note, and a task as open or done', () => {
    expect(item('Budget approvato')?.type).toBe('note');
    expect(item('Inviare il contratto')).toMatchObject({ type: 'task', planned: true });
    expect(item('Preparare la demo')?.type).toBe('task');
    expect(item('Preparare la demo')?.planned).toBeUndefined();
  });

  it('reports nothing as not read for want of Italian words', () => {
    expect(reading.notRead.filter((n) => /no words for|language/.test(n.reason))).toEqual([]);
  });
});

describe('HubSpot deal page in Italian (word table)', () => {
  const deal = readDeal(
    dealPage({
      lang: 'it-IT',
      sidebar: [
        property('Fase della trattativa', 'Presentazione programmata'),
        property('Importo', '12.500,00 €'),
        property('Data di chiusura', '15/12/2026'),
        property('Proprietario della trattativa', 'Alex Morgan'),
        property('Pipeline', 'Pipeline di vendita'),
      ].join('\n'),
      items: [
        {
          header:
            "Alex Morgan ha spostato la trattativa da Qualificato all'acquisto a Presentazione programmata (Pipeline di vendita)",
          date: '16 nov 2026 alle 11:15',
          body: '',
        },
        {
          header: "Alex Morgan ha creato questa trattativa nella fase Qualificato all'acquisto (Pipeline di vendita)",
          date: '2 nov 2026 alle 10:00',
          body: '',
        },
      ],
    }),
  );

  it('reads stage, amount, close date and owner from their Italian labels', () => {
    expect(deal.record).toMatchObject({
      stage: 'Presentazione programmata',
      amount: 12500,
      currency: 'EUR',
      closeDate: '2026-12-15',
      owner: 'Alex Morgan',
      pipeline: 'Pipeline di vendita',
    });
  });

  it('reads the stage history from the Italian stage sentences', () => {
    expect(deal.record.stageHistory).toEqual([
      { stage: "Qualificato all'acquisto", enteredAt: '2026-11-02T10:00:00.000Z' },
      { stage: 'Presentazione programmata', enteredAt: '2026-11-16T11:15:00.000Z' },
    ]);
  });
});
