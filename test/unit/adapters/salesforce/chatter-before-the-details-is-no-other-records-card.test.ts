/**
 * An Opportunity's record page (App Builder) may put Chatter before the record's details: a tab set
 * "Chatter | Details" opening on Chatter, or the feed itself above the details in one column. Each
 * Chatter post is headed by its author's link (`/lightning/r/{005 id}/view`), so the first heading
 * in the tab set or column links another record, before the record's own layout items
 * (crm-pages.md; crm-evidence-2.md: a tab that is not selected still holds the same record). That
 * tab set or column is the record's page, not a card about the post's author: the deal keeps its
 * stage, amount, owner and close date. A real card about another record inside the Details tab
 * still gives the deal none of its fields.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { renamePage, stripPage } from '../../../robustness/page-transforms';
import { dealPage, field, NOW, URL_DEAL } from './opportunity-page';

const NAME = 'Contoso — Fleet renewal 2027';
const OWN = { stage: 'Negotiation/Review', amount: 52000, owner: 'Alex Morgan', closeDate: '2027-03-31' };

const details =
  field('Opportunity Name', NAME) +
  field('Stage', 'Negotiation/Review') +
  field('Amount', '$52,000.00') +
  field('Close Date', '3/31/2027') +
  field('Opportunity Owner', 'Alex Morgan');

/** A Chatter post in a `tag` element: its header links its author's user page. */
const post = (author: string, userId: string, body: string, tag = 'div') =>
  `<${tag} class="cuf-feedElement cuf-feedItem"><header class="cuf-feedElementHeader"><span class="cuf-preamble"><a class="cuf-entityLink" href="/lightning/r/${userId}/view">${author}</a></span><span class="cuf-timestamp">Yesterday at 4:12 PM</span></header><div class="cuf-feedBody">${body}</div></${tag}>`;

const PRIYAS_POST = post('Priya Shah', '0055g00000AbCdEAAV', 'Legal signed off on the MSA redlines.');

/** The SLDS tab set App Builder's Tabs component draws, Chatter selected. */
const tabSet = (chatter: string, detailsTab: string) =>
  `<div class="slds-tabs_default"><ul class="slds-tabs_default__nav" role="tablist"><li class="slds-tabs_default__item slds-is-active" role="presentation"><a role="tab" aria-selected="true">Chatter</a></li><li class="slds-tabs_default__item" role="presentation"><a role="tab" aria-selected="false">Details</a></li></ul><section class="slds-tabs_default__content slds-show" role="tabpanel">${chatter}</section><section class="slds-tabs_default__content slds-hide" role="tabpanel"><records-record-layout-section>${detailsTab}</records-record-layout-section></section></div>`;

/** One page column: `above` then the details, in no tab set. */
const column = (above: string) =>
  `<div class="slds-col">${above}<records-record-layout-section>${details}</records-record-layout-section></div>`;

function read(fields: string, transform: 'none' | 'stripped' | 'renamed' = 'none') {
  const window = new Window({ url: URL_DEAL });
  window.document.write(dealPage({ name: NAME, fields }));
  const doc = window.document as unknown as Document;
  if (transform === 'stripped') stripPage(doc);
  if (transform === 'renamed') renamePage(doc);
  const result = salesforce.read(doc, new URL(URL_DEAL), { now: NOW, timeZone: 'UTC' });
  window.close();
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read as a deal: ${result.status}`);
  return result.record;
}

describe("Salesforce: Chatter before the opportunity's details is no other record's card", () => {
  for (const transform of ['none', 'stripped', 'renamed'] as const) {
    it(`a tab set "Chatter | Details" opening on a post leaves the deal its own fields (${transform})`, () => {
      expect(read(tabSet(PRIYAS_POST, details), transform)).toMatchObject(OWN);
    });
  }

  it('a feed of posts above the details in the same column leaves the deal its own fields', () => {
    const feed = `<div class="cuf-feed" role="feed">${post('Priya Shah', '0055g00000AbCdEAAV', 'Legal signed off.', 'article')}</div>`;
    expect(read(column(feed), 'stripped')).toMatchObject(OWN);
  });

  it('a single post drawn as an article above the details is the post, not a card around the details', () => {
    const lone = post('Priya Shah', '0055g00000AbCdEAAV', 'Legal signed off.', 'article');
    expect(read(column(lone), 'stripped')).toMatchObject(OWN);
  });

  it('posts with no roles left, each headed by its author, above the details leave the deal its own fields', () => {
    const posts = PRIYAS_POST + post('Sam Lee', '0055g00000XyZ12AAB', 'Pricing approved at 12% off.');
    expect(read(column(posts), 'stripped')).toMatchObject(OWN);
  });

  it("another opportunity's card inside the Details tab still gives the deal none of its fields", () => {
    const pilot = `<article class="slds-card"><div class="slds-card__header"><header><h2><a href="/lightning/r/0065g00000DpP11AAF/view">Contoso — Fleet pilot 2026</a></h2></header></div><div class="slds-card__body">${field('Stage', 'Closed Won') + field('Amount', '$48,000.00') + field('Opportunity Owner', 'Priya Shah')}</div></article>`;
    for (const transform of ['none', 'stripped'] as const) {
      expect(read(tabSet(PRIYAS_POST, pilot + details), transform)).toMatchObject(OWN);
    }
  });
});
