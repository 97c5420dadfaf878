// @vitest-environment happy-dom
/**
 * Session 50 (known from session 49). HubSpot draws some editable property values as plain buttons
 * whose text is the value (a lead status "Open", a lifecycle stage "Lead", an owner), beside the
 * row's own action buttons: an edit or copy icon named by its `aria-label`, a "Details" button.
 * value-text.ts dropped a plain button showing "Open" as a control's label (only a dropdown's
 * "Open" was a value), and took an edit icon drawn as a glyph ("✎", named "Edit") for a second
 * value beside the real one, so neither was read. A button is an action when its accessible name
 * says one ("Edit", "Kopieren", "Details"); else its text is the value. "Open" is both a verb and
 * HubSpot's default lead status: shown as a button's own text, it is the value.
 */
import { describe, expect, it } from 'vitest';
import { propertyValue } from '../../../../lib/adapters/hubspot/properties';
import { valueText } from '../../../../lib/adapters/hubspot/value-text';
import { readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

const clipped = (text: string) =>
  `<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${text}</span>`;
const icon = (name: string) => `<button type="button" aria-label="${name}"><svg aria-hidden="true"></svg></button>`;
const glyph = (name: string) => `<button type="button" aria-label="${name}">✎</button>`;
const srOnly = (name: string) => `<button type="button"><svg aria-hidden="true"></svg>${clipped(name)}</button>`;
const plain = (text: string) => `<button type="button">${text}</button>`;

function block(html: string): Element {
  const first = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

const languages = {
  'en-US': { edit: 'Edit', copy: 'Copy', details: 'Details', open: 'Open', stage: 'Lead' },
  'de-DE': { edit: 'Bearbeiten', copy: 'Kopieren', details: 'Details', open: 'Offen', stage: 'Lead' },
} as const;

describe.each(Object.entries(languages))('valueText (%s): a value drawn as a plain button', (_, w) => {
  it.each([
    ['the lead status alone', `<div>${plain(w.open)}</div>`, w.open],
    ['the lead status beside an edit icon', `<div>${plain(w.open)}${icon(w.edit)}</div>`, w.open],
    ['the lead status beside an edit glyph named by its label', `<div>${glyph(w.edit)}${plain(w.open)}</div>`, w.open],
    ['the lifecycle stage beside "Details"', `<div>${plain(w.stage)}${plain(w.details)}</div>`, w.stage],
    [
      'the lifecycle stage beside a copy icon with clipped text',
      `<div>${plain(w.stage)}${srOnly(w.copy)}</div>`,
      w.stage,
    ],
    [
      'a button named by its action, showing the value',
      `<div><button type="button" aria-label="${w.edit}: ${w.open}">${w.open}</button></div>`,
      w.open,
    ],
  ])('%s is the value', (_, html, expected) => {
    expect(valueText(block(html))).toBe(expected);
  });

  it.each([
    ['a "Details" button', `<div>${plain(w.details)}</div>`],
    ['an edit glyph named by its label', `<div>${glyph(w.edit)}</div>`],
    ['an edit glyph beside a copy icon', `<div>${glyph(w.edit)}${icon(w.copy)}</div>`],
    ['an "Edit" button', `<div>${plain(w.edit)}</div>`],
    ['a copy button with clipped text', `<div>${srOnly(w.copy)}</div>`],
  ])('an empty row showing only %s has no value', (_, html) => {
    expect(valueText(block(html))).toBe('');
  });
});

it('an "Open" icon button (named "Open", showing a glyph) is an action, not a value', () => {
  expect(valueText(block('<div><button type="button" aria-label="Open">↗</button></div>'))).toBe('');
});

it('a lead status "Open" shown as a plain button beside an edit glyph is read by its label, without test ids', () => {
  const doc = new DOMParser().parseFromString(
    `<body><main><h1>Mara Quist</h1><div><span>Lead status</span><div>${plain('Open')}${glyph('Edit')}</div></div></main></body>`,
    'text/html',
  );
  expect(propertyValue(doc.body, ['Lead status'])).toBe('Open');
});

describe.each([
  ['en-US', EN, 'Contact owner', 'Edit', ['Logged call', 'Nov 18, 2026 at 10:02 AM']],
  ['de-DE', DE, 'Kontaktinhaber', 'Bearbeiten', ['Anruf protokolliert', '18. Nov. 2026 um 10:02']],
] as const)('HubSpot without test ids (%s): an owner shown as a plain button', (_, wording, label, edit, call) => {
  it('beside an edit glyph named by its label, is read', () => {
    const value = `${plain('Alex Morgan')}${glyph(edit)}`;
    const properties = wording.properties.map(([l, v]): [string, string] => (l === label ? [l, value] : [l, v]));
    const reading = readHubSpot(
      hashedRecord({ ...wording, properties }, [group('November 2026', [preview(call[0], call[1])])]),
    );
    expect(reading.record.owner).toBe('Alex Morgan');
  });
});
