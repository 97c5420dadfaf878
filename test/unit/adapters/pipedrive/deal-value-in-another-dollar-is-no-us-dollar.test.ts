import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dealAmount } from '../../../../lib/adapters/pipedrive/deal-amount';
import { pageLanguageOf } from '../../../../lib/adapters/pipedrive/page-locale';

/**
 * A deal header in a dollar a page's language writes with letters after the "$" (Intl's French:
 * "12 500,00 $BM", Bermudian dollars; "$AR", Argentine pesos) is that currency or none read,
 * never the US dollar a lone "$" stands for. Review rg63b.
 */
function headerValue(lang: string, value: string) {
  const { document } = parseHTML(
    `<html lang="${lang}"><body><main><div data-testid="deal-value">${value}</div></main></body></html>`,
  );
  const view = document.querySelector('main') as Element;
  return dealAmount(view, undefined, pageLanguageOf(document, view), []);
}

describe('a Pipedrive deal value in another dollar', () => {
  it.each(['12 500,00 $BM', '12 500,00 $AR'])('"%s" is 12,500 and no US dollar', (value) => {
    const money = headerValue('fr-FR', value);
    expect(money?.amount).toBe(12_500);
    expect(money?.currency).not.toBe('USD');
  });
});
