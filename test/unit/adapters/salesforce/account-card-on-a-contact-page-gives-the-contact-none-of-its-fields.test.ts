/**
 * A Contact's view may show the contact's account as a card: the "Account Name" lookup's hover card,
 * or App Builder's Related Record component. The card is headed by a link to the account's page
 * (`/lightning/r/Account/001…/view`) and holds the account's Phone and Owner as the same record layout
 * items as the contact's own details (crm-pages.md). The account's switchboard number is not the
 * contact's phone, nor is the account's owner the contact's.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, read, type Transform } from './contact-page';
import { field } from './opportunity-page';

const ACCOUNT_LINK = '<a href="/lightning/r/Account/0015g00000Bx7QzAAJ/view">Northwind Traders</a>';

const ACCOUNT_FIELDS =
  field('Phone', '(415) 555-0100') + field('Account Owner', 'Priya Shah') + field('Contact Owner', 'Priya Shah');

/** The lookup's hover card, drawn in the view beside the lookup. */
const HOVER_CARD = `<div class="forceHoverPanel slds-popover slds-popover_panel" role="dialog"><div class="slds-popover__header"><h2 class="slds-text-heading_medium">${ACCOUNT_LINK}</h2></div><div class="slds-popover__body">${ACCOUNT_FIELDS}</div></div>`;

/** App Builder's Related Record component: an SLDS card headed by the account's name, linked to its page. */
const RELATED_RECORD = `<article class="slds-card"><div class="slds-card__header slds-grid"><header class="slds-media"><h2 class="slds-card__header-title">${ACCOUNT_LINK}</h2></header></div><div class="slds-card__body"><records-record-layout-section>${ACCOUNT_FIELDS}</records-record-layout-section></div></article>`;

const accountLookup = field('Account Name', ACCOUNT_LINK);

const readPhone = (fields: string, transform: Transform = 'none') => {
  const { record, notRead } = read(contactPage('', { fieldsExtra: fields }), transform);
  return { record, notRead };
};

describe("Salesforce: the account's card on a contact page", () => {
  for (const transform of ['none', 'stripped', 'renamed'] as const) {
    for (const [kind, card] of [
      ['hover card', HOVER_CARD],
      ['Related Record card', RELATED_RECORD],
    ] as const) {
      it(`the contact keeps its own phone beside the account's ${kind} (${transform})`, () => {
        const { record } = readPhone(accountLookup + card + field('Phone', '(415) 555-0142'), transform);
        expect(record).toMatchObject({ phone: '(415) 555-0142', company: 'Northwind Traders' });
      });
    }
  }

  it("a contact without a phone of its own is not given the account's", () => {
    const { record, notRead } = readPhone(accountLookup + RELATED_RECORD);
    expect(record).not.toHaveProperty('phone');
    expect(notRead).toContainEqual({ field: 'phone', reason: 'no "Phone" field on the page' });
  });

  it("the account's owner in its card is not the contact's owner", () => {
    // The contact page helper shows "Contact Owner" Alex Morgan before the extra fields: the card comes first here.
    const html = contactPage('', { fieldsExtra: '' }).replace(
      '<records-record-layout-section>',
      `${HOVER_CARD}<records-record-layout-section>`,
    );
    expect(read(html).record.owner).toBe('Alex Morgan');
  });
});
