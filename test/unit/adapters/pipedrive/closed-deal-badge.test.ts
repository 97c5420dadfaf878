/** A closed deal's status badge, read by its text where its classes are build-hashed. */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const actions =
  '<div class="DealHeader_actions__q1Wm4"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>';
const withBadge = (word: string) =>
  edited(deal.html, [
    actions,
    `<div class="DealHeader_actions__q1Wm4"><span class="DealHeader_status__q1Wm4 cui5-badge">${word}</span><button type="button" class="cui5-button">Reopen</button></div>`,
  ]);

describe('a closed deal whose status badge has only hashed classes', () => {
  it('is won when the badge says "Won"', () => {
    expect(readPage(withBadge('Won'), deal.url).record.closed).toBe('won');
  });

  it('is lost when the badge says "Lost"', () => {
    expect(readPage(withBadge('Lost'), deal.url).record.closed).toBe('lost');
  });

  it('an open deal’s Won and Lost buttons do not close it', () => {
    expect(readPage(deal.html, deal.url).record.closed).toBeUndefined();
  });
});
