/**
 * A deal moved back to an earlier stage, read on a page whose history lists the entry into the
 * stage it left but has no row for the move back (a row whose date could not be read, a list that
 * leaves it out). metrics.md "Time in stage": "a deal that re-enters a stage starts counting
 * again"; an entry not known exactly is a range, "at least now minus when Touchline first saw the
 * deal in this stage, at most now minus when it last saw it in the stage before".
 * Moved here from the session 40 "dealpanel" review.
 */
import { describe, expect, it } from 'vitest';
import { db, dealKeyOf, dealPage, dealView, la, save } from './deal-harness';

const hist = (rows: [string, string][]) => rows.map(([stage, t]) => ({ stage, enteredAt: la(t) }));
const inProposal = hist([['Proposal', '2026-10-01 10:00']]);
const throughNegotiation = hist([
  ['Proposal', '2026-10-01 10:00'],
  ['Negotiation', '2026-10-10 10:00'],
]);

/** Read in Proposal on 5 Oct, in Negotiation on 20 Oct (the page: "Negotiation entered 10 Oct"). */
async function readInProposalThenNegotiation() {
  const d = await db();
  await save(d, dealPage({ id: 'back', stage: 'Proposal', history: inProposal }), la('2026-10-05 10:00'));
  await save(d, dealPage({ id: 'back', stage: 'Negotiation', history: throughNegotiation }), la('2026-10-20 10:00'));
  return d;
}

