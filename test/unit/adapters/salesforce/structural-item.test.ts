import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';

const URL_ = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DpQ9xAAF/view';
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/** A contact page without a single class: the items are whatever sits around activity links. */
function activities(items: string, lang = 'en-US') {
  const window = new Window({ url: URL_ });
  window.document.write(
    `<html lang="${lang}"><body><records-highlights2><span slot="primaryField">Maria Jensen</span></records-highlights2>` +
      `<section><h2>Upcoming &amp; Overdue</h2><ul>${items}</ul></section></body></html>`,
  );
  const result = salesforce.read(window.document as unknown as Document, new URL(URL_), clock);
  if (result.status !== 'read') throw new Error(result.status);
  return result.activities;
}

describe('Salesforce items found by structure alone', () => {
  it('takes the date from <time datetime> and the type from the icon title', () => {
    const [item] = activities(
      '<li><span title="Event"></span><a href="/lightning/r/00U5g00000DpQC2EAN/view">Check-in</a>' +
        '<time datetime="2026-12-03T09:00:00Z">Thursday</time></li>',
    );
    expect(item).toMatchObject({ type: 'meeting', timestamp: '2026-12-03T09:00:00.000Z', planned: true });
  });

  it('finds a date inside the header wording, before one in the body', () => {
    const [item] = activities(
      '<li><div><a href="/lightning/r/Task/00T5g00000DpQC4EAN/view">Call</a><span>Logged 18 Nov 2026, 14:05</span></div>' +
        '<p>You logged a call with Maria Jensen. Next call planned for 2 Dec 2026.</p></li>',
      'en-GB',
    );
    expect(item).toMatchObject({ type: 'call', timestamp: '2026-11-18T14:05:00.000Z', timePrecision: 'minute' });
    expect(item?.planned).toBeUndefined();
  });

  it('reads each item once when the page repeats it as a clipped copy', () => {
    const li =
      '<a href="/lightning/r/EmailMessage/02s5g00000DpQC3AAN/view">Re: Case study</a><span>8:47 AM | Nov 19</span>' +
      '<p>Maria Jensen sent you an email</p>';
    const read = activities(`<li>${li}</li><li style="position:absolute;clip:rect(0 0 0 0)">${li}</li>`);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ type: 'email', direction: 'inbound', timestamp: '2026-11-19T08:47:00.000Z' });
  });
});
