/**
 * A deal's stage moves are History entries: where "Show more" leaves the older ones unloaded, the
 * stages before the first move shown may have been entered in the part not loaded, so the stage
 * history is read in part and says so (as HubSpot's does), or the stage conversion counts this
 * deal as never having entered them ("Qualified — no deals entered yet"). Unless the History shows
 * the deal's creation above the control: what is older than it holds no stage. Review s62 (partial).
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { read } from './hand-written-deal-kit';
import { activity, change, deal, LANG, person, sentence } from './hand-written-deal-page';

const STAGES: Record<string, string[]> = {
  en: ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made'],
  de: ['Qualifiziert', 'Kontakt hergestellt', 'Demo geplant', 'Angebot erstellt'],
};
const CASES = [
  { lang: 'en', showMore: 'Show more', moved: 'Nov 2, 2026 10:00 AM', met: 'Oct 20, 2026 10:00 AM' },
  { lang: 'de', showMore: 'Mehr anzeigen', moved: '2. November 2026 10:00', met: '20. Oktober 2026 10:00' },
];

function dealPage(lang: string, showMore: string, history: string) {
  const l = LANG[lang];
  const names = STAGES[lang] ?? [];
  if (!l) throw new Error(`no words for ${lang}`);
  // The control below the History's list, in its section (as Pipedrive draws its feed's footer).
  const footer = `</ul><div class="FlowList_footer__n4"><button type="button" class="cui5-button">${showMore}</button></div><ul>`;
  const r = read(
    '/deal/930',
    deal({
      lang,
      title: 'Fernway — Warehouse rollout',
      persons: person(77, 'Nora Lind', 'nora.lind@fernway.example'),
      stages: names.map((name, i) => ({ name, ...(i === 3 ? { current: true } : {}) })),
      history: history + footer,
    }),
    lang,
    'Fernway — Warehouse rollout - Deals',
  );
  if (r.status !== 'read') throw new Error(`not read: ${JSON.stringify(r)}`);
  return r;
}

type ReadingOf = Extract<ReadResult, { status: 'read' }>;
const stageHistoryGaps = (r: ReadingOf) => r.notRead.filter((n) => n.field === 'stageHistory');

describe('stage moves shown above "Show more"', () => {
  it.each(CASES)('$lang: the stage history is reported read in part', ({ lang, showMore, moved, met }) => {
    const [, , demo, proposal] = STAGES[lang] ?? [];
    const r = dealPage(
      lang,
      showMore,
      change({ field: LANG[lang]?.stage ?? '', from: demo ?? '', to: proposal ?? '', when: moved }) +
        activity({ type: 'Meeting', subject: 'Demo', when: met, done: true, id: 8102, person: [77, 'Nora Lind'] }),
    );
    expect(r.notRead).toContainEqual(expect.objectContaining({ field: 'activities', part: 'older' }));
    expect(stageHistoryGaps(r)).toEqual([
      {
        field: 'stageHistory',
        reason: 'the stage changes are read from the feed, and older history items are behind a "Show more" control',
      },
    ]);
  });

  it.each(CASES)(
    '$lang: with the deal’s creation shown above it, the stage history is whole',
    ({ lang, showMore, moved, met }) => {
      const [first, , , proposal] = STAGES[lang] ?? [];
      const r = dealPage(
        lang,
        showMore,
        change({ field: LANG[lang]?.stage ?? '', from: first ?? '', to: proposal ?? '', when: moved }) +
          sentence({ text: LANG[lang]?.created ?? '', when: met }),
      );
      expect(r.notRead).toContainEqual(expect.objectContaining({ field: 'activities', part: 'older' }));
      expect(stageHistoryGaps(r)).toEqual([]);
    },
  );
});
