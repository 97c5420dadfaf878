import { describe, expect, it } from 'vitest';
import { dealPage, field, HISTORY_COLUMNS, historyRow, path, readDeal, relatedCard, step } from './opportunity-page';

/**
 * A related list card's title counts the list's rows, "Stage History (3)"; a card whose rows have
 * not all rendered counts more than it shows. That is the "(3+)" case said plainly: the card shows
 * its newest (first) rows only (related-list.ts). decisions.md, Reading pages: "a wrong value
 * counts against, `unknown` with a `notRead` entry does not"; metrics.md, Time in stage: an entry
 * the page does not show exactly is a lower bound.
 *
 * Oracle, by hand: "Stage History (3)" over two rows (Proposal 11/16, Demo 11/4) hides a third,
 * older row: Demo may have been entered before 4 Nov, so its entry is no exact one and the history
 * is reported as shown in part; Proposal's entry, 16 Nov, is exact. "(2)" over the same two rows
 * is the whole list. "Contact Roles (3)" over two contacts: the deal's contacts were not all read.
 */
const proposalPath = path(
  step('Discovery', 'slds-is-complete', 'Stage Complete') +
    step('Demo', 'slds-is-complete', 'Stage Complete') +
    step('Proposal', 'slds-is-current slds-is-active', 'Current Stage:') +
    step('Closed', 'slds-is-incomplete'),
);
const fields = field('Stage', 'Proposal') + field('Opportunity Owner', 'Alex Morgan');
const rows = [
  historyRow('Proposal', '$24,500.00', '11/16/2026, 9:30 AM'),
  historyRow('Demo', '$22,000.00', '11/4/2026, 4:00 PM'),
];
const history = (count: string) =>
  readDeal(
    dealPage({
      path: proposalPath,
      fields,
      related: relatedCard('Stage History', count, HISTORY_COLUMNS, rows, 'OpportunityHistories'),
    }),
  );

describe('a Stage History card counting more rows than it shows', () => {
  it('gives its oldest stage shown no exact entry and says the history is shown in part', () => {
    const { record, notRead } = history('(3)');
    expect(record.stageHistory).toEqual([
      { stage: 'Demo', enteredAt: '2026-11-04T16:00:00.000Z', firstSeen: true },
      { stage: 'Proposal', enteredAt: '2026-11-16T09:30:00.000Z' },
    ]);
    const reason = notRead.find((n) => n.field === 'stageHistory')?.reason;
    expect(reason).toContain('"(3)", 2 rows shown');
    expect(reason).toContain('Demo may have been entered before 11/4/2026, 4:00 PM');
  });

  it('counting as many rows as it shows is the whole history', () => {
    const { record, notRead } = history('(2)');
    expect(record.stageHistory).toEqual([
      { stage: 'Demo', enteredAt: '2026-11-04T16:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-16T09:30:00.000Z' },
    ]);
    expect(notRead.map((n) => n.field)).not.toContain('stageHistory');
  });
});

describe('a Contact Roles card counting more rows than it shows', () => {
  it('says the deal’s contacts were not all read', () => {
    const link = (id: string, name: string) => `<a href="/lightning/r/Contact/${id}/view">${name}</a>`;
    const roles = relatedCard(
      'Contact Roles',
      '(3)',
      ['Contact Name', 'Role', 'Primary'],
      [
        [link('0035g00000000EXAAY', 'Jordan Lee'), 'Decision Maker', 'True'],
        [link('0035g00000000EYAAY', 'Rita Okoye'), 'Influencer', ''],
      ],
      'OpportunityContactRoles',
    );
    const { record, notRead } = readDeal(dealPage({ path: proposalPath, fields, related: roles }));
    expect(record.contacts).toHaveLength(2);
    expect(notRead.find((n) => n.field === 'contacts')?.reason).toContain('first rows only ("(3)", 2 rows shown)');
  });
});
