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

/**
 * A collapsed mail thread ("3 messages", its latest shown) leaves two mails unread, reported as the
 * activities read in part; the History itself is whole (no "Show more", no filter, nothing loading)
 * and shows every stage move: folded mails are no stage moves, so the stage history is whole, its
 * first stage entered at the deal's creation (its "Deal created" field).
 */
describe('a folded mail thread in a whole History', () => {
  const collapsedMail = `<li class="FeedItem_row__Hh3"><span class="cui5-icon" role="img" aria-label="Email"></span><div class="FeedItem_body__Hh3">
<div><a href="/mail/threads/4411">Re: Rollout pricing</a> <span>3 messages</span> <time class="FeedItem_when__Hh3">Nov 18, 2026 9:12 AM</time></div>
<div>From: Nora Lind &lt;nora.lind@fernway.example&gt;</div><div>To: Lena Vogel &lt;lena@acme.example&gt;</div><p>Thanks, the numbers look fine.</p></div></li>`;
  const [qualified = '', , demo = '', proposal = ''] = STAGES.en ?? [];
  const r = read(
    '/deal/931',
    deal({
      lang: 'en',
      title: 'Fernway — Dock sensors',
      persons: person(77, 'Nora Lind', 'nora.lind@fernway.example'),
      stages: (STAGES.en ?? []).map((name, i) => ({ name, ...(i === 3 ? { current: true } : {}) })),
      fields: [['Deal created', 'Oct 20, 2026 9:00 AM']],
      history:
        collapsedMail +
        change({ field: 'Stage', from: demo, to: proposal, when: 'Nov 12, 2026 10:00 AM' }) +
        change({ field: 'Stage', from: qualified, to: demo, when: 'Nov 2, 2026 10:00 AM' }) +
        sentence({ text: 'Deal created', when: 'Oct 20, 2026 9:00 AM' }),
    }),
    'en',
    'Fernway — Dock sensors - Deals',
  );
  if (r.status !== 'read' || r.kind !== 'deal') throw new Error(`not read as a deal: ${JSON.stringify(r)}`);

  it('reports the folded mails, and no stage history read in part', () => {
    expect(r.notRead.filter((n) => n.field === 'activities')).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('3 messages') }),
    ]);
    expect(stageHistoryGaps(r)).toEqual([]);
  });

  it('enters the first stage at the deal’s creation', () => {
    expect(r.record.stageHistory).toEqual([
      { stage: qualified, enteredAt: '2026-10-20T09:00:00.000Z' },
      { stage: demo, enteredAt: '2026-11-02T10:00:00.000Z' },
      { stage: proposal, enteredAt: '2026-11-12T10:00:00.000Z' },
    ]);
  });
});
