/**
 * classify-activity.ts reads a company's own type as a call when its name says so
 * ("Follow-up call", "Phone call": `\bcall|phone`). Companies name their own types in their own
 * language (crm-evidence-2.md: localised wording, type only in an icon's label): a German team's
 * "Telefonat", a French team's "Relance téléphonique", a Spanish team's "Seguimiento telefónico".
 * Each was read as a task, no touch: every call the team logs under its own type is gone from the
 * call count, the connect rate's attempts and the cadence (metrics.md: calls are touches), with only
 * a "type Touchline does not know" line to say so, while the English "Phone follow-up" counts.
 */
import { describe, expect, it } from 'vitest';
import { activity, readLenasHistory } from './person-and-deal-pages';

const CASES = [
  ['en-US', 'Phone follow-up', 'History', 'November 16, 2026 10:30 AM', 'Mark as not done', 'Email'],
  ['de-DE', 'Telefonat', 'Verlauf', '16. November 2026 um 10:30', 'Als nicht erledigt markieren', 'E-Mail'],
  ['fr-FR', 'Relance téléphonique', 'Historique', '16 nov. 2026 à 10:30', 'Marquer comme non terminé', 'E-mail'],
  [
    'es-ES',
    'Seguimiento telefónico',
    'Historial',
    '16 de noviembre de 2026 10:30',
    'Marcar como no completada',
    'Correo electrónico',
  ],
] as const;

describe('Pipedrive: a company’s own phone type, named in the page’s language', () => {
  it.each(CASES)('%s: a done "%s" is a call', (lang, icon, history, when, toggle, emailLabel) => {
    const feed = activity({
      icon,
      id: 7401,
      subject: 'Lena Vogt – Angebot / offre / oferta',
      done: true,
      toggle,
      when,
      owner: 'Sam Ortiz',
    });
    const r = readLenasHistory(feed, { lang, historyTitle: history, emailLabel });
    expect(r.activities.map((a) => [a.type, a.direction])).toEqual([['call', 'outbound']]);
  });
});
