import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';

const URL_ = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DpQ9xAAF/view';
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/** A contact with one logged call dated `date`, on a page in `lang` (none: no locale signal at all), and `more` markup. */
function read(date: string, lang?: string, more = '') {
  const window = new Window({ url: URL_ });
  window.document.write(
    `<html${lang ? ` lang="${lang}"` : ''}><body><records-highlights2><span slot="primaryField">Maria Jensen</span></records-highlights2>` +
      '<ul><li><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view" title="Call">Call</a>' +
      `<span>${date}</span><div>You logged a call with Maria Jensen</div></li></ul>${more}</body></html>`,
  );
  const result = salesforce.read(window.document as unknown as Document, new URL(URL_), clock);
  if (result.status !== 'read') throw new Error(result.status);
  return result;
}

describe('Salesforce numeric dates whose order the page does not settle', () => {
  it('keeps 03/04/2026 as text and says why, with no locale signal', () => {
    const result = read('03/04/2026');
    expect(result.activities[0]).toMatchObject({ type: 'call', dateText: '03/04/2026' });
    expect(result.activities[0]?.timestamp).toBeUndefined();
    expect(result.notRead).toContainEqual({
      field: 'activity date of "Call"',
      reason: 'ambiguous "03/04/2026": the page does not say whether the day or the month comes first',
    });
  });

  it.each([
    ['en-US', '2026-03-04T00:00:00.000Z'],
    ['en-GB', '2026-04-03T00:00:00.000Z'],
    ['de-DE', '2026-04-03T00:00:00.000Z'],
  ])('reads it in the order %s prints dates', (lang, iso) => {
    expect(read('03/04/2026', lang).activities[0]?.timestamp).toBe(iso);
  });

  it.each([
    ['en-US', '19/11/2026', '2026-04-03T00:00:00.000Z'],
    ['de-DE', '11/19/2026', '2026-03-04T00:00:00.000Z'],
    [undefined, '19/11/2026', '2026-04-03T00:00:00.000Z'],
  ])('on a %s page that also prints %s, reads it in the order the page shows', (lang, other, iso) => {
    const field = `<records-record-layout-item field-label="Last Activity"><span slot="outputField">${other}</span></records-record-layout-item>`;
    expect(read('03/04/2026', lang, field).activities[0]?.timestamp).toBe(iso);
  });
});
