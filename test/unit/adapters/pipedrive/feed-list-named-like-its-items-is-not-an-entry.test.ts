// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). crm-evidence-2.md: Pipedrive's classes are build-hashed in the
 * `FlowItem_date__t7Kq2` style. A component named after the items it holds (`FlowItemsList_…`,
 * a day group `FlowItemGroup_…`) gets a class holding "FlowItem" too. The list holds several
 * dated entries, each with its own item class: it is their list, never one entry (find-items.ts
 * says so for pages found by structure). Read as one entry, two of the three activities vanish
 * with nothing in notRead.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (icon: string, id: number, subject: string, date: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>` +
  `<div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>` +
  `<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div></div>`;

function personPage(listOpen: string, listClose: string): string {
  return `<div id="root"><main class="App_main__k3"><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1 class="PersonHeader_title__c3">Maya Lindqvist</h1></div>
<aside class="Sidebar_sidebar__e5"><div class="Row_row__f6"><span class="Row_label__g7">Email</span><div class="Row_value__h8"><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>${listOpen}
${entry('Call', 91001, 'Call Maya', 'November 18, 2026 3:10 PM')}
${entry('Meeting', 91002, 'Site visit', 'November 17, 2026 10:00 AM')}
${entry('Call', 91003, 'Second call', 'November 16, 2026 9:30 AM')}
${listClose}</section></div></main></div>`;
}

describe('Pipedrive: a feed list whose hashed class names the items it holds', () => {
  it.each([
    ['a list component', '<div class="FlowItemsList_list__a4">', '</div>'],
    [
      'a day group',
      '<div class="FlowItemGroup_group__q5"><div class="FlowItemGroup_day__q5">November 2026</div>',
      '</div>',
    ],
  ])('in %s, every entry is read with its own type and date', (_name, open, close) => {
    const result = readOk('/person/2210', personPage(open, close), { title: 'Maya Lindqvist - Persons' });
    expect(result.activities.map((a) => [a.title, a.type, a.timestamp])).toEqual([
      ['Call Maya', 'call', '2026-11-18T15:10:00.000Z'],
      ['Site visit', 'meeting', '2026-11-17T10:00:00.000Z'],
      ['Second call', 'call', '2026-11-16T09:30:00.000Z'],
    ]);
  });
});
