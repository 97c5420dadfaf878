// @vitest-environment happy-dom
/**
 * A property's value is the text a user reads beside its label (value-text.ts): the row's own
 * controls, `aria-hidden` decoration and clipped screen-reader text inside the value block are left
 * out, separate texts keep a space between them, and a link in the value is the value. The labelled
 * path (HubSpot's test ids, properties.ts) reads values the same way as the label-text fallback.
 */
import { describe, expect, it } from 'vitest';
import { valueText } from '../../../../lib/adapters/hubspot/value-text';
import { contactPage, previewItem, readContact } from './contact-page';

function block(html: string): Element {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('valueText', () => {
  it.each([
    [
      'an email link and a "Details" button',
      '<div><a href="mailto:lena@northwind.example">lena@northwind.example</a><button type="button">Details</button></div>',
      'lena@northwind.example',
    ],
    [
      'avatar initials hidden from reading before an owner link',
      '<div><span aria-hidden="true">AM</span><a href="/users/7">Alex Morgan</a></div>',
      'Alex Morgan',
    ],
    [
      'a role=button control',
      '<div><span>Vertrag gesendet</span><span role="button" tabindex="0">Bearbeiten</span></div>',
      'Vertrag gesendet',
    ],
    [
      'an icon button with clipped text by class',
      '<div><span>Alex Morgan</span><button><svg aria-hidden="true"></svg><span class="VisuallyHidden__Text-q1">Copy</span></button></div>',
      'Alex Morgan',
    ],
    [
      'clipped assistive text outside a button',
      '<div><span>22.500,00 €</span><span style="position:absolute;width:1px;height:1px;overflow:hidden">Betrag bearbeiten</span></div>',
      '22.500,00 €',
    ],
    ['two separate texts', '<div><div>Sales Pipeline</div><div>Closed won</div></div>', 'Sales Pipeline Closed won'],
    ['a block that is itself a button', '<button type="button">Alex Morgan</button>', 'Alex Morgan'],
    [
      'a value drawn as a dropdown button, its caret hidden',
      '<div><button type="button" aria-haspopup="listbox">Alex Morgan<span aria-hidden="true">▾</span></button></div>',
      'Alex Morgan',
    ],
    ['an empty row with only its "Details" button', '<div><button type="button">Details</button></div>', ''],
    ['an empty row with only its German edit control', '<div><span role="button">Bearbeiten</span></div>', ''],
  ])('%s', (_, html, expected) => {
    expect(valueText(block(html))).toBe(expected);
  });
});

describe('HubSpot with test ids: property values beside controls and decoration', () => {
  const row = (label: string, value: string) =>
    `<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">${label}</span><div>${value}</div></div>`;

  it('reads email, owner and counts as shown', () => {
    const sidebar = `<div data-selenium-test="highlightedPropertySidebar">${[
      row(
        'Email',
        '<a href="mailto:lena.vogt@northwind.example">lena.vogt@northwind.example</a><button type="button">Details</button>',
      ),
      row(
        'Contact owner',
        '<span aria-hidden="true">AM</span><span>Alex Morgan</span><button type="button"><svg aria-hidden="true"></svg><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Copy</span></button>',
      ),
      row('Number of times contacted', '<span>4</span><span role="button" tabindex="0">Details</span>'),
    ].join('')}</div>`;
    const result = readContact(
      contactPage({
        sidebar,
        feed: previewItem({ header: 'Email sent by Alex Morgan', date: 'Nov 17, 2026 at 10:05 AM', icon: 'Email' }),
      }),
    );
    expect(result.record).toMatchObject({ email: 'lena.vogt@northwind.example', owner: 'Alex Morgan' });
    expect(result.crmFigures.timesContacted).toBe(4);
  });
});
