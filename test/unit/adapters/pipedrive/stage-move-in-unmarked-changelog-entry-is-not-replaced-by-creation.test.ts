// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review pdgen (session 48). A hashed-class deal page whose stage bar shows no day counts (an older bar, or one drawn
 * without the "3 T ·" prefix) and whose History holds the changelog entry "Stage changed from
 * Qualified to Proposal", dated Nov 17. The entry's icon is decorative (an `aria-hidden` svg, or
 * none): no source shows a history item's markup (crm-evidence-2.md), and only an icon labelled
 * "Changelog" made the entry a change (item-facts.ts itemKind falls back to 'note';
 * stage-move-sentence.ts skipped every entry not of kind 'change'). The reading then dated the
 * current stage from the deal's creation (Sep 1): 80 days in Proposal instead of 3, with no
 * notRead. stage-move-sentence.ts's own rule: "the move happened, so no earlier date (the deal's
 * creation) may stand for the current stage's entry".
 * Expected: Proposal entered 2026-11-17 09:00, or the stage history reported as not read; never
 * Proposal since creation.
 */
function page(
  lang: string,
  c: { stages: [string, string]; created: [string, string]; move: string; date: string; history: string },
  icon: string,
): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>CRM rollout</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><textarea class="cui5-editable-text__input" rows="1">CRM rollout</textarea>
<div class="cui5-stage-selector"><button type="button" class="cui5-stage-selector__stage" aria-label="${c.stages[0]}" aria-selected="false">${c.stages[0]}</button><button type="button" class="cui5-stage-selector__stage" aria-label="${c.stages[1]}" aria-selected="true">${c.stages[1]}</button></div></header>
<aside class="DealView_sidebar__h2Jk4"><div class="FieldRow_row__Xa91k"><span class="FieldRow_label__Xa91k">${c.created[0]}</span><span class="FieldRow_value__Xa91k">${c.created[1]}</span></div>
<section><h3>Persons</h3><a href="/person/77">Ola Nowak</a></section></aside>
<section class="Flow_root__t5Lm2"><h2>${c.history}</h2><ul class="Flow_list__t5Lm2">
<li class="FlowItem_item__w1Rt5"><span class="FlowItem_icon__w1Rt5">${icon}</span><div class="FlowItem_text__w1Rt5">${c.move}</div><div class="FlowItem_meta__w1Rt5"><span>${c.date}</span> · <span>Piotr Zieliński</span></div></li>
</ul></section></div></main></div></body></html>`;
}

const EN = {
  stages: ['Qualified', 'Proposal'] as [string, string],
  created: ['Deal created', 'Sep 1, 2026'] as [string, string],
  move: 'Stage changed from Qualified to Proposal',
  date: 'Nov 17, 2026 9:00 AM',
  history: 'History',
};
const DE = {
  stages: ['Qualifiziert', 'Angebot'] as [string, string],
  created: ['Deal erstellt', '1. September 2026'] as [string, string],
  move: 'Phase geändert von Qualifiziert zu Angebot',
  date: '17. November 2026 09:00',
  history: 'Verlauf',
};

describe.each([
  ['en', EN, '<svg aria-hidden="true" focusable="false"></svg>'],
  ['en', EN, ''],
  ['de', DE, '<svg aria-hidden="true" focusable="false"></svg>'],
])('%s deal: stage move in a changelog entry with an unlabelled icon', (lang, c, icon) => {
  const reading = readWhole('/deal/61', page(lang, c, icon));
  if (reading.status !== 'read' || reading.kind !== 'deal') throw new Error(JSON.stringify(reading));
  const current = c.stages[1];

  it('never dates the current stage from the deal creation when the feed shows a later move into it', () => {
    const entry = reading.record.stageHistory.find((e) => e.stage === current);
    const reported = reading.notRead.some((n) => n.field === 'stageHistory');
    expect(entry?.enteredAt === '2026-11-17T09:00:00.000Z' || (entry === undefined && reported)).toBe(true);
  });
});

describe('en deal: the unmarked entry naming the pipeline stage it entered', () => {
  const reading = readWhole('/deal/61', page('en', EN, ''));
  if (reading.status !== 'read' || reading.kind !== 'deal') throw new Error(JSON.stringify(reading));

  it('is read as the move, not as a note', () => {
    expect(reading.record.stageHistory).toEqual([
      { stage: 'Qualified', enteredAt: '2026-09-01T00:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-17T09:00:00.000Z' },
    ]);
    expect(reading.activities.filter((a) => a.type === 'note')).toEqual([]);
  });
});

/**
 * Only the wording makes such an entry a changelog entry, and a rep's note without its icon says
 * the same words ("Stage changed to Negotiation once legal signs off"): a move into no stage of the
 * pipeline is no move read, and the stage history is reported rather than given a stage of that
 * name, or dated from the deal's creation.
 */
describe('en deal: an unmarked entry saying the stage changed into no stage of the pipeline', () => {
  const prose = { ...EN, move: 'Stage changed to Negotiation once legal signs off' };
  const reading = readWhole('/deal/61', page('en', prose, ''));
  if (reading.status !== 'read' || reading.kind !== 'deal') throw new Error(JSON.stringify(reading));

  it('adds no stage and reports the stage history', () => {
    expect(reading.record.stageHistory.map((e) => e.stage)).not.toContain('Negotiation once legal signs off');
    expect(reading.record.stageHistory.find((e) => e.stage === 'Proposal')).toBeUndefined();
    expect(reading.notRead.some((n) => n.field === 'stageHistory')).toBe(true);
  });
});
