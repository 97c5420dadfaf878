/**
 * Swiss users see amounts grouped with an apostrophe ("CHF 48'000", "CHF 48’000.50"), in the
 * header of a deal whose classes are build-hashed (crm-evidence-2.md): the value is read.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const amountShownAs = (shown: string) => {
  const { record } = readPage(edited(deal.html, ['$48,000', shown], ['lang="en-US"', 'lang="de-CH"']), deal.url);
  return [record.amount, record.currency];
};

describe('a deal value grouped with an apostrophe', () => {
  it('is read with its currency', () => {
    expect(amountShownAs('CHF 48’000')).toEqual([48000, 'CHF']);
    expect(amountShownAs("CHF 48'000.50")).toEqual([48000.5, 'CHF']);
  });
});
