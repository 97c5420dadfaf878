import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * money.ts scales compact amounts "as boards and summaries print them" ("$48K", "1,5 Mio. €",
 * "R$ 48 mil"): "Read as the digits alone, '$48K' was 48." Intl's own compact currency formats of
 * the other page languages (new Intl.NumberFormat(lang, { notation: 'compact', style: 'currency' }))
 * used words the table lacked, and read as their digits alone: 1.2 million euros as 1.2.
 */
describe.each([
  ['it', '1,2 Mln €', 1_200_000],
  ['nl', '€ 1,2 mln.', 1_200_000],
  ['pt-BR', 'R$ 1,2 mi', 1_200_000],
  ['ja', '￥120万', 1_200_000],
  ['ja', '￥1.2万', 12_000],
  ['it', '1,2 Mld €', 1_200_000_000],
  ['nl', '€ 1,2 mld.', 1_200_000_000],
  ['pt-BR', 'R$ 1,2 bi', 1_200_000_000],
  ['fr', '1,2 Md €', 1_200_000_000],
  ['pt-BR', 'R$ 1,2 tri', 1_200_000_000_000],
  // "B" is a billion in en (billions-read-whole.test.ts) and a trillion (a "billón") in es; "bln" a
  // trillion in it and nl.
  ['es', '1,2 B €', undefined],
  ['it', '1,2 Bln €', undefined],
])('%s compact amount "%s"', (lang, text, amount) => {
  it('is read at its scale, or not read where the word does not settle it, never as its digits alone', () => {
    expect(parseMoney(text, lang)?.amount).toBe(amount);
  });
});
