import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md / README: Lightning shows a filter line above the activity timeline ("Filters:
 * All time • All activities • All types"); one that narrows the timeline (to the last 7 days, to
 * emails) leaves a slice the panel would count as the whole period, so it is reported. French
 * typography sets a space (a no-break space in print) before the colon: "Filtres : 7 derniers jours
 * • …". The French label was found only right before the colon, so with the space a timeline
 * filtered to the last 7 days or to emails passed for the whole history, with no notRead.
 *
 * Oracle: as the page with "Filtres: …", one `activities` notRead quoting the filter.
 */
const call = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Appel',
  subject: 'Appel',
  id: '00T5g00000LmN3aEAF',
  date: '18 nov.',
  summary: 'Vous avez consigné un appel avec Camille Durand',
  checkbox: 'checked',
});

describe('a French Lightning filter line, its colon after a space', () => {
  it.each([
    'Filtres : 7 derniers jours • Toutes les activités • Tous les types',
    'Filtres\u00a0: 7 derniers jours • Toutes les activités • Tous les types',
    'Filtres : Toutes les dates • Toutes les activités • E-mails',
    'Filtres: 7 derniers jours • Toutes les activités • Tous les types',
  ])('"%s" is reported as a filtered timeline', (filters) => {
    const html = contactPage(
      `<div class="slds-grid"><span>${filters}</span></div>${timeline('', [{ heading: 'novembre • 2026', items: call }], 'À venir et en retard')}`,
      { lang: 'fr-FR', name: 'Camille Durand' },
    );
    const r = read(html);
    expect(r.activities).toHaveLength(1);
    expect(r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      expect.stringContaining('filtered'),
    ]);
  });

  it('(control) "Filtres : Toutes les dates • Toutes les activités • Tous les types" narrows nothing', () => {
    const html = contactPage(
      `<div class="slds-grid"><span>Filtres : Toutes les dates • Toutes les activités • Tous les types</span></div>${timeline('', [{ heading: 'novembre • 2026', items: call }], 'À venir et en retard')}`,
      { lang: 'fr-FR', name: 'Camille Durand' },
    );
    expect(read(html).notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
