/**
 * The History filter drawn as a segmented control: a `role="radiogroup"` whose chosen option is
 * `role="radio" aria-checked="true"`. crm-evidence-2.md saw `aria-pressed` chips on one live
 * tenant (B) and warns that no single attribute lasts; the filter drawn as tabs is asked too
 * (history-filter-tabs.test.ts), and radios now are. With "Activities" chosen, mail, notes and
 * changes are hidden: the feed is reported as partly read, as a pressed chip's is. Review pd51.
 */
import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const segmented = (chosen: string) =>
  `<div role="radiogroup" aria-label="Filter history" class="FlowFilter_bar__Yy7u2">${[
    'All',
    'Activities',
    'Notes',
    'Emails',
    'Files',
    'Changelog',
  ]
    .map(
      (n) =>
        `<button type="button" role="radio" aria-checked="${n === chosen}" class="cui5-segmented__option">${n}</button>`,
    )
    .join('')}</div>`;

function gaps(chosen: string) {
  const result = readWhole(
    '/person/2210',
    personPage({
      filters: segmented(chosen),
      history: [
        item({ icon: 'Call', done: true, subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM' }),
        item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM' }),
      ],
    }),
  );
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  expect(result.activities).toHaveLength(2);
  return result.notRead.filter((n) => n.field === 'activities').map((n) => n.reason);
}

describe('Pipedrive History filter drawn as a radio group', () => {
  it('set to "Activities", reports the feed as filtered', () => {
    expect(gaps('Activities')).toEqual(['the history is filtered to "Activities"']);
  });

  it('set to "All", reports nothing', () => {
    expect(gaps('All')).toEqual([]);
  });
});
