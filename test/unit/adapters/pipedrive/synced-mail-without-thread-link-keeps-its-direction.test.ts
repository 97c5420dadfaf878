/**
 * Review pd50. A synced mail in the History whose subject is not a `/mail/thread/{id}` link (the
 * thread opens in place, or links another shape such as `/mail/threads/…`) and whose sender row has
 * no "From:" label: it shows an envelope icon named "Email", the sender's name and address, and
 * either nothing else or a "Received" badge beside its date. crm-evidence-2.md: the feed mixes
 * mail (`mailMessage`) with activities, type and state may live only in an icon's label, and
 * readers must take direction "from every carrier: … header wording, … From/To lines; in the
 * page's language"; wording.ts lists "Received"/"Empfangen" as a received mail's label.
 *
 * Seen: the entry is taken for an Email *activity* the rep logged (the "Email" icon is a type
 * word) and read as a confident outbound email, the "Received" badge and the person's own address
 * as sender ignored, nothing in notRead. A reply from the contact then counts as one more email
 * the rep sent: touches and cadence go up, and the reply rate (metrics.md: an outbound email is
 * answered when an inbound one follows) loses the answer.
 * Expected: inbound where the page says Received or the sender is the person's address; never
 * outbound.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (mail: string, lang = 'en-US') =>
  readOk(
    '/person/812',
    `<div id="root"><main><div class="PersonPage_root__k9">
<header class="PersonHeader_root__h1"><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside class="PersonSidebar_root__s1">
<div><span data-testid="field-name">${lang.startsWith('de') ? 'E-Mail' : 'Email'}</span><div data-testid="fields-list-row-field-components"><a href="mailto:jonas.keller@helvetia.example">jonas.keller@helvetia.example</a></div></div>
<div><span data-testid="field-name">${lang.startsWith('de') ? 'Eigentümer' : 'Owner'}</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>${lang.startsWith('de') ? 'Verlauf' : 'History'}</h2>
<div class="TimelineEntry_root__r8Uq2"><span class="cui5-icon" role="img" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/88201">Intro call</a></div><div><span>Nov 16, 2026 10:00 AM</span> · <span>Priya Raman</span></div></div>
${mail}
</section></div></main></div>`,
    { lang },
  );

const mail = (icon: string, subject: string, rows: string, date: string) =>
  `<div class="MailEntry_root__m3Zp8"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div class="MailEntry_subject__m3Zp8">${subject}</div>${rows}<div class="MailEntry_meta__m3Zp8">${date}</div><div class="MailEntry_snippet__m3Zp8">Thanks Priya, the Q1 start works for us.</div></div>`;

describe('Pipedrive: a synced mail shown without a thread link or From label', () => {
  it('a "Received" badge beside the date makes it inbound', () => {
    const result = page(
      mail(
        'Email',
        '<b>Re: Pricing for 2027</b>',
        '',
        '<span>Nov 17, 2026 9:02 AM</span> <span class="cui5-badge">Received</span>',
      ),
    );
    const email = result.activities.find((a) => a.type === 'email');
    expect(email?.direction).toBe('inbound');
  });

  it('a German "Empfangen" badge likewise', () => {
    const result = page(
      mail(
        'E-Mail',
        '<b>AW: Preise 2027</b>',
        '',
        '<span>17.11.2026 09:02</span> <span class="cui5-badge">Empfangen</span>',
      ),
      'de-DE',
    );
    const email = result.activities.find((a) => a.type === 'email');
    expect(email?.direction).toBe('inbound');
  });

  it('the person’s own address as sender is never read as the rep’s outbound email', () => {
    const result = page(
      mail(
        'Email',
        '<a href="/mail/threads/5521">Re: Pricing for 2027</a>',
        '<div class="MailEntry_from__m3Zp8"><span>Jonas Keller</span> <span>&lt;jonas.keller@helvetia.example&gt;</span></div><div class="MailEntry_to__m3Zp8">to Priya Raman</div>',
        '<span>Nov 17, 2026 9:02 AM</span>',
      ),
    );
    const email = result.activities.find((a) => a.type === 'email');
    expect(email?.direction).not.toBe('outbound');
    if (email?.direction === 'unknown') expect(result.notRead.some((n) => n.field.includes('direction'))).toBe(true);
  });
});
