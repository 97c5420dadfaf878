/**
 * An Opportunity's view may also show another opportunity: last year's Closed Won deal as the hover
 * card of the "Previous Opportunity" lookup (`.forceHoverPanel`, an SLDS popover) or as App Builder's
 * Related Record component (an SLDS card) in the page's left column. Either card is headed by a link
 * to that deal's own page and holds its Stage, Amount, Close Date and Opportunity Owner as the same
 * record layout items as the renewal's details (crm-pages.md). The record is the one the URL names:
 * the first "Stage" item in the view was the other deal's, so the renewal read as Closed Won, with
 * its amount, owner and close date.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { stripPage } from '../../../robustness/page-transforms';
import { dealPage, field, NOW, path, readDeal, relatedCard, step, URL_DEAL } from './opportunity-page';

const PILOT = '0065g00000DpP11AAF';
const RENEWAL = 'Contoso — Fleet renewal 2027';

const pilotFields = (owner = 'Priya Shah') =>
  field('Stage', 'Closed Won') +
  field('Amount', '$48,000.00') +
  field('Close Date', '10/30/2026') +
  field('Opportunity Owner', owner);

/** The lookup's hover card, drawn in the view beside the lookup. */
const HOVER_CARD = `<section class="forceHoverPanel slds-popover slds-popover_panel" role="dialog" aria-label="Contoso — Fleet pilot 2026"><header class="slds-popover__header"><h2><a href="/lightning/r/Opportunity/${PILOT}/view">Contoso — Fleet pilot 2026</a></h2></header><div class="slds-popover__body">${pilotFields()}</div></section>`;

/** App Builder's Related Record component: an SLDS card headed by the record's name, linked to its page. */
const RELATED_RECORD = `<article class="slds-card forceRelatedRecordContainer"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body"><h2 class="slds-card__header-title"><a class="slds-card__header-link" href="/lightning/r/${PILOT}/view"><span>Contoso — Fleet pilot 2026</span></a></h2></div></header></div><div class="slds-card__body slds-card__body_inner"><records-record-layout-section>${pilotFields()}</records-record-layout-section></div></article>`;

const renewalFields = (amount = field('Amount', '$52,000.00')) =>
  field('Previous Opportunity', `<a href="/lightning/r/Opportunity/${PILOT}/view">Contoso — Fleet pilot 2026</a>`) +
  field('Stage', 'Prospecting') +
  amount +
  field('Close Date', '3/31/2027') +
  field('Opportunity Owner', 'Alex Morgan');

const OWN = { name: RENEWAL, stage: 'Prospecting', amount: 52000, owner: 'Alex Morgan', closeDate: '2027-03-31' };

/** The renewal's page with `left` in the column before its details. */
function renewalPage(left: string, o: { path?: string; fields?: string } = {}): string {
  return dealPage({
    name: RENEWAL,
    ...(o.path ? { path: o.path } : {}),
    fields: `<div class="slds-grid"><div class="slds-col">${left}</div><div class="slds-col">${o.fields ?? renewalFields()}</div></div>`,
  });
}

function readStripped(html: string) {
  const window = new Window({ url: URL_DEAL });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  stripPage(doc);
  const result = salesforce.read(doc, new URL(URL_DEAL), { now: NOW, timeZone: 'UTC' });
  window.close();
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read as a deal: ${result.status}`);
  return result;
}

describe("Salesforce: another opportunity's card in the opportunity's view", () => {
  it("the lookup's hover card leaves the renewal its own stage, amount, owner and close date", () => {
    const { record } = readDeal(renewalPage(HOVER_CARD));
    expect(record).toMatchObject(OWN);
    expect(record.closed).toBeUndefined();
  });

  it('with the Path shown, the hover card still gives the renewal none of its amount, owner or close date', () => {
    const steps = path(
      step('Prospecting', 'slds-is-current slds-is-active') + step('Qualification', 'slds-is-incomplete'),
    );
    expect(readDeal(renewalPage(HOVER_CARD, { path: steps })).record).toMatchObject(OWN);
  });

  it("App Builder's Related Record card in the left column gives the renewal none of its fields", () => {
    const { record } = readDeal(renewalPage(RELATED_RECORD));
    expect(record).toMatchObject(OWN);
    expect(record.closed).toBeUndefined();
  });

  it('a field the renewal does not show is not read, rather than taken from the card', () => {
    const { record, notRead } = readDeal(renewalPage(RELATED_RECORD, { fields: renewalFields('') }));
    expect(record.amount).toBeUndefined();
    expect(notRead).toContainEqual({ field: 'amount', reason: 'no "Amount" field on the page' });
  });

  it('with every class and data attribute stripped, the card is told by its heading linking the other deal', () => {
    for (const card of [HOVER_CARD, RELATED_RECORD]) {
      const { record } = readStripped(renewalPage(card));
      expect(record).toMatchObject(OWN);
      expect(record.closed).toBeUndefined();
    }
  });

  it("a card headed by the renewal's own link holds the renewal's fields", () => {
    const own = RELATED_RECORD.replace(`/lightning/r/${PILOT}/view`, '/lightning/r/Opportunity/0065g00000DpQ00/view')
      .replace('Contoso — Fleet pilot 2026', RENEWAL)
      .replace(pilotFields(), renewalFields());
    expect(readDeal(renewalPage(own, { fields: '' })).record).toMatchObject(OWN);
  });

  it("a related list's tiles headed by linked people before the details take none of the renewal's fields", () => {
    const roles = relatedCard(
      'Contact Roles',
      '(1)',
      ['Contact Name', 'Role'],
      [[`<h3><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></h3>`, 'Decision Maker']],
      'OpportunityContactRoles',
    );
    expect(readStripped(renewalPage(roles)).record).toMatchObject(OWN);
  });
});
