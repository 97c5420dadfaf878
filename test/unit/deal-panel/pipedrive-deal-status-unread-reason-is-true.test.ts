// @vitest-environment happy-dom
/**
 * A stored deal is marked `outcomeNotReadIn` whenever its newest reading names `closed` in notRead
 * (page-records.ts withOutcomeNotRead): a page in a language without closed-stage words, and also an
 * English Pipedrive page whose header shows no won/lost badge and no Won/Lost buttons (read-deal.ts
 * closedStatus). Such a deal, 40 days in its stage, gets no stall warning (it may be won), and the
 * reason must be true of it: not "the page's stage names are in a language Touchline has no words
 * for", false for an English page whose stage names Touchline reads ("Proposal").
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from '../adapters/pipedrive/read-written-page';
import { keyOf, newDb, saved, viewOf } from './saved-deal-view';

const page = `<div id="root"><main class="App_main__k3"><div class="DealView_view__a1">
<div class="DealHeader_header__b2"><h1 class="DealHeader_title__c3">Nordhavn pilot</h1><span class="DealValue_value__d4">$12,500</span></div>
<div class="cui5-stage-selector"><button type="button" class="cui5-stage-selector__stage" aria-selected="false" aria-label="Qualified"></button><button type="button" class="cui5-stage-selector__stage" aria-selected="true" aria-label="Proposal"></button><button type="button" class="cui5-stage-selector__stage" aria-selected="false" aria-label="Negotiation"></button></div>
<aside class="Sidebar_sidebar__e5"><section><h3>Person</h3><a href="/person/2210">Maya Lindqvist</a></section></aside>
<section class="Flow_flow__i9"><h2>History</h2><div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/5">Call Maya</a></div><div><span class="FlowItem_date__t7Kq2">2026-09-18 15:10</span> · <span>Casey Nguyen</span></div></div></section>
</div></main></div>`;

const FIRST = new Date('2026-10-01T09:00:00Z');
const LATER = new Date('2026-11-20T15:00:00Z');

describe('an English Pipedrive deal whose header shows no won/lost badge nor Won/Lost buttons', () => {
  it('is not said to have stage names in a language Touchline has no words for', async () => {
    const reading = readDeal('/deal/77', page, { title: 'Nordhavn pilot - Deals' });
    expect(reading.record.stage).toBe('Proposal');
    expect(reading.notRead.map((n) => n.field)).toContain('closed');
    const db = await newDb();
    await saved(db, reading, FIRST);
    await saved(db, reading, LATER);
    const view = await viewOf(db, keyOf(reading), LATER);
    expect(view.warningReason).not.toMatch(/language Touchline has no words for/);
  });
});
