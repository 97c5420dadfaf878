import { describe, expect, it } from 'vitest';
import { asContact, extension } from '../../page-to-panel/chain';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { DEAL_URL, dealPage, flow, LARS_URL, personPage } from '../../page-to-panel/pipedrive-brightline-day';

/**
 * Review email54 (fixed). Synced mail on the Brightline deal (crm-evidence-2.md: the feed shows
 * `mailMessage` items; a deal's thread is shown on the deal and on each linked person). Sam Rivera
 * writes to Lars Holm and Ines Moreau; Lars answers "reply all" (To: Sam, Cc: Ines), and the
 * feed links both persons on each mail. Ines never wrote. metrics.md: a reply is an inbound email,
 * "contact to rep"; duplicates are merged before any count. The deal page gave Lars's reply both
 * persons' ids, so it became a reply from Ines too, and her own page, reading the same mail with
 * direction unknown (From is not her), kept a second copy that never merged: 3 emails, 1 answered.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const INES_URL = 'https://brightline-sales.pipedrive.com/person/3311';
const lars = '<a href="/person/3310">Lars Holm</a>';
const ines = '<a href="/person/3311">Ines Moreau</a>';
const SAM = 'Sam Rivera &lt;sam@contoso-sales.example&gt;';
const LARS = 'Lars Holm &lt;lars.holm@brightline.example&gt;';
const INES = 'Ines Moreau &lt;ines.moreau@brightline.example&gt;';
const lines = (from: string, to: string, cc = '') =>
  `<div class="MailLines_root__e2Tt5"><div>From: ${from}</div><div>To: ${to}</div>${cc ? `<div>Cc: ${cc}</div>` : ''}</div>`;

const samsMail = flow(
  'Email',
  '/mail/thread/5701',
  'Rollout timeline',
  'November 18, 2026 at 10:00 AM',
  `${lars}, ${ines}`,
  {
    mail: lines(SAM, `${LARS}, ${INES}`),
  },
);
const larsReplyAll = flow(
  'Email',
  '/mail/thread/5701',
  'Re: Rollout timeline',
  'November 19, 2026 at 10:00 AM',
  `${lars}, ${ines}`,
  { mail: lines(LARS, SAM, INES) },
);

/** Ines's person page: the Brightline person page with her name, address and URL. */
const inesPage = () =>
  personPage('', larsReplyAll + samsMail)
    .replace(/Lars Holm(?= - Pipedrive|<\/h1>)/g, 'Ines Moreau')
    .replace(
      /mailto:lars\.holm@brightline\.example">lars\.holm@brightline\.example/,
      'mailto:ines.moreau@brightline.example">ines.moreau@brightline.example',
    )
    .replace(LARS_URL, INES_URL);

const read = (html: string, url: string) => {
  const r = readHtml(html, url, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r;
};
const dealMail = (title: string) =>
  read(dealPage('4 d', '', larsReplyAll + samsMail), DEAL_URL).activities.find((a) => a.title === title);

describe("a person's reply-all on a Pipedrive deal, another person in Cc", () => {
  it("is the sender's inbound reply alone, though the feed links both persons", () => {
    const reply = dealMail('Re: Rollout timeline');
    expect([reply?.direction, reply?.contactIds]).toEqual(['inbound', ['3310']]);
  });

  it("leaves the rep's mail to both with both", () => {
    const sent = dealMail('Rollout timeline');
    expect([sent?.direction, sent?.contactIds]).toEqual(['outbound', ['3310', '3311']]);
  });

  it("shows on the copied person's panel as 2 emails and no reply of hers, alone or after the deal page", async () => {
    const figures = async (deal: boolean) => {
      const ext = extension();
      if (deal) await ext.save(read(dealPage('4 d', '', larsReplyAll + samsMail), DEAL_URL));
      const view = asContact(await ext.save(read(inesPage(), INES_URL)));
      return {
        emails: view.touches.byChannel.email,
        answered: view.outcomes.replyRate.numerator,
        toFirstReply: view.outcomes.touchesToFirstReply,
      };
    };
    const expected = { emails: 2, answered: 0, toFirstReply: null };
    expect(await figures(false)).toEqual(expected);
    expect(await figures(true)).toEqual(expected);
  });
});
