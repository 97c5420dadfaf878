import { describe, expect, it } from 'vitest';
import { asContact, extension } from '../../page-to-panel/chain';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { flow, items as i, LARS_URL, personPage } from '../../page-to-panel/pipedrive-brightline-day';

/**
 * Review email54 (fixed). Pipedrive mail sync files a mail server's delivery report with the
 * message it answers: on Lars Holm's page, Sam Rivera's "Fleet app pricing", then in the same
 * thread the bounce notice from "Mail Delivery Subsystem <mailer-daemon@…>" to Sam, then Lars's
 * reply. metrics.md: "automated system events … are not touches and never enter a touch count";
 * touches to first reply count the rep's touches before the reply. The notice was read as one
 * more manual email (direction unknown) and a step before the reply: 3 emails, 2 to first reply.
 * A bounce is a system event, as a mail's open or click event is (mail-tracking.ts).
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const lars = '<a href="/person/3310">Lars Holm</a>';
const mailLines = (from: string, to: string) =>
  `<div class="MailLines_root__e2Tt5"><div>From: ${from}</div><div>To: ${to}</div></div>`;
const SAM = 'Sam Rivera &lt;sam@contoso-sales.example&gt;';
const notice = (subject: string, from: string) =>
  flow('Email', '/mail/thread/5501', subject, 'November 17, 2026 at 9:01 AM', lars, { mail: mailLines(from, SAM) });

const gmailBounce = notice(
  'Delivery Status Notification (Failure)',
  'Mail Delivery Subsystem &lt;mailer-daemon@googlemail.com&gt;',
);

const read = (history: string) => {
  const r = readHtml(personPage('', history), LARS_URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r;
};
const panel = async (history: string) => {
  const v = asContact(await extension().save(read(history)));
  return { manualEmails: v.touches.manual, toFirstReply: v.outcomes.touchesToFirstReply };
};
const kindOf = (history: string, title: string) => {
  const a = read(history).activities.find((x) => x.title === title);
  return a && { type: a.type, direction: a.direction, automated: a.automated };
};

describe("a bounce notice in the rep's Pipedrive mail thread", () => {
  it('guard: without it, 2 emails and 1 touch to first reply', async () => {
    expect(await panel(i.reply + i.email)).toEqual({ manualEmails: 2, toFirstReply: 1 });
  });

  it('is no manual email touch and no step before the reply', async () => {
    expect(await panel(i.reply + gmailBounce + i.email)).toEqual({ manualEmails: 2, toFirstReply: 1 });
  });

  it('is read as an automated system event, by its sender mailbox or by its subject from a mail server', () => {
    const system = { type: 'system', direction: 'unknown', automated: true };
    expect(kindOf(gmailBounce, 'Delivery Status Notification (Failure)')).toEqual(system);
    const postfix = notice(
      'Undelivered Mail Returned to Sender',
      'Mail Delivery System &lt;MAILER-DAEMON@mx.contoso-sales.example&gt;',
    );
    expect(kindOf(postfix, 'Undelivered Mail Returned to Sender')).toEqual(system);
    const exchange = notice(
      'Undeliverable: Fleet app pricing',
      'Microsoft Outlook &lt;MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contososales.onmicrosoft.com&gt;',
    );
    expect(kindOf(exchange, 'Undeliverable: Fleet app pricing')).toEqual(system);
  });

  it("never drops a person's mail whose subject reads like one", () => {
    const larsMail = notice(
      'Undeliverable: the invoice address you have for us',
      'Lars Holm &lt;lars.holm@brightline.example&gt;',
    );
    expect(kindOf(larsMail, 'Undeliverable: the invoice address you have for us')).toEqual({
      type: 'email',
      direction: 'inbound',
      automated: false,
    });
  });
});