describe('a deal the page shows back in an earlier stage', () => {
  /*
   * By hand: on 10 Nov the page shows Proposal and still lists "Negotiation entered 10 Oct", so it
   * was drawn after that move. The move back came after 20 Oct (last seen in Negotiation) and by
   * 10 Nov: at least 20 Nov − 10 Nov = 10 days, at most 20 Nov − 20 Oct = 31 days; the default
   * typical time is 14 days, so 10 days is no warning. The contact the page now lists is shown.
   */
  it('shows Proposal, 10–31 days in stage, no warning and the new contact when the page lists its own Negotiation entry', async () => {
    const d = await readInProposalThenNegotiation();
    await save(
      d,
      dealPage({ id: 'back', stage: 'Proposal', history: throughNegotiation, contacts: ['777'] }),
      la('2026-11-10 10:00'),
    );
    const v = await dealView(d, dealKeyOf('back'));
    expect({
      stage: v.stage,
      days: v.daysInStage,
      atLeast: v.daysInStageAtLeast,
      upTo: v.daysInStageUpTo,
      warning: v.warning,
      contacts: v.contacts.map((c) => c.name),
    }).toEqual({ stage: 'Proposal', days: 10, atLeast: true, upTo: 31, warning: 'none', contacts: ['Person 777'] });
    expect(v.stageTimeline.map((s) => [s.stage, s.current])).toEqual([
      ['Proposal', false],
      ['Negotiation', false],
      ['Proposal', true],
    ]);
  });

  /*
   * By hand: a tab drawn before the move to Negotiation, read again on 10 Nov, shows Proposal with
   * only "Proposal entered 1 Oct": it knows nothing of the Negotiation stay, so it is older than
   * what is stored. The deal stays in Negotiation since 10 Oct: 20 Nov − 10 Oct = 41 days, over
   * 2 × 14: stalled.
   */
  it('keeps Negotiation, 41 days, when the page in Proposal does not know the Negotiation entry (an older tab)', async () => {
    const d = await readInProposalThenNegotiation();
    await save(d, dealPage({ id: 'back', stage: 'Proposal', history: inProposal }), la('2026-11-10 10:00'));
    const v = await dealView(d, dealKeyOf('back'));
    expect({ stage: v.stage, days: v.daysInStage, warning: v.warning }).toEqual({
      stage: 'Negotiation',
      days: 41,
      warning: 'stalled',
    });
  });

  /*
   * Review s62 (days, rg62d). A Pipedrive bar's day count ("19 d · Negotiation") may count every
   * stay in the stage: 14 days (1 – 15 Oct) before, and 5 now. Dated as one stay it began 10 Oct,
   * before the Proposal stay (15 Oct); less the stays Touchline saw, on 24 Oct, after it. Either may
   * be so, so the page is not taken for an older tab: it shows Negotiation, entered after 20 Oct (last
   * seen in Proposal) and by 29 Oct: at least 22 days on 20 Nov, up to 31.
   */
  it('shows the stage a Pipedrive bar shows when its day count may sum every stay in the stage', async () => {
    const d = await db();
    const page = (stage: string, history: Parameters<typeof dealPage>[0]['history']) =>
      dealPage({ id: 'bar', crm: 'pipedrive', stage, history });
    await save(d, page('Negotiation', hist([['Negotiation', '2026-10-01 10:00']])), la('2026-10-05 10:00'));
    await save(d, page('Proposal', hist([['Proposal', '2026-10-15 10:00']])), la('2026-10-20 10:00'));
    const barCount = [{ stage: 'Negotiation', enteredAt: la('2026-10-10 00:00'), approximate: true as const }];
    await save(d, page('Negotiation', barCount), la('2026-10-29 10:00'));
    const v = await dealView(d, dealKeyOf('bar', undefined, 'pipedrive'));
    expect({ stage: v.stage, days: v.daysInStage, atLeast: v.daysInStageAtLeast, upTo: v.daysInStageUpTo }).toEqual({
      stage: 'Negotiation',
      days: 22,
      atLeast: true,
      upTo: 31,
    });
  });

  /*
   * Review s62 (rg62d). On Salesforce a day count ("Days in Stage: 7") is the current stay's: a tab
   * drawn before the move to Negotiation (entered 10 Oct), read on 12 Oct, shows Proposal entered
   * 5 Oct, a day later still before 10 Oct: the older tab, and the deal stays in Negotiation.
   */
  it('keeps the stored stage against a Salesforce day count that dates the page before it', async () => {
    const d = await db();
    const approx = (stage: string, local: string) => [{ stage, enteredAt: la(local), approximate: true as const }];
    const page = (stage: string, entered: string) =>
      dealPage({ id: 'old-tab', crm: 'salesforce', stage, history: approx(stage, entered) });
    await save(d, page('Proposal', '2026-10-01 00:00'), la('2026-10-05 10:00'));
    await save(d, page('Negotiation', '2026-10-10 00:00'), la('2026-10-11 10:00'));
    await save(d, page('Proposal', '2026-10-05 00:00'), la('2026-10-12 10:00'));
    expect((await dealView(d, dealKeyOf('old-tab', undefined, 'salesforce'))).stage).toBe('Negotiation');
  });

  /*
   * Review s62 (rg62e). Touchline saw 14 days in Proposal (1 – 15 Oct). A Pipedrive tab drawn on
   * 14 Oct, read on 22 Oct, still shows "13 d · Proposal": as one stay it began 9 Oct, before the
   * Negotiation stay; as a sum it holds less than the 14 days seen. Either way the tab is older.
   */
  it('keeps the stored stage against a Pipedrive bar count below the stays Touchline saw', async () => {
    const d = await db();
    const page = (stage: string, history: Parameters<typeof dealPage>[0]['history']) =>
      dealPage({ id: 'pd-old-tab', crm: 'pipedrive', stage, history });
    await save(d, page('Proposal', hist([['Proposal', '2026-10-01 10:00']])), la('2026-10-05 10:00'));
    await save(d, page('Negotiation', hist([['Negotiation', '2026-10-15 10:00']])), la('2026-10-16 10:00'));
    const barCount = [{ stage: 'Proposal', enteredAt: la('2026-10-09 00:00'), approximate: true as const }];
    await save(d, page('Proposal', barCount), la('2026-10-22 10:00'));
    expect((await dealView(d, dealKeyOf('pd-old-tab', undefined, 'pipedrive'))).stage).toBe('Negotiation');
  });
});
