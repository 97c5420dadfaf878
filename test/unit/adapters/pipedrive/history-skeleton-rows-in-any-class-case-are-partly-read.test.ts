/**
 * Skeleton rows under the History while older entries load, in the class styles crm-evidence-2.md
 * expects of Pipedrive: cui5 design-system classes (`cui5-skeleton`) and build-hashed CSS-module
 * classes (`FlowList_skeleton__Ab3c9`). The loading selector once knew only `.skeleton` and a
 * capitalised `Skeleton`, so these passed unseen and the shown entries were taken as the whole
 * history. Review pd51.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const history = [
  item({ icon: 'Call', done: true, subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM' }),
  item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM' }),
];

describe('Pipedrive History with skeleton rows below its entries', () => {
  it.each([
    [
      'cui5-skeleton',
      '<div class="cui5-skeleton cui5-skeleton--text"></div><div class="cui5-skeleton cui5-skeleton--text"></div>',
    ],
    [
      'a hashed CSS-module skeleton',
      '<div class="FlowList_skeleton__Ab3c9"></div><div class="FlowList_skeleton__Ab3c9"></div>',
    ],
  ])('%s reports the activities as partly read', (_name, afterHistory) => {
    const result = readWhole('/person/2210', personPage({ history, afterHistory }));
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.activities).toHaveLength(2);
    expect(result.notRead).toContainEqual({ field: 'activities', reason: 'more history items were still loading' });
  });
});
