/**
 * Below the History a control fetches older entries; until clicked, the feed shown is
 * not the whole history, and feed-state.ts reports it ("older history items are behind a Show more
 * control"), dropping a count so "12 weitere anzeigen" and "Mostrar 12 más" are read. The usual
 * way to say "Show 12 more" in Italian, "Mostra altri 12" (masculine plural, as for "elementi" or
 * "messaggi": the table has only "altro" and the feminine "altre"), and in French, "Afficher 12 de
 * plus", were not: the shown entries were taken for the whole history, so touch counts, days since
 * last touch and cadence gaps silently left out the older touches (metrics.md: every number for
 * one period; a number that cannot be computed says why).
 */
import { describe, expect, it } from 'vitest';
import { activity, readLenasHistory } from './person-and-deal-pages';

const CASES = [
  ['de-DE', '12 weitere anzeigen', 'Verlauf', 'Anruf', 'Als nicht erledigt markieren', '16. November 2026 um 10:30'],
  ['it-IT', 'Mostra altri 12', 'Cronologia', 'Chiamata', 'Segna come non completata', '16 novembre 2026 alle 10:30'],
  ['fr-FR', 'Afficher 12 de plus', 'Historique', 'Appel', 'Marquer comme non terminé', '16 nov. 2026 à 10:30'],
] as const;

describe('Pipedrive: a "show N more" control below the History', () => {
  it.each(CASES)('%s "%s": the feed is reported as partly read', (lang, more, history, icon, toggle, when) => {
    const feed =
      activity({ icon, id: 7501, subject: 'Lena Vogt', done: true, toggle, when, owner: 'Sam Ortiz' }) +
      `<div class="FlowList_footer__n4Vc7"><button type="button" class="cui5-button cui5-button--ghost">${more}</button></div>`;
    const r = readLenasHistory(feed, { lang, historyTitle: history });
    expect(r.activities).toHaveLength(1);
    expect(r.notRead.map((n) => n.field)).toContain('activities');
  });
});
