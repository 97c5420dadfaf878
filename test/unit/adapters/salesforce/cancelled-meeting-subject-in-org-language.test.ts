// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md "Meetings held": a meeting that was cancelled is not held and no touch. Calendar sync
 * puts Outlook's label before a cancelled meeting's subject in the user's language ("Abgesagt:
 * Pilotbesprechung", "Annulé : Revue du pilote"); the English "Canceled: …" was the only one read,
 * so a cancelled meeting in any other org counted as held. Only the label at the subject's start
 * says so: a subject about a cancelled order is a meeting that took place.
 * Pages by hand: one past Event under the org's "This Month", its sentence in the org's language.
 */
const ORGS = [
  {
    lang: 'de',
    group: 'Dieser Monat',
    icon: 'Ereignis',
    subject: 'Abgesagt: Pilotbesprechung',
    sentence: 'Sie hatten ein Ereignis mit Maria Jensen',
  },
  {
    lang: 'fr',
    group: 'Ce mois-ci',
    icon: 'Événement',
    subject: 'Annulé : Revue du pilote',
    sentence: 'Vous aviez un événement avec Maria Jensen',
  },
  {
    lang: 'es',
    group: 'Este mes',
    icon: 'Evento',
    subject: 'Cancelado: Revisión del piloto',
    sentence: 'Tuvo un evento con Maria Jensen',
  },
  {
    lang: 'it',
    group: 'Questo mese',
    icon: 'Evento',
    subject: 'Annullato: Revisione del pilota',
    sentence: 'Hai avuto un evento con Maria Jensen',
  },
  {
    lang: 'nl',
    group: 'Deze maand',
    icon: 'Gebeurtenis',
    subject: 'Geannuleerd: Pilotreview',
    sentence: 'U had een gebeurtenis met Maria Jensen',
  },
  {
    lang: 'pt-BR',
    group: 'Este mês',
    icon: 'Evento',
    subject: 'Cancelado: Revisão do piloto',
    sentence: 'Você teve um evento com Maria Jensen',
  },
] as const;

type Org = (typeof ORGS)[number];

function outcomeOf(org: Org, subject: string, transform: 'none' | 'stripped' = 'none') {
  const li = item({
    token: 'Event',
    icon: 'event',
    iconTitle: org.icon,
    subject,
    id: '00U5g00000DpQM1EAN',
    date: '14:00 | 12.11.2026',
    summary: org.sentence,
  });
  const r = read(contactPage(timeline('', [{ heading: org.group, items: li }]), { lang: org.lang }), transform);
  return r.activities.find((a) => a.type === 'meeting')?.outcome;
}

describe('a meeting whose subject carries the calendar’s cancellation label in the org’s language', () => {
  it.each(ORGS.map((o) => [o.lang, o] as const))('%s: is cancelled', (_lang, org) => {
    expect(outcomeOf(org, org.subject)).toBe('cancelled');
  });

  it('is cancelled on a page stripped of classes, ids and data attributes', () => {
    expect(outcomeOf(ORGS[0], ORGS[0].subject, 'stripped')).toBe('cancelled');
  });

  it.each([
    ['de', 'Abgesagte Bestellung besprechen'],
    ['de', 'Lieferung: Abgesagt: Bestellung 42'],
    ['fr', 'Commande annulée : suite à donner'],
  ])('%s: a subject naming a cancellation elsewhere ("%s") is no cancelled meeting', (lang, subject) => {
    const org = ORGS.find((o) => o.lang === lang) ?? ORGS[0];
    expect(outcomeOf(org, subject)).not.toBe('cancelled');
  });
});
