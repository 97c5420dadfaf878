import { describe, expect, it } from 'vitest';
import { read, viewAfter } from './hand-written-deal-kit';
import { activity, deal, person, sentence } from './hand-written-deal-page';

/**
 * metrics.md "Deal stages": "Time in stage: now ... minus the time the deal
 * last entered the stage"; a range only "when the page shows no entry for the current stage"; "Stalled:
 * time in the current stage above 2 times the typical time" (default typical 14 days, so above 28).
 *
 * The commonest neglected deal: created on 1 Oct 2026 and never moved or worked. Its page (hand-written,
 * read Fri 20 Nov 2026 15:00 UTC) shows the stage bar with the first stage "Qualified" current (no day
 * prefix), the sidebar field "Deal created: Oct 1, 2026", and a History whose only entry is "Deal created"
 * (Oct 1, 2026 9:00 AM, Lena Vogel); in one variant Focus holds a planned call for Nov 24.
 * By hand: no stage change, the whole History shown: the deal has been in Qualified since its creation,
 * 1 Oct → 50 days, over 2 × 14: "stalled".
 * Before 0.7.33 the History's one entry is not found as an entry (notRead "the deal's History shows no entries
 * yet, though a deal's History holds at least its creation" - it shows exactly that), so the creation is
 * not used; stageHistory is empty and the panel shows "at least 0 days", no warning. Without Focus the
 * one entry is even read as a system activity titled "Focus" (the whole feed column taken as one item).
 */
const page = (focus: string) =>
  read(
    '/deal/61',
    deal({
      lang: 'en',
      title: 'Fleet renewal',
      persons: person(77, 'Jonas Weber', 'jonas@kunde.com'),
      stages: [{ name: 'Qualified', current: true }, { name: 'Proposal' }, { name: 'Negotiation' }],
      focus,
      history: sentence({ text: 'Deal created', when: 'Oct 1, 2026 9:00 AM' }),
      fields: [
        ['Pipeline', 'Sales'],
        ['Deal created', 'Oct 1, 2026'],
      ],
    }),
    'en',
    'Fleet renewal - Deals',
  );
const CASES = [
  ['History only', ''],
  [
    'planned call in Focus',
    activity({
      type: 'Call',
      subject: 'Intro call',
      when: 'Nov 24, 2026 10:00 AM',
      done: false,
      id: 9601,
      person: [77, 'Jonas Weber'],
    }),
  ],
] as const;

describe('a deal never moved since its creation, its History showing only "Deal created"', () => {
  it.each(CASES)('%s: the creation dates the entry into Qualified', (_n, focus) => {
    const r = page(focus);
    if (r.status !== 'read' || r.kind !== 'deal') throw new Error(JSON.stringify(r));
    expect('stageHistory' in r.record ? r.record.stageHistory : undefined).toEqual([
      { stage: 'Qualified', enteredAt: expect.stringMatching(/^2026-10-01T/) },
    ]);
    expect(r.activities.map((a) => a.title)).not.toContain('Focus');
  });
  it.each(CASES)('%s: panel shows 50 days in Qualified, stalled', async (_n, focus) => {
    const v = await viewAfter([page(focus)], 'pipedrive:acme:deal:61');
    expect(v.stage).toBe('Qualified');
    expect(v.daysInStage).toBe(50);
    expect(v.warning).toBe('stalled');
  });
});
