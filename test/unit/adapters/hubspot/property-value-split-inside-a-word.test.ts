// @vitest-environment happy-dom
/**
 * From review "regress" (session 48), 730ee02: a property's value was read with spacedText, which puts
 * a space between every two text nodes. A value whose text is split inside a word (an address with
 * a <wbr> break opportunity, a highlighted part) is read with a space in it: "lena@ northwind.example"
 * no longer matches an address (contact-email.ts ADDRESS), and the contact's email is lost.
 * A deal amount with its cents in their own span ("12.500" ",00 €") reads "12.500 ,00 €": 0 €.
 * On 9d2bbe1 (textOf) both were read.
 */
import { describe, expect, it } from 'vitest';
import { propertyText } from '../../../../lib/adapters/hubspot/properties';

function block(html: string): Element {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('a property value split inside a word', () => {
  it('an email address with a <wbr> in it reads as one address', () => {
    expect(
      propertyText(block('<div><a href="mailto:lena@northwind.example">lena@<wbr>northwind.example</a></div>')),
    ).toBe('lena@northwind.example');
  });

  it('an email address with a highlighted part reads as one address', () => {
    expect(
      propertyText(block('<div><a href="mailto:lena@northwind.example"><mark>lena</mark>@northwind.example</a></div>')),
    ).toBe('lena@northwind.example');
  });
});

describe('a deal amount drawn in parts', () => {
  it('an amount whose cents are in their own span reads as the whole amount', async () => {
    const { parseMoney } = await import('../../../../lib/locale/money');
    const text = propertyText(block('<div><span>12.500</span><span>,00</span> €</div>'));
    expect(parseMoney(text ?? '', 'de-DE')).toEqual({ amount: 12500, currency: 'EUR' });
  });
});
