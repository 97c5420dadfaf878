import { describe, expect, it } from 'vitest';
import { read } from './hand-written-deal-kit';
import { change, deal, person, sentence } from './hand-written-deal-page';

/**
 * metrics.md "Deal stages": time in a stage runs from when the deal entered it. A deal page whose
 * sidebar shows no "Deal created" field (a field hidden from the layout), its History shown whole:
 * "Deal created" on 20 Oct 2026 9:00 AM, then "Stage: Qualified → Demo Scheduled" on 2 Nov and
 * "Stage: Demo Scheduled → Proposal Made" on 12 Nov. By hand: created in Qualified (the first move
 * left it, none before), so in it from 20 Oct, not from 2 Nov with only a lower bound: the
 * History's own entry of the creation dates it as the sidebar field would.
 */
function page(fields: [string, string][]) {
  const r = read(
    '/deal/931',
    deal({
      lang: 'en',
      title: 'Fernway — Dock sensors',
      persons: person(77, 'Nora Lind', 'nora.lind@fernway.example'),
      stages: ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made'].map((name, i) => ({
        name,
        ...(i === 3 ? { current: true } : {}),
      })),
      history:
        change({ field: 'Stage', from: 'Demo Scheduled', to: 'Proposal Made', when: 'Nov 12, 2026 10:00 AM' }) +
        change({ field: 'Stage', from: 'Qualified', to: 'Demo Scheduled', when: 'Nov 2, 2026 10:00 AM' }) +
        sentence({ text: 'Deal created', when: 'Oct 20, 2026 9:00 AM' }),
      fields,
    }),
    'en',
    'Fernway — Dock sensors - Deals',
  );
  if (r.status !== 'read' || r.kind !== 'deal') throw new Error(JSON.stringify(r));
  return r;
}

describe('a deal whose sidebar shows no creation date, its History shown whole down to "Deal created"', () => {
  it('entered its first stage when the History says it was created', () => {
    const r = page([['Pipeline', 'Sales']]);
    expect(r.record.stageHistory).toEqual([
      { stage: 'Qualified', enteredAt: '2026-10-20T09:00:00.000Z' },
      { stage: 'Demo Scheduled', enteredAt: '2026-11-02T10:00:00.000Z' },
      { stage: 'Proposal Made', enteredAt: '2026-11-12T10:00:00.000Z' },
    ]);
    expect(r.notRead.filter((n) => n.field === 'stageHistory' || n.field === 'createdAt')).toEqual([]);
  });

  it('takes the sidebar field where it shows one', () => {
    expect(page([['Deal created', 'Oct 19, 2026']]).record.stageHistory[0]).toEqual({
      stage: 'Qualified',
      enteredAt: expect.stringMatching(/^2026-10-19T/),
    });
  });
});
