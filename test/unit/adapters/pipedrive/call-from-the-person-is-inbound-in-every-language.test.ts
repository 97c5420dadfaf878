/**
 * A rep logs a call the person made as "Call from Lena Vogt": the adapter reads that
 * subject as inbound in English (activity-direction.ts, "Call from …" as its start). On a German or
 * Italian page the same subject reads "Anruf von Lena Vogt" / "Chiamata da Lena Vogt" (von, da: from),
 * and was read as the rep's outbound call: a call attempt the rep never made, counted in the cadence
 * and the connect rate, and the person's own call lost as an inbound touch; read in the page's
 * language (wording.ts callFrom, incomingCall), they are the person's calls. Brazilian Portuguese: the
 * table takes "Chamada" for the Call type and "Chamada perdida" for a missed one, and "Ligação
 * recebida" as incoming, yet "Chamada recebida de Lena Vogt" was read as the rep's call too. crm-evidence-2.md ("What
 * follows for readers"): read type and direction from every carrier, header wording included, in the
 * page's language. metrics.md: direction inbound = contact to rep.
 */
import { describe, expect, it } from 'vitest';
import { activity, readLenasHistory } from './person-and-deal-pages';

const CASES = [
  ['en-US', 'Call from Lena Vogt', 'History', 'Call', 'November 16, 2026 10:30 AM', 'Mark as not done', 'Email'],
  [
    'de-DE',
    'Anruf von Lena Vogt',
    'Verlauf',
    'Anruf',
    '16. November 2026 um 10:30',
    'Als nicht erledigt markieren',
    'E-Mail',
  ],
  [
    'it-IT',
    'Chiamata da Lena Vogt',
    'Cronologia',
    'Chiamata',
    '16 novembre 2026 alle 10:30',
    'Segna come non completata',
    'E-mail',
  ],
  [
    'pt-BR',
    'Ligação recebida de Lena Vogt',
    'Histórico',
    'Ligação',
    '16 de novembro de 2026 às 10:30',
    'Marcar como não concluída',
    'E-mail',
  ],
  [
    'pt-BR',
    'Chamada recebida de Lena Vogt',
    'Histórico',
    'Chamada',
    '16 de novembro de 2026 às 10:30',
    'Marcar como não concluída',
    'E-mail',
  ],
] as const;

describe('Pipedrive: a call logged as "call from <the person>" in the page’s language', () => {
  it.each(CASES)('%s: "%s" is the person’s call, inbound', (lang, subject, history, icon, when, toggle, emailLabel) => {
    const feed = activity({ icon, id: 7301, subject, done: true, toggle, when, owner: 'Sam Ortiz' });
    const r = readLenasHistory(feed, { lang, historyTitle: history, emailLabel });
    expect(r.activities.map((a) => [a.type, a.title, a.direction])).toEqual([['call', subject, 'inbound']]);
  });
});

// The same openings where no caller follows, and "from" words that also open the rep's own calls
// (French "Appel de suivi", Spanish "Llamada de seguimiento": de = of), stay the rep's calls.
const OWN_CALLS = [
  [
    'it-IT',
    'Chiamata da fare a Lena Vogt',
    'Cronologia',
    'Chiamata',
    '16 novembre 2026 alle 10:30',
    'Segna come non completata',
  ],
  [
    'fr-FR',
    'Appel de suivi avec Lena Vogt',
    'Historique',
    'Appel',
    '16 nov. 2026 à 10:30',
    'Marquer comme non terminé',
  ],
  [
    'es-ES',
    'Llamada de seguimiento a Lena Vogt',
    'Historial',
    'Llamada',
    '16 de noviembre de 2026 10:30',
    'Marcar como no completada',
  ],
] as const;

describe('Pipedrive: a call whose subject opens like "call from" but names no caller', () => {
  it.each(OWN_CALLS)('%s: "%s" is the rep’s call, outbound', (lang, subject, history, icon, when, toggle) => {
    const feed = activity({ icon, id: 7302, subject, done: true, toggle, when, owner: 'Sam Ortiz' });
    const r = readLenasHistory(feed, { lang, historyTitle: history });
    expect(r.activities.map((a) => [a.type, a.title, a.direction])).toEqual([['call', subject, 'outbound']]);
  });
});
