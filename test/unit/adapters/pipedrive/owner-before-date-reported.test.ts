// @vitest-environment happy-dom
/**
 * An item's owner stands after its date on the meta line ("Nov 17, 2026 2:05 PM · Casey Nguyen",
 * item-owner.ts ownerOf). A meta line drawn the other way round ("Casey Nguyen · Nov 17, 2026
 * 2:05 PM") gave no owner and said nothing: the touch left its rep's row of the team view in
 * silence. No source shows what stands before the date, so the name is not taken for the owner,
 * and the owner not read is reported.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const entry = (meta: string) =>
  `<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/91001">Call Maya</a></div><div>${meta}</div></div>`;

function personPage(meta: string) {
  return readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>${entry(meta)}</section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );
}

const ownerNotRead = (result: ReturnType<typeof personPage>) =>
  result.notRead.filter((n) => n.field === 'activities.owner');

describe('Pipedrive: a meta line with the name before the date', () => {
  it.each([
    [
      'in a marked date element',
      '<span>Casey Nguyen</span> · <span class="FlowItem_date__t7Kq2">Nov 17, 2026 2:05 PM</span>',
    ],
    ['as plain text', '<span>Casey Nguyen</span> · <span>Nov 17, 2026 2:05 PM</span>'],
  ])('%s: the owner is not read, and that is reported', (_name, meta) => {
    const result = personPage(meta);
    const [call] = result.activities;
    expect(call).toMatchObject({ title: 'Call Maya', timestamp: '2026-11-17T14:05:00.000Z' });
    expect(call?.owner).toBeUndefined();
    expect(ownerNotRead(result).map((n) => n.reason)).toEqual([expect.stringContaining('"Casey Nguyen"')]);
  });

  it('control: the owner after the date is read, and nothing is reported', () => {
    const result = personPage(
      '<span class="FlowItem_date__t7Kq2">Nov 17, 2026 2:05 PM</span> · <span>Casey Nguyen</span>',
    );
    expect(result.activities[0]?.owner).toBe('Casey Nguyen');
    expect(ownerNotRead(result)).toEqual([]);
  });

  it('control: the person of the record before the date (a sender) is no owner gap', () => {
    const result = personPage(
      '<span>Maya Lindqvist</span> · <span class="FlowItem_date__t7Kq2">Nov 17, 2026 2:05 PM</span>',
    );
    expect(ownerNotRead(result)).toEqual([]);
  });
});
