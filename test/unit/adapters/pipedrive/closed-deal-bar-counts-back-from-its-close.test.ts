// @vitest-environment happy-dom
/**
 * Review s60 (regb). A deal lost on 5 Oct, read on 20 Nov, whose whole History shows no stage move:
 * its bar still shows the days each stage lasted ("5d" Lead In, "10d" Contact Made, "7d" Proposal,
 * the stage it was lost in). crm-evidence-2.md: each prefix is the days spent in that stage, and a
 * closed deal's stopped at its close, so they count back from 5 Oct: Proposal entered 28 Sep,
 * Contact Made 18 Sep, Lead In 13 Sep. Counted back from today, Proposal was entered 13 Nov, after
 * the deal was lost. Where the close day is not read, the bar dates nothing.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

const LOST_IN_PROPOSAL =
  stage('Lead In', '5d', false) +
  stage('Contact Made', '10d', false) +
  stage('Proposal', '7d', true) +
  stage('Negotiation', '', false);

const page = (closeField: [string, string][], bar = LOST_IN_PROPOSAL) =>
  dealPage({
    title: 'Harbor expansion',
    headerValue: '$42,000',
    owner: 'Sam Reed',
    buttons: '<span class="StatusBadge_badge__p3">Lost</span>',
    bar,
    fields: [['Owner', 'Sam Reed'], ['Pipeline', 'Sales'], ...closeField, ['Deal created', 'Sep 10, 2026']],
    persons: '<section><h3>Persons</h3><a href="/person/901">Kim Lee</a></section>',
    feed: [change('Call', 'Call with Kim', 'Oct 1, 2026 11:00 AM', 'Sam Reed')],
  });

const read = (body: string) => readDeal('/deal/311', body, { title: 'Harbor expansion - Deals' });

describe('a closed Pipedrive deal whose feed shows no stage move', () => {
  it('dates each stay the bar counts back from the day the deal was lost', () => {
    const { record } = read(page([['Lost time', 'Oct 5, 2026 2:00 PM']]));
    expect(record.closed).toBe('lost');
    expect(record.stageHistory).toEqual([
      { stage: 'Lead In', enteredAt: '2026-09-13T00:00:00.000Z', approximate: true },
      { stage: 'Contact Made', enteredAt: '2026-09-18T00:00:00.000Z', approximate: true },
      { stage: 'Proposal', enteredAt: '2026-09-28T00:00:00.000Z', approximate: true },
    ]);
  });

  it('dates no stay where the close day is not shown, not even from the creation day', () => {
    // Review s61 (r61b): the bar's 15 days in earlier stages say Proposal was not entered when the deal was created.
    const { record } = read(page([]));
    expect(record.stageHistory).toEqual([]);
  });

  // Review s61 (r61e): with no count in a stage before its last, the deal was created in that stage.
  it('a closed deal counting days only in its last stage entered it when created, whatever its close day', () => {
    const bar = stage('Lead In', '', false) + stage('Contact Made', '', false) + stage('Proposal', '7d', true);
    expect(read(page([], bar)).record.stageHistory).toEqual([
      { stage: 'Proposal', enteredAt: '2026-09-10T00:00:00.000Z' },
    ]);
  });
});
