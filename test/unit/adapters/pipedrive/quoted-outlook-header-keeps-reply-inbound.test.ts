/**
 * Review s43 (pdread). An inbound reply whose expanded body quotes the rep's earlier mail the way
 * Outlook writes it (`<b>From:</b> …<br><b>Sent:</b> …`) stays inbound: the bold "Sent:" label is
 * the quoted mail's, not the item's sent/received label (mail-direction.ts says the body's words
 * count for nothing). Same in German ("Gesendet:").
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const dealDe = fixturePage('pipedrive', 'deal-hashed-de');

describe('Pipedrive: a reply quoting an Outlook header', () => {
  it('Maya’s reply "Re: Q1 volumes" stays inbound when its body quotes "<b>Sent:</b>"', () => {
    const body = 'Thanks Casey, I sent the updated figures this morning.</div>';
    const html = person.html.replaceAll(
      body,
      'Thanks Casey, I sent the updated figures this morning.<hr><p><b>From:</b> Casey Nguyen &lt;casey@acme-sales.example&gt;<br><b>Sent:</b> Monday, November 16, 2026 9:05 AM<br><b>To:</b> Maya Lindqvist<br><b>Subject:</b> Q1 volumes</p></div>',
    );
    expect(html).not.toBe(person.html);
    const reply = readPage(html, person.url).activities.find((a) => a.title === 'Re: Q1 volumes');
    expect(reply).toMatchObject({ type: 'email', direction: 'inbound' });
  });

  it('Jonas’s reply "AW: Pilotumfang" stays inbound when its body quotes "<b>Gesendet:</b>"', () => {
    const html = edited(dealDe.html, [
      /Der Umfang passt\. Habe ihn an unseren CFO weitergeleitet\.<\/div>/g,
      'Der Umfang passt. Habe ihn an unseren CFO weitergeleitet.<hr><p><b>Von:</b> Casey Nguyen &lt;casey@acme-sales.example&gt;<br><b>Gesendet:</b> Donnerstag, 12. November 2026 08:45<br><b>An:</b> Maya Lindqvist<br><b>Betreff:</b> Pilotumfang</p></div>',
    ]);
    const reply = readPage(html, dealDe.url).activities.find((a) => a.title === 'AW: Pilotumfang');
    expect(reply).toMatchObject({ type: 'email', direction: 'inbound' });
  });
});
