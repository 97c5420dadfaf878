/**
 * The control below the History that fetches older entries, in wordings the word tables missed.
 * No source shows Pipedrive's label (wording.ts marks every showMore entry a guess), so the usual
 * forms of each language count: Dutch imperatives ("Toon meer", "Laad meer activiteiten"), Italian
 * with the plural "altre" agreeing with "attività" ("Carica altre attività"), English "Show earlier
 * activities". Unrecognised, the shown entries were taken as the whole history with no notRead,
 * and touch counts, last touch and cadence were silently short. Review pd51.
 */
import { describe, expect, it } from 'vitest';
import { type Item, item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const NL: Item[] = [
  { icon: 'Gesprek', subject: 'Kennismaking', date: '16 nov. 2026 09:30' },
  { icon: 'Vergadering', subject: 'Demo op locatie', date: '12 nov. 2026 14:00' },
].map((i) => ({ ...i, done: true, checkLabel: 'Als niet voltooid markeren' }));
const IT: Item[] = [
  { icon: 'Chiamata', subject: 'Chiamata conoscitiva', date: '16 nov 2026, 09:30', done: true },
  { icon: 'Riunione', subject: 'Demo in sede', date: '12 nov 2026, 14:00', done: true },
];
const EN: Item[] = [
  { icon: 'Call', subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM', done: true },
  { icon: 'Meeting', subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM', done: true },
];

describe('a "show more" control below the History in imperative and plural wordings', () => {
  it.each([
    ['nl-NL', 'Toon meer', 'Geschiedenis', NL],
    ['nl-NL', 'Laad meer activiteiten', 'Geschiedenis', NL],
    ['it-IT', 'Carica altre attività', 'Cronologia', IT],
    ['en-US', 'Show earlier activities', 'History', EN],
  ])('%s "%s": the feed is reported as partly read', (lang, label, historyTitle, entries) => {
    const result = readWhole(
      '/person/2210',
      personPage({
        lang,
        historyTitle,
        history: entries.map((e) => item(e)),
        afterHistory: `<div class="FlowList_footer__n4Vc7"><button type="button" class="cui5-button cui5-button--secondary">${label}</button></div>`,
      }),
    );
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.activities).toHaveLength(2);
    expect(result.notRead).toContainEqual(
      expect.objectContaining({
        field: 'activities',
        reason: 'older history items are behind a "Show more" control',
        part: 'older',
      }),
    );
  });
});
