import { describe, expect, it } from 'vitest';
import { read, viewAfter } from './hand-written-deal-kit';
import { activity, deal, person } from './hand-written-deal-page';

/**
 * crm-evidence-2.md (Pipedrive): the current stage step has `aria-selected="true"`, `aria-label` holds
 * the stage name, the visible text a day-count prefix; classes churn, ARIA lasts. `aria-selected` is a
 * state of tabs, so a bar may be drawn as `role="tab"` buttons in a `role="tablist"`.
 *
 * Hand-written page, every class attribute stripped, read Fri 20 Nov 2026 15:00 UTC: above the bar a
 * tablist "Overview" (selected) | "Products"; the bar a tablist of tabs Qualified "2d", Proposal "25d"
 * (selected), Negotiation; a whole History with one done call.
 * By hand: stage Proposal, 25 days in it (entered 26 Oct); typical 14 (default), 25 is over 1.5 × 14 = 21
 * and not over 2 × 14 = 28: "watch". The Overview/Products tabs show no day count: they are no steps.
 */
const tabs = (names: [string, boolean][]) =>
  `<div role="tablist">${names.map(([n, on]) => `<button role="tab" aria-selected="${on}">${n}</button>`).join('')}</div>`;

function page() {
  const html = deal({
    lang: 'en',
    title: 'Fleet renewal',
    persons: person(77, 'Jonas Weber', 'jonas@kunde.com'),
    stages: [{ name: 'Qualified', days: 2 }, { name: 'Proposal', days: 25, current: true }, { name: 'Negotiation' }],
    history: activity({
      type: 'Call',
      subject: 'Pricing',
      when: 'Nov 18, 2026 10:00 AM',
      done: true,
      id: 8801,
      person: [77, 'Jonas Weber'],
    }),
    fields: [
      ['Pipeline', 'Sales'],
      ['Deal created', 'Oct 20, 2026'],
    ],
  })
    .replace(
      /<div class="cui5-stage-selector">/,
      `${tabs([
        ['Overview', true],
        ['Products', false],
      ])}<div role="tablist">`,
    )
    .replace(/<button class="cui5-stage-selector__stage"/g, '<button role="tab"')
    .replace(/\sclass="[^"]*"/g, '');
  return read('/deal/88', html, 'en', 'Fleet renewal - Deals');
}

describe('a stage bar drawn as tabs, classes stripped', () => {
  it('is read: its steps, the current one and its day counts', () => {
    const r = page();
    if (r.status !== 'read' || r.kind !== 'deal') throw new Error(JSON.stringify(r));
    expect(r.record.stage).toBe('Proposal');
    expect(r.record.stages).toEqual(['Qualified', 'Proposal', 'Negotiation']);
  });

  it('gives 25 days in Proposal and a watch warning', async () => {
    const v = await viewAfter([page()], 'pipedrive:acme:deal:88');
    expect(v.stage).toBe('Proposal');
    expect(v.daysInStage).toBe(25);
    expect(v.warning).toBe('watch');
  });
});
