// @vitest-environment happy-dom
/**
 * From review regress2 (session 48), a regression of d80b900: valueText ran the texts of inline
 * elements together (value-text.ts INLINE). A value whose words sit in sibling spans with no
 * whitespace between them, spaced on screen by CSS (a date and its time, a first and last name),
 * read as one run-on word: "Nov 18, 20262:05 PM" is no date, "AlexMorgan" no owner. On
 * 9ac8627 (spacedText with leaveOut) both read with a space.
 */
import { describe, expect, it } from 'vitest';
import { propertyText } from '../../../../lib/adapters/hubspot/properties';

function block(html: string): Element {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('a HubSpot property value drawn in sibling spans', () => {
  it('a date and its time in their own spans read apart', () => {
    expect(
      propertyText(block('<div><span class="date">Nov 18, 2026</span><span class="time">2:05 PM</span></div>')),
    ).toBe('Nov 18, 2026 2:05 PM');
  });

  it('a first and last name in their own spans read apart', () => {
    expect(propertyText(block('<div><span class="first">Alex</span><span class="last">Morgan</span></div>'))).toBe(
      'Alex Morgan',
    );
  });
});

describe('a HubSpot property value whose parts meet at a sign', () => {
  it.each([
    [
      'an address broken with <wbr>',
      '<div><a href="mailto:l@n.example">lena@<wbr>northwind.example</a></div>',
      'lena@northwind.example',
    ],
    ['a highlighted name before the @', '<div><mark>lena</mark>@northwind.example</div>', 'lena@northwind.example'],
    ['cents in their own span', '<div><span>12.500</span><span>,00</span> €</div>', '12.500,00 €'],
    ['a currency sign in its own span', '<div><span>$</span><span>31,500</span></div>', '$31,500'],
  ])('%s runs on', (_, html, expected) => {
    expect(propertyText(block(html))).toBe(expected);
  });
});
