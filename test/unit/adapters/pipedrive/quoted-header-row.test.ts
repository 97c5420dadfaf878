/**
 * quoted-header.ts: the date row of a mail header quoted in a body (Outlook's "From: … / Sent: …")
 * carries no feed entry (findItems), while an entry's own date line, even one beside From/To lines,
 * still does. Known by form: a field label and colon before the date, after a From line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isQuotedHeaderRow } from '../../../../lib/adapters/pipedrive/quoted-header';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';
import { loadPage } from '../../capture/page-window';

let close = () => {};
afterEach(() => close());

/** The element marked `data-row` in the markup, parsed as a saved page is. */
function row(html: string): Element {
  const page = loadPage(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://acme.pipedrive.com/person/2210');
  close = page.close;
  const el = page.doc.querySelector('[data-row]');
  if (!el) throw new Error('no row');
  return el;
}

const en = wordingFor('en');

describe('isQuotedHeaderRow', () => {
  it.each([
    ['Outlook rows', '<div><p>From: Casey Nguyen</p><p data-row>Sent: Monday, November 16, 2026 9:05 AM</p></div>'],
    ['Outlook rows with To first', '<div><p>From: Casey</p><p>To: Maya</p><p data-row>Date: Nov 16, 2026</p></div>'],
    [
      'one paragraph broken by <br>',
      '<p data-row><b>From:</b> Casey &lt;c@acme.example&gt;<br><b>Sent:</b> Monday, November 16, 2026 9:05 AM</p>',
    ],
    [
      'Spanish "Enviado el:"',
      '<p data-row><b>From:</b> Casey<br><b>Enviado el:</b> lunes, 16 de noviembre de 2026</p>',
    ],
  ])('a quoted header: %s', (_, html) => {
    expect(isQuotedHeaderRow(row(html), en)).toBe(true);
  });

  it.each([
    [
      'a meta line after the mail lines',
      '<div><div>From: Maya</div><div data-row>Nov 17, 2026 4:40 PM · Casey</div></div>',
    ],
    ['a From line holding the date', '<div data-row>From: Maya · Nov 17, 2026 4:40 PM · Casey</div>'],
    [
      'a labelled date with no From line before it',
      '<div><div data-row>Due: Nov 24, 2026</div><div>From: Maya</div></div>',
    ],
    ['a time of day after the From value', '<div data-row>From: Maya Lindqvist 4:40 PM</div>'],
  ])('an entry’s own date line: %s', (_, html) => {
    expect(isQuotedHeaderRow(row(html), en)).toBe(false);
  });
});
