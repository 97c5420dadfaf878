// @vitest-environment happy-dom
/**
 * The rep answers the contact from Outlook; HubSpot logs the rep's email on the contact's timeline.
 * Its header names who sent it to whom ("Email from Alex Morgan to Mara Quist") and its body shows
 * the rep's text above Outlook's quoted header of the mail being answered ("From: Mara Quist <…>
 * Sent: … To: Alex Morgan Subject: …"). The quoted "From: Mara Quist" made the rep's email the
 * contact's inbound reply: the reply rate rose and the real outbound email left its denominator and
 * the cadence (metrics.md: "Direction", "Reply rate"). Who wrote an email is read in its header's
 * own from/to, else in the From/To rows its body opens with; rows further down are quoted.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const quoted = [
  'Re: Revised quote',
  'Hi Mara, attached is the revised quote with the 3-year term.',
  'From: Mara Quist &lt;mara.quist@northwind.example&gt;',
  'Sent: Monday, November 16, 2026 9:02 AM',
  'To: Alex Morgan &lt;alex.morgan@fleetline.example&gt;',
  'Subject: Revised quote',
  'Could you send the quote for 3 years instead?',
].join('<br>');

const emails = (page: string) =>
  readHubSpot(page)
    .activities.filter((a) => a.type === 'email')
    .map((a) => [a.timestamp, a.direction]);

describe('HubSpot: the rep’s reply whose body quotes the contact’s mail', () => {
  it('"Email from Alex Morgan to Mara Quist" is outbound, whatever the quoted header says', () => {
    const page = contactRecord({
      middle: timeline(
        previewEvent('Email from Alex Morgan to Mara Quist', 'Nov 18, 2026 at 9:15 AM', quoted) +
          previewEvent('Email from Mara Quist to Alex Morgan', 'Nov 16, 2026 at 9:02 AM', 'Revised quote'),
      ),
    });
    expect(emails(page)).toEqual([
      ['2026-11-18T09:15:00.000Z', 'outbound'],
      ['2026-11-16T09:02:00.000Z', 'inbound'],
    ]);
  });

  it('German "E-Mail von Alex Morgan an Mara Quist" quoting "Von: Mara Quist" is outbound', () => {
    const zitat = [
      'AW: Angebot',
      'Hallo Frau Quist, anbei das überarbeitete Angebot.',
      'Von: Mara Quist &lt;mara.quist@northwind.example&gt;',
      'Gesendet: Montag, 16. November 2026 09:02',
      'An: Alex Morgan',
      'Betreff: Angebot',
    ].join('<br>');
    const page = contactRecord({
      lang: 'de-DE',
      middle: timeline(
        previewEvent('E-Mail von Alex Morgan an Mara Quist', '18.11.2026 09:15', zitat) +
          previewEvent('E-Mail von Mara Quist an Alex Morgan', '16.11.2026 09:02', 'Angebot'),
      ),
    });
    expect(emails(page)).toEqual([
      ['2026-11-18T09:15:00.000Z', 'outbound'],
      ['2026-11-16T09:02:00.000Z', 'inbound'],
    ]);
  });

  it('under a bare "Email" header, the rows the body opens with decide, not the quoted ones', () => {
    const page = contactRecord({
      middle: timeline(
        previewEvent(
          'Email',
          'Nov 18, 2026 at 9:15 AM',
          '<p>Re: Revised quote</p><p>from Alex Morgan to Mara Quist</p><p>Hi Mara, attached is the quote.</p><p>From: Mara Quist Sent: Monday, November 16, 2026 9:02 AM To: Alex Morgan</p>',
        ),
      ),
    });
    expect(emails(page)).toEqual([['2026-11-18T09:15:00.000Z', 'outbound']]);
  });

  it('under a bare "Email" header with no rows of its own, quoted text leaves the direction unknown', () => {
    const page = contactRecord({ middle: timeline(previewEvent('Email', 'Nov 18, 2026 at 9:15 AM', quoted)) });
    expect(emails(page)).toEqual([['2026-11-18T09:15:00.000Z', 'unknown']]);
  });
});
