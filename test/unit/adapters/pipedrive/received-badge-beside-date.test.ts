/**
 * mail-direction.ts reads a synced mail's sent/received label. Before
 * 385f3fe it looked at every leaf chunk of the item, so a "Received" badge drawn as its own
 * element on the meta line ("Nov 18, 2026 4:40 PM <span>Received</span>", no " · " between) was
 * found. Since 385f3fe only a whole line or a separator-delimited part of one counts
 * (standingLabels), so the badge is missed; with a From line naming a colleague of the person
 * (no evidence either way), the person's mail is read as direction "unknown" instead of inbound,
 * and the reply rate loses a reply. crm-evidence-2.md: read direction from every carrier.
 * Oracle, by hand: the page labels the mail "Received": inbound.
 */
import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

const mail = (badge: string, from = 'Jordan Blake &lt;jordan.blake@nordhavn.example&gt;', quote = '') =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Email" title="Email"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><a class="FlowItem_subject__t7Kq2" href="/mail/thread/5501">Re: Pricing</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">Nov 18, 2026 4:40 PM</span> ${badge}</div><div class="MailLines_root__e2Tt5"><div>From: ${from}</div><div>To: Casey Nguyen</div></div><div class="FlowItem_text__t7Kq2">Maya asked me to send the signed order form.${quote}</div></div></div>`;

const directionOf = (html: string) =>
  read(personPage({ history: [html] })).activities.find((a) => a.title === 'Re: Pricing')?.direction;

describe('Pipedrive: a synced mail labelled "Received" by a badge beside its date', () => {
  it('is inbound', () => {
    const reading = read(personPage({ history: [mail('<span class="cui5-badge">Received</span>')] }));
    expect(reading.activities.find((a) => a.title === 'Re: Pricing')).toMatchObject({
      type: 'email',
      direction: 'inbound',
    });
  });
});

describe('Pipedrive: words standing alone in a synced mail', () => {
  it('a "Sent" badge beside the date is outbound', () => {
    expect(directionOf(mail('<span class="cui5-badge">Sent</span>'))).toBe('outbound');
  });

  it('a quoted header drawn as a table ("Sent" | "Monday, …") in the body of the person\'s reply leaves it inbound', () => {
    const quote =
      '<table><tr><td>From</td><td>Casey Nguyen</td></tr><tr><td>Sent</td><td>Monday, November 16, 2026 9:05 AM</td></tr></table>';
    expect(directionOf(mail('', 'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;', quote))).toBe('inbound');
  });

  it('a word of the body\'s prose ("I <b>sent</b> it") or a label before a colon ("<b>Sent</b>: Monday") is no badge', () => {
    const quote = '<p>I <b>sent</b> it on Monday.</p><p><b>Sent</b>: Monday, November 16, 2026 9:05 AM</p>';
    expect(directionOf(mail('', 'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;', quote))).toBe('inbound');
  });

  it('a word the prose of a mail without From lines bolds ("I <b>sent</b> it") is no badge', () => {
    const prose = mail('').replace(/<div class="MailLines_root__e2Tt5">.*?<\/div><\/div>/, '');
    expect(prose).not.toContain('From:');
    expect(directionOf(prose.replace('Maya asked me', 'I <b>sent</b> it; Maya asked me'))).toBe('unknown');
  });
});
