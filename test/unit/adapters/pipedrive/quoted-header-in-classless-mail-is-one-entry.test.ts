/**
 * Review s43 (pdread). A page of a generation with no known classes (crm-evidence-2.md: classes
 * churn; findItems reads entries by structure). One synced reply whose expanded body quotes the
 * rep's earlier mail ("From: … / Sent: Monday, November 16, 2026 9:05 AM / To: …") is one inbound
 * email: the quoted date and From line are the body's, never entries of their own.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';
import { item, personPage, read } from './hashed-person-page';

const person = fixturePage('pipedrive', 'person-hashed');
const strip = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

function page(quote: string): string {
  let html = person.html.replace(
    '<div class="FlowItem_text__t7Kq2">Thanks Casey, I sent the updated figures this morning.</div>',
    `<div class="FlowItem_text__t7Kq2"><p>Thanks Casey, I sent the updated figures this morning.</p>${quote}</div>`,
  );
  // Without the accessibility clone, so every extra activity below comes from the one visible entry.
  const clone = html.indexOf('<div class="FlowItem_item__t7Kq2" style="position:absolute');
  const next = html.indexOf('<div class="FlowItem_item__t7Kq2">', clone + 10);
  html = html.slice(0, clone) + html.slice(next);
  return strip(html);
}

const touches = (html: string) =>
  readPage(html, person.url)
    .activities.filter((a) => a.type !== 'system')
    .map((a) => [a.type, a.direction, a.title]);

const EXPECTED = [
  ['call', 'outbound', 'Follow-up call about Q1 volumes'],
  ['note', 'unknown', 'Prefers email over phone; decision in January.'],
  ['email', 'inbound', 'Re: Q1 volumes'],
  ['call', 'outbound', 'Call with Maya'],
  ['email', 'outbound', 'Q1 volumes'],
  ['meeting', 'outbound', 'Site visit in Oakland'],
  ['task', 'unknown', 'Send rate card'],
];

describe('Pipedrive (no known classes): a reply quoting the earlier mail', () => {
  it('(control) without a quote, the feed reads as the page shows it', () => {
    expect(touches(page(''))).toEqual(EXPECTED);
  });

  it('a quoted header in <p> lines adds no note and no emails', () => {
    const quote =
      '<div><p>From: Casey Nguyen &lt;casey@acme-sales.example&gt;</p><p>Sent: Monday, November 16, 2026 9:05 AM</p><p>To: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;</p><p>Subject: Q1 volumes</p></div>';
    expect(touches(page(quote))).toEqual(EXPECTED);
  });

  it('an Outlook header (<b>From:</b> … <br>) neither turns the reply outbound nor adds emails', () => {
    const quote =
      '<hr><p><b>From:</b> Casey Nguyen &lt;casey@acme-sales.example&gt;<br><b>Sent:</b> Monday, November 16, 2026 9:05 AM<br><b>To:</b> Maya Lindqvist<br><b>Subject:</b> Q1 volumes</p>';
    expect(touches(page(quote))).toEqual(EXPECTED);
  });
});

describe('Pipedrive (no known classes): a note holding a pasted mail', () => {
  const pasted =
    '<p>Forwarding what Maya wrote:</p><p>From: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;</p><p>Sent: Monday, November 16, 2026 9:05 AM</p><p>To: Casey Nguyen</p><p>Subject: Budget</p><p>We got the budget approved.</p>';

  it('is one note dated by its own header line, not a second entry dated by the pasted "Sent:"', () => {
    const html = personPage({
      history: [
        item({ icon: 'Call', done: true, subject: 'Call with Maya', date: 'Nov 17, 2026 3:10 PM' }),
        item({ icon: 'Note', body: pasted, date: 'Nov 16, 2026 2:30 PM' }),
      ],
    });
    expect(read(strip(html)).activities.map((a) => [a.type, a.timestamp])).toEqual([
      ['call', '2026-11-17T15:10:00.000Z'],
      ['note', '2026-11-16T14:30:00.000Z'],
    ]);
  });
});

describe('Pipedrive (no known classes, German): a reply quoting an Outlook header', () => {
  it('"Von: … Gesendet: …" in Jonas’s reply adds no entry and keeps it inbound', () => {
    const dealDe = fixturePage('pipedrive', 'deal-hashed-de');
    const quoted = edited(dealDe.html, [
      /Der Umfang passt\. Habe ihn an unseren CFO weitergeleitet\.<\/div>/g,
      'Der Umfang passt. Habe ihn an unseren CFO weitergeleitet.<hr><p><b>Von:</b> Casey Nguyen &lt;casey@acme-sales.example&gt;<br><b>Gesendet:</b> Donnerstag, 12. November 2026 08:45<br><b>An:</b> Maya Lindqvist<br><b>Betreff:</b> Pilotumfang</p></div>',
    ]);
    const entries = (html: string) =>
      readPage(strip(html), dealDe.url).activities.map((a) => [a.type, a.direction, a.title, a.timestamp]);
    expect(entries(quoted)).toEqual(entries(dealDe.html));
    expect(entries(quoted)).toContainEqual(['email', 'inbound', 'AW: Pilotumfang', '2026-11-19T11:20:00.000Z']);
  });
});
