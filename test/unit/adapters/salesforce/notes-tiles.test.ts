// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, read } from './contact-page';

/**
 * A "Notes" related list shown as tiles (SLDS tile blueprint: the record's first column as the
 * tile's title, the other columns as `dt`/`dd` pairs), its title a bare link to the note (no
 * heading element around it) and its "Created By" value a link to the user (Lightning URL shape,
 * crm-pages.md). Oracle, by hand: the note is "Pricing call notes", written by Alex Morgan.
 */
const NOTES = `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Notes">Notes</span> <span>(1)</span></h2></div><div class="slds-card__body"><ul><li><article class="slds-tile"><div class="slds-tile__detail"><a href="/lightning/r/ContentNote/0695g00000NoTe1AAA/view">Pricing call notes</a><dl class="slds-list_horizontal slds-wrap"><dt class="slds-item_label">Created By:</dt><dd class="slds-item_detail"><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">Alex Morgan</a></dd><dt class="slds-item_label">Created Date:</dt><dd class="slds-item_detail">11/17/2026</dd></dl></div></article></li></ul></div></article></lst-related-list-single-container>`;

describe('a Notes card shown as tiles whose title is a bare link', () => {
  it('reads the note by its link, and its author from the field', () => {
    const note = read(contactPage(NOTES)).activities.find((a) => a.type === 'note');
    expect(note).toMatchObject({ title: 'Pricing call notes', owner: 'Alex Morgan' });
  });
});
