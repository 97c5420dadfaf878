// @vitest-environment happy-dom
/**
 * Review s47 (pddeal). An en-IN user's deal value, printed with Indian digit grouping as the locale
 * formats money: "₹22,50,000.00" (22.5 lakh rupees), in the header and in the Value field. The
 * amount reader took only groups of three after the first, so the value was dropped and reported as
 * "no amount found on the page", which was not so.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

describe('Pipedrive deal on an en-IN page: Indian digit grouping', () => {
  const body = dealPage({
    title: 'Mumbai rollout',
    headerValue: '₹22,50,000.00',
    owner: 'Priya Nair',
    buttons: '<button>Won</button><button>Lost</button>',
    bar: stage('Qualified', '', false) + stage('Proposal', '4d', true),
    fields: [
      ['Owner', 'Priya Nair'],
      ['Pipeline', 'Enterprise'],
      ['Value', '₹22,50,000.00'],
      ['Expected close date', '15/12/2026'],
    ],
    persons: '<section><h3>Persons</h3><a href="/person/440">Arjun Mehta</a></section>',
    feed: [change('Changelog', 'Stage: Qualified → Proposal', '16 Nov 2026, 9:00 am', 'Priya Nair')],
  });
  const result = readDeal('/deal/520', body, { lang: 'en-IN', title: 'Mumbai rollout - Deals' });

  it('reads the value and its currency', () => {
    expect(result.record.amount).toBe(2250000);
    expect(result.record.currency).toBe('INR');
    expect(result.notRead.filter((n) => n.field === 'amount')).toEqual([]);
  });
});
