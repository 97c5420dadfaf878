import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A logged call came in when its "Call Type" detail says so ("Anruftyp  Eingehend"). The same word
 * in a rep's comments is everyday language: German "eingehend" also means "thoroughly" ("Angebot
 * eingehend besprochen"), Portuguese "entrada" is a down payment. deal-activity-groups-de has a
 * logged call "Anruf" (yesterday, "Anrufergebnis  Connected").
 */
const page = fixturePage('salesforce', 'deal-activity-groups-de');
const call = (html: string) => readPage(html, page.url).activities.find((a) => a.title === 'Anruf');
const detail = (label: string, value: string) =>
  `<dt class="slds-item_label">Anrufergebnis</dt><dd class="slds-item--detail">Connected</dd><dt class="slds-item_label">${label}</dt><dd class="slds-item--detail">${value}</dd>`;
const result = '<dt class="slds-item_label">Anrufergebnis</dt><dd class="slds-item--detail">Connected</dd>';

describe('a German logged call', () => {
  it('is outbound when its comments say "eingehend" (thoroughly)', () => {
    const html = edited(page.html, [
      result,
      detail('Kommentare', 'Angebot eingehend besprochen, Rückmeldung bis Freitag.'),
    ]);
    expect(call(html)).toMatchObject({ type: 'call', direction: 'outbound' });
  });

  it('is inbound when its call type says "Eingehend"', () => {
    const html = edited(page.html, [result, detail('Anruftyp', 'Eingehend')]);
    expect(call(html)).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('is inbound when label and value share one text, "Anruftyp: Eingehend" (as "Call Type: Inbound" is read)', () => {
    const html = edited(page.html, [result, `${result}<p>Anruftyp: Eingehend</p>`]);
    expect(call(html)).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('is outbound when a comment line merely ends in the word ("Notiz: Angebot eingehend besprochen")', () => {
    const html = edited(page.html, [result, `${result}<p>Notiz: Angebot eingehend besprochen</p>`]);
    expect(call(html)).toMatchObject({ type: 'call', direction: 'outbound' });
  });
});
