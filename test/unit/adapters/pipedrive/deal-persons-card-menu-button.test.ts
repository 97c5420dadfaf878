// @vitest-environment happy-dom
/**
 * The deal's Person section (headed by its collapse toggle) holds the person's card, and the card has
 * a "More actions" menu button carrying `aria-expanded="false"`, the ARIA menu-button pattern
 * (`aria-haspopup`). Taken for another section's toggle, it ended the Person section before the card:
 * no contacts, and notRead said "no linked persons found", which the page does not show
 * (decisions.md: contacts come from the deal's association sections). A real section's toggle still
 * ends it: the Organization section's people are not the deal's.
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, MAYA_CARD, readDeal, sidebarSection } from './div-header-deal-page';

const MENU = (expanded: boolean) =>
  `<button type="button" class="cui5-button" aria-label="More actions" aria-haspopup="menu" aria-expanded="${expanded}"></button>`;
const cardWithMenu = (expanded: boolean) => MAYA_CARD.replace('</a>', `</a>${MENU(expanded)}`);
/** Person and Organization toggles side by side in one list, each followed by its body. */
const FLAT_SECTIONS = `<div class="Sidebar__list--f1Lt"><button type="button" aria-expanded="true"><span>Person</span></button><div>${cardWithMenu(false)}</div>
<button type="button" aria-expanded="true"><span>Organization</span></button><div><a href="/organization/480">Nordhavn Logistics</a><div>Other people: <a href="/person/3001">Ola Hansen</a></div></div></div>`;

describe('Pipedrive: a person card with a menu button in the deal’s Person section', () => {
  it.each([
    ['closed', false],
    ['open', true],
  ])('is a contact of the deal, its menu %s', (_state, expanded) => {
    const reading = readDeal(dealPage({ sections: sidebarSection(cardWithMenu(expanded), 'Person'), feed: CALL }));
    expect(reading.record.contacts).toEqual([{ id: '2210', name: 'Maya Lindqvist' }]);
    expect(reading.notRead.filter((n) => n.field === 'contacts')).toEqual([]);
  });

  it('control: a section’s own toggle still ends the Person section, so the Organization’s people are no contacts', () => {
    const ids = (readDeal(dealPage({ sections: FLAT_SECTIONS, feed: CALL })).record.contacts as { id: string }[]).map(
      (c) => c.id,
    );
    expect(ids).not.toContain('3001');
  });
});
