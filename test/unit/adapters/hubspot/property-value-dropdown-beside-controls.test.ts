// @vitest-environment happy-dom
/**
 * Review s48. A property's value drawn as a control (value-text.ts): an owner shown as a dropdown
 * button ("Alex Morgan ▾", to change the owner) beside the row's "Copy" icon button read no value
 * (two controls: neither was taken; before that fix it read "Alex MorganCopy"), and a lone
 * dropdown whose choice is a word a control may be labelled with (lead status "Open") was dropped
 * as a control's label. A dropdown shows a choice made: its text is the value; an icon button
 * shows no text; a plain button's text ("Details") is still its own label. Session 50: a plain
 * button showing "Open" is HubSpot's editable lead status, a value too (property-value-shown-as-a-button.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { propertyValue } from '../../../../lib/adapters/hubspot/properties';
import { valueText } from '../../../../lib/adapters/hubspot/value-text';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

const copy = (label: string) =>
  `<button type="button"><svg aria-hidden="true"></svg><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${label}</span></button>`;
const dropdown = (choice: string) =>
  `<button type="button" aria-haspopup="listbox">${choice}<span aria-hidden="true">▾</span></button>`;

function block(html: string): Element {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('valueText: a value drawn as a control', () => {
  it.each([
    ['a dropdown beside a "Copy" icon button', `<div>${dropdown('Alex Morgan')}${copy('Copy')}</div>`, 'Alex Morgan'],
    [
      'a plain button beside a "Copy" icon button',
      `<div><button type="button">Alex Morgan</button>${copy('Copy')}</div>`,
      'Alex Morgan',
    ],
    ['a lone dropdown whose choice is "Open"', `<div>${dropdown('Open')}</div>`, 'Open'],
    [
      'a combobox whose choice is "Open", beside "Details"',
      '<div><div role="combobox" tabindex="0">Open</div><button type="button">Details</button></div>',
      'Open',
    ],
    ['an empty row: a plain "Details" button', '<div><button type="button">Details</button></div>', ''],
    [
      'an empty row: "Details" beside a "Copy" icon button',
      `<div><button type="button">Details</button>${copy('Copy')}</div>`,
      '',
    ],
    [
      'two buttons showing values: which one is not told',
      '<div><button type="button">Alex Morgan</button><button type="button">Kim Lee</button></div>',
      '',
    ],
  ])('%s', (_, html, expected) => {
    expect(valueText(block(html))).toBe(expected);
  });
});

describe.each([
  ['en-US', EN, 'Contact owner', 'Copy', ['Logged call', 'Nov 18, 2026 at 10:02 AM']],
  ['de-DE', DE, 'Kontaktinhaber', 'Kopieren', ['Anruf protokolliert', '18. Nov. 2026 um 10:02']],
] as const)(
  'HubSpot (%s): an owner shown as a dropdown beside a copy button',
  (lang, wording, label, copyLabel, call) => {
    const value = `${dropdown('Alex Morgan')}${copy(copyLabel)}`;

    it('is read without test ids', () => {
      const properties = wording.properties.map(([l, v]): [string, string] => (l === label ? [l, value] : [l, v]));
      const item = preview(call[0], call[1]);
      const reading = readHubSpot(hashedRecord({ ...wording, properties }, [group('November 2026', [item])]));
      expect(reading.record.owner).toBe('Alex Morgan');
    });

    it('is read with test ids', () => {
      const reading = readHubSpot(
        contactRecord({
          lang,
          properties: property(label, value),
          middle: timeline(previewEvent('Email', 'Nov 18, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist')),
        }),
      );
      expect(reading.record.owner).toBe('Alex Morgan');
    });
  },
);

it('a lead status "Open" shown as a dropdown is read by its label, without test ids', () => {
  const doc = new DOMParser().parseFromString(
    `<body><main><h1>Mara Quist</h1><div><span>Lead status</span><div>${dropdown('Open')}${copy('Copy')}</div></div></main></body>`,
    'text/html',
  );
  expect(propertyValue(doc.body, ['Lead status'])).toBe('Open');
});
