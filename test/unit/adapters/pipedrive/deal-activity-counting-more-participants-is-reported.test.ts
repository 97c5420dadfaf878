// @vitest-environment happy-dom
/**
 * A deal's activity whose participants line names two persons and counts the rest ("Maya Lindqvist,
 * Jonas Weber +1", "… and 1 other"). The third was dropped silently: the panel then said the
 * deal's third person had no touch at all (metrics.md "Multi-threading"), though the page does not
 * say who the workshop's third participant was. contracts.md: what the page does not show is
 * reported (notRead), never guessed, as Salesforce's "and 1 other" is.
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, MAYA_CARD, readDeal, sidebarSection } from './div-header-deal-page';

const PERSONS = `${MAYA_CARD}<div><a href="/person/2211">Jonas Weber</a></div><div><a href="/person/2212">Ole Hahn</a></div>`;

const workshop = (
  tail: string,
) => `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="Meeting"></svg></span>
<div class="FlowItem_header__p0Xy"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/5601">Workshop</a></div>
<div class="FlowItem_meta__m1Ab"><span class="FlowItem_date__t7Kq2">Nov 17, 2026 10:00 AM</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a>, <a href="/person/2211">Jonas Weber</a>${tail}</div></div>`;

const reading = (tail: string) =>
  readDeal(dealPage({ sections: sidebarSection(PERSONS, 'Persons'), feed: workshop(tail) + CALL }));

describe('Pipedrive: a deal activity counting participants it does not name', () => {
  it.each([
    ['"+1"', ' <span>+1</span>'],
    ['"and 1 other"', ' and 1 other'],
  ])('%s: the linked persons are its contacts, and the unnamed one is reported', (_what, tail) => {
    const r = reading(tail);
    const act = r.activities.find((a) => a.title === 'Workshop');
    expect(act?.contactIds).toEqual(['2210', '2211']);
    expect(r.notRead).toContainEqual({
      field: 'contacts of "Workshop"',
      reason: expect.stringContaining('one more participant'),
    });
  });

  it('control: a line naming all its participants reports nothing', () => {
    expect(reading('').notRead.filter((n) => n.field.startsWith('contacts'))).toEqual([]);
  });
});
