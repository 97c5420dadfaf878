import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { DEAL_URL, dealPage, flow } from '../../page-to-panel/pipedrive-brightline-day';

/**
 * Review regress54a (fixed). Synced mail on the Brightline deal (crm-evidence-2.md: a deal's thread
 * is shown on the deal with its linked persons). Lars Holm answers Sam "reply all", Ines Moreau in
 * Cc, and the From line shows his name alone, no address, while his person card on the deal does
 * show his address. The feed links Lars and Ines on the mail. metrics.md: a reply is a mail the
 * contact sent; contacts worked on a deal are those with a touch. The sender was matched by name
 * only among persons whose card shows no address, so with two persons linked the reply was nobody's.
 */
const NOW = new Date('2026-11-20T15:00:00Z');
const lars = '<a href="/person/3310">Lars Holm</a>';
const ines = '<a href="/person/3311">Ines Moreau</a>';
const SAM = 'Sam Rivera &lt;sam@contoso-sales.example&gt;';
const INES = 'Ines Moreau &lt;ines.moreau@brightline.example&gt;';
const lines = (from: string, to: string, cc = '') =>
  `<div class="MailLines_root__e2Tt5"><div>From: ${from}</div><div>To: ${to}</div>${cc ? `<div>Cc: ${cc}</div>` : ''}</div>`;

const replyFrom = (from: string) =>
  flow('Email', '/mail/thread/5701', 'Re: Rollout timeline', 'November 19, 2026 at 10:00 AM', `${lars}, ${ines}`, {
    mail: lines(from, SAM, INES),
  });

const reply = (from: string) => {
  const r = readHtml(dealPage('4 d', '', replyFrom(from)), DEAL_URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.find((a) => a.title === 'Re: Rollout timeline');
};

describe("a person's reply-all on a Pipedrive deal, the From line showing the sender's name alone", () => {
  it("is Lars's inbound reply alone, though his card shows an address the From line does not", () => {
    const r = reply('Lars Holm');
    expect([r?.direction, r?.contactIds]).toEqual(['inbound', ['3310']]);
  });
});
