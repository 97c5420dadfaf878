// @vitest-environment happy-dom
/**
 * A list named like its entries (`FlowItemsList_…`) is read entry by entry (marked-items.ts). An
 * entry in it whose date the page shows in no readable form is drawn like its dated siblings (the
 * same item class): it is one of the list's entries, read and reported as undated, and the list
 * is not taken for one entry (its header row beside dated parts, as an expanded mail thread's).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>` +
  `<div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>` +
  `<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div></div>`;

const reading = () =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2><div class="FlowItemsList_list__a4">
${entry('Call', 91001, 'Call Maya', 'November 18, 2026 3:10 PM')}
${entry('Meeting', 91002, 'Site visit', 'sometime soon')}
${entry('Call', 91003, 'Second call', 'November 16, 2026 9:30 AM')}
</div></section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

describe('Pipedrive: a feed list named like its items, one entry without a readable date', () => {
  it('reads the undated entry beside the dated ones', () => {
    expect(reading().activities.map((a) => [a.title, a.type, a.timestamp])).toEqual([
      ['Call Maya', 'call', '2026-11-18T15:10:00.000Z'],
      ['Site visit', 'meeting', undefined],
      ['Second call', 'call', '2026-11-16T09:30:00.000Z'],
    ]);
  });

  it('reports the date it could not read', () => {
    expect(reading().notRead.some((n) => n.field === 'activities.timestamp')).toBe(true);
  });
});
