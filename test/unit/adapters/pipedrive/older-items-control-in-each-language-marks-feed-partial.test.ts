/**
 * A control below the History that fetches older entries, labelled in the page's language: English
 * has "Show older"/"Show earlier" forms, and so does each language with a word table, in its own word
 * order ("Ältere Einträge laden", "Toon oudere"). Unseen, the newest entries read as the whole
 * history. No source gives Pipedrive's labels: these are guesses, asked only of a control after the
 * feed's last entry.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const history = [
  item({ icon: 'Call', done: true, subject: 'Discovery call', date: '2026-11-16 09:30' }),
  item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: '2026-11-12 14:00' }),
];

describe('Pipedrive: a control for older entries in the page’s language', () => {
  it.each([
    ['de', 'Ältere Einträge laden'],
    ['de', 'Frühere Aktivitäten anzeigen'],
    ['fr', 'Voir les activités précédentes'],
    ['es', 'Cargar actividades más antiguas'],
    ['pt', 'Ver atividades mais antigas'],
    ['it', 'Carica attività meno recenti'],
    ['nl', 'Toon oudere activiteiten'],
  ])('%s "%s" after the last entry: the activities are partly read', (lang, label) => {
    const html = personPage({
      lang,
      history,
      afterHistory: `<button type="button" class="cui5-button">${label}</button>`,
    });
    const result = readWhole('/person/2210', html);
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.activities).toHaveLength(2);
    expect(result.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      'older history items are behind a "Show more" control',
    ]);
  });
});
