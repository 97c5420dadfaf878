/**
 * Review s62 (rg62f). Pipedrive's History filter chips (crm-evidence-2.md: `filter-button-*` with aria-pressed;
 * the feed's kinds include `dealChange`). With "Changelog" chosen the History shows the deal's
 * changes only: every stage move is among them, so the touches are read in part (the filter hides
 * mails, calls, meetings) but the stage history is whole: no stageHistory notRead, and its stages
 * entered as the moves say.
 */
import { describe, expect, it } from 'vitest';
import { read } from './hand-written-deal-kit';
import { change, deal, person, sentence } from './hand-written-deal-page';

describe('a Pipedrive History filtered to Changelog', () => {
  const chips =
    '<div><button data-testid="filter-button-all" aria-pressed="false">All</button>' +
    '<button data-testid="filter-button-activities" aria-pressed="false">Activities</button>' +
    '<button data-testid="filter-button-changelog" aria-pressed="true">Changelog</button></div>';
  const html = deal({
    lang: 'en',
    title: 'Fernway — Dock sensors',
    persons: person(77, 'Nora Lind', 'nora.lind@fernway.example'),
    stages: ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made'].map((name, i) => ({
      name,
      ...(i === 2 ? { current: true } : {}),
    })),
    history:
      change({ field: 'Stage', from: 'Contact Made', to: 'Demo Scheduled', when: 'Nov 12, 2026 10:00 AM' }) +
      change({ field: 'Stage', from: 'Qualified', to: 'Contact Made', when: 'Nov 2, 2026 10:00 AM' }) +
      sentence({ text: 'Deal created', when: 'Oct 20, 2026 9:00 AM' }),
  }).replace('<div><button data-testid="filter-button-all" aria-pressed="true">All</button></div>', chips);

  it('the page really is filtered (sanity)', () => {
    expect(html).toContain('filter-button-changelog');
    const r = read('/deal/932', html, 'en', 'Fernway — Dock sensors - Deals');
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.notRead.some((n) => n.field === 'activities' && /Changelog/.test(n.reason))).toBe(true);
  });

  it('reports no stage history read in part', () => {
    const r = read('/deal/932', html, 'en', 'Fernway — Dock sensors - Deals');
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.notRead.filter((n) => n.field === 'stageHistory')).toEqual([]);
  });
});
