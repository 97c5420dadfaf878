import { describe, expect, it } from 'vitest';
import { read } from './hand-written-deal-kit';
import { change, deal, person } from './hand-written-deal-page';

/**
 * metrics.md "Comparable deals: the same CRM account and pipeline". Pipedrive stage names repeat across
 * pipelines, and a deal moved to another pipeline logs "Pipeline: Sales → Partner" in its History (the
 * field as the sidebar names it; the row's wording a guess, built like the stage rows).
 *
 * Hand-written page, read Fri 20 Nov 2026 15:00 UTC: a deal created 1 Oct 2026 in pipeline Sales,
 * moved Qualified → Proposal on 2 Oct, to the Partner pipeline on 4 Oct 9:00 AM (with its stage row
 * "Proposal → First contact" the same minute), then First contact → Proposal (Partner's) on 10 Nov.
 * Bar of the Partner pipeline: First contact, Proposal (current, 10d), Contract. Whole History.
 * By hand: in the Partner pipeline the deal entered First contact on 4 Oct 9:00 and Proposal on
 * 10 Nov 9:00; its Sales stays (Qualified from 1 Oct, Sales' Proposal 2–4 Oct) are another
 * pipeline's and no stay of this one.
 */
const page = (history: string, stages: { name: string; days?: number; current?: boolean }[]) =>
  read(
    '/deal/81',
    deal({
      lang: 'en',
      title: 'Reseller licence',
      persons: person(77, 'Jonas Weber', 'jonas@kunde.com'),
      stages,
      history,
      fields: [
        ['Pipeline', 'Partner'],
        ['Deal created', 'Oct 1, 2026'],
      ],
    }),
    'en',
    'Reseller licence - Deals',
  );
const stageMove = (from: string, to: string, when: string) => change({ field: 'Stage', from, to, when });
const pipelineMove = change({ field: 'Pipeline', from: 'Sales', to: 'Partner', when: 'Oct 4, 2026 9:00 AM' });

const history = (r: ReturnType<typeof read>) => {
  if (r.status !== 'read' || r.kind !== 'deal') throw new Error(JSON.stringify(r));
  return r.record.stageHistory;
};

describe('a deal moved to another pipeline', () => {
  it('keeps only the stays after the pipeline move', () => {
    const r = page(
      [
        stageMove('First contact', 'Proposal', 'Nov 10, 2026 9:00 AM'),
        stageMove('Proposal', 'First contact', 'Oct 4, 2026 9:00 AM'),
        pipelineMove,
        stageMove('Qualified', 'Proposal', 'Oct 2, 2026 9:00 AM'),
      ].join(''),
      [{ name: 'First contact' }, { name: 'Proposal', days: 10, current: true }, { name: 'Contract' }],
    );
    expect(history(r)).toEqual([
      { stage: 'First contact', enteredAt: '2026-10-04T09:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-10T09:00:00.000Z' },
    ]);
  });

  it('without a stage move since, is in its stage since the pipeline move, not since its creation', () => {
    const r = page([pipelineMove, stageMove('Qualified', 'Proposal', 'Oct 2, 2026 9:00 AM')].join(''), [
      { name: 'First contact', current: true },
      { name: 'Proposal' },
      { name: 'Contract' },
    ]);
    expect(history(r)).toEqual([{ stage: 'First contact', enteredAt: '2026-10-04T09:00:00.000Z' }]);
  });

  // Review s61 (r61b): a stage row weeks after the pipeline move is no part of it: the stage it left was entered by the move.
  it('with its first stage move weeks later, entered the stage that move left at the pipeline move', () => {
    const r = page([stageMove('First contact', 'Proposal', 'Nov 10, 2026 9:00 AM'), pipelineMove].join(''), [
      { name: 'First contact' },
      { name: 'Proposal', days: 10, current: true },
      { name: 'Contract' },
    ]);
    expect(history(r)).toEqual([
      { stage: 'First contact', enteredAt: '2026-10-04T09:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-10T09:00:00.000Z' },
    ]);
  });

  // Review s61 (r61h): a move out and straight back is no new pipeline: the stays before are this one's.
  it('moved out and back keeps its stays before the round trip', () => {
    const out = change({ field: 'Pipeline', from: 'Partner', to: 'Sales', when: 'Nov 10, 2026 9:00 AM' });
    const back = change({ field: 'Pipeline', from: 'Sales', to: 'Partner', when: 'Nov 10, 2026 9:03 AM' });
    const r = page([back, out, stageMove('First contact', 'Proposal', 'Oct 20, 2026 9:00 AM')].join(''), [
      { name: 'First contact' },
      { name: 'Proposal', days: 31, current: true },
      { name: 'Contract' },
    ]);
    expect(history(r)).toEqual([
      { stage: 'First contact', enteredAt: '2026-10-01T00:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-10-20T09:00:00.000Z' },
    ]);
  });
});
