// @vitest-environment happy-dom
/**
 * Review s47 (pddeal). A lost deal whose sidebar shows "Lost time" (and its lost reason) beside the
 * expected close date it was planned for. docs/team-view.md: a lost Pipedrive deal's close date
 * comes from "Lost time", then "Deal closed on", then its expected close date, as the export
 * reader takes it. The page reader knew no Lost time field and took the expected close date, 15
 * Dec, a day still ahead: the deal's time in its stage ran on to today (closed-stage-time.ts stops
 * it at now) instead of stopping on 12 Nov, and the deal read from its export got another date.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

const lostDeal = (fields: [string, string][], lang = 'en-US', badge = 'Lost') =>
  readDeal(
    '/deal/310',
    dealPage({
      title: 'Harbor renewal',
      headerValue: '$18,000',
      owner: 'Sam Reed',
      buttons: `<span class="StatusBadge_badge__p3">${badge}</span>`,
      bar: stage('Qualified', '', false) + stage('Proposal', '14d', true) + stage('Negotiation', '', false),
      fields,
      persons: '<section><h3>Persons</h3><a href="/person/901">Kim Lee</a></section>',
      feed: [change('Changelog', 'Stage: Qualified → Proposal', 'Nov 6, 2026 9:00 AM', 'Sam Reed')],
    }),
    { lang, title: 'Harbor renewal - Deals' },
  ).record;

describe('Pipedrive lost deal showing its Lost time', () => {
  it('takes the close date from Lost time, not the expected close date still ahead', () => {
    const record = lostDeal([
      ['Owner', 'Sam Reed'],
      ['Pipeline', 'Sales'],
      ['Expected close date', 'Dec 15, 2026'],
      ['Lost time', 'Nov 12, 2026 3:40 PM'],
      ['Lost reason', 'Price too high'],
      ['Deal created', 'Oct 2, 2026'],
    ]);
    expect(record.closed).toBe('lost');
    expect(record.closeDate).toBe('2026-11-12');
  });

  it('prefers Lost time to "Deal closed on"', () => {
    const record = lostDeal([
      ['Expected close date', 'Dec 15, 2026'],
      ['Deal closed on', 'Nov 13, 2026'],
      ['Lost time', 'Nov 12, 2026 3:40 PM'],
    ]);
    expect(record.closeDate).toBe('2026-11-12');
  });

  it('reads the German label (a guess) on a German page', () => {
    const record = lostDeal(
      [
        ['Erwartetes Abschlussdatum', '15.12.2026'],
        ['Zeitpunkt, zu dem der Deal verloren wurde', '12.11.2026 15:40'],
      ],
      'de-DE',
      'Verloren',
    );
    expect(record.closed).toBe('lost');
    expect(record.closeDate).toBe('2026-11-12');
  });
});
