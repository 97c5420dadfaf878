// @vitest-environment happy-dom
/**
 * Reviewer "second", session 48. HubSpot without test ids (hashed or missing classes): a property's
 * value was read as the whole text of the element beside its label (label-index.ts, properties.ts;
 * now value-text.ts). When that element also holds the row's own controls (a "Details" button,
 * an icon button whose only text is clipped screen-reader text such as "Copy") or decoration the
 * page hides from reading (`aria-hidden` avatar initials), their text was glued to the value:
 * email "lena.vogt@northwind.exampleDetails", owner "Alex MorganCopy", deal stage
 * "Vertrag gesendetDetails". Expected: the value alone, or no value with a `notRead` entry; never
 * a value with a control's or a hidden decoration's text in it.
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

const CONTACT = 'https://app-eu1.hubspot.com/contacts/2451908/record/0-1/941';
const DEAL = 'https://app-eu1.hubspot.com/contacts/2451908/record/0-3/7781';

type Row = (label: string, value: string) => string;
const shapes: Record<string, (control: string) => Row> = {
  'a "Details" button in the value block': (details) => (label, value) =>
    `<div class="PropertyRow__Wrap-k3n9"><span class="Lbl-p2x">${label}</span><div class="Val-q8r"><span>${value}</span><button type="button">${details}</button></div></div>`,
  'an icon button with clipped screen-reader text': (copy) => (label, value) =>
    `<div class="PropertyRow__Wrap-k3n9"><span class="Lbl-p2x">${label}</span><div class="Val-q8r"><span>${value}</span><button type="button"><svg aria-hidden="true"></svg><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${copy}</span></button></div></div>`,
  'aria-hidden avatar initials before an owner': () => (label, value) =>
    `<div class="PropertyRow__Wrap-k3n9"><span class="Lbl-p2x">${label}</span><div class="Val-q8r">${/owner|inhaber/i.test(label) ? '<span aria-hidden="true">AM</span>' : ''}<span>${value}</span></div></div>`,
};

const page = (lang: string, title: string, rows: string, activity: string, feed: string) => `<!DOCTYPE html>
<html lang="${lang}"><head><title>${title} | HubSpot</title></head><body>
<div class="Layout__Grid-a81"><aside class="Side-f2"><h1 class="Title-z0">${title}</h1>${rows}</aside>
<main class="Mid-c4"><h2>${activity}</h2><section><h3>November 2026</h3><ul>${feed}</ul></section></main></div></body></html>`;
const item = (header: string, date: string, body: string) =>
  `<li><div><div><span>${header}</span><span>${date}</span></div><div><p>${body}</p></div></div></li>`;

/** The value as shown, or absent with a note saying it was not read: never anything else. */
function expectValueOrNotRead(result: ReadResult, field: string, expected: string): void {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  const value = (result.record as Record<string, unknown>)[field];
  if (value === undefined) expect(result.notRead.map((n) => n.field)).toContain(`record.${field}`);
  else expect(value).toBe(expected);
}

describe.each(Object.entries(shapes))('HubSpot without test ids, a property row with %s', (_, shape) => {
  it('an English contact keeps its email and owner as shown', () => {
    const row = shape(_.includes('Details') ? 'Details' : 'Copy');
    const result = readPage(
      page(
        'en-US',
        'Lena Vogt',
        row('Email', 'lena.vogt@northwind.example') + row('Contact owner', 'Alex Morgan'),
        'Activity',
        item('Logged call', 'Nov 18, 2026 at 10:00 AM', 'Alex Morgan logged a call with Lena Vogt') +
          item('Email', 'Nov 12, 2026 at 9:00 AM', 'Re: fleet pricing'),
      ),
      CONTACT,
    );
    expectValueOrNotRead(result, 'email', 'lena.vogt@northwind.example');
    expectValueOrNotRead(result, 'owner', 'Alex Morgan');
  });

  it('a German deal keeps its stage and owner as shown', () => {
    const row = shape(_.includes('Details') ? 'Details' : 'Kopieren');
    const result = readPage(
      page(
        'de-DE',
        'Northwind Flottenvertrag',
        row('Betrag', '22.500,00 €') + row('Deal-Phase', 'Vertrag gesendet') + row('Deal-Inhaber', 'Alex Morgan'),
        'Aktivitäten',
        item(
          'Protokollierter Anruf',
          '18. Nov. 2026 um 10:00',
          'Alex Morgan hat einen Anruf mit Lena Vogt protokolliert',
        ) + item('E-Mail', '12. Nov. 2026 um 09:00', 'Re: Angebot'),
      ),
      DEAL,
    );
    expectValueOrNotRead(result, 'stage', 'Vertrag gesendet');
    expectValueOrNotRead(result, 'owner', 'Alex Morgan');
  });
});
