// @vitest-environment happy-dom
// Review e2e53. A rep opens Dana's contact page, then the deal "Fabrikam — Route planner" (Dana and
// Omar Haddad). On the deal's feed Omar appears only as HubSpot's email previews show him: the
// agenda email "To: omar.haddad@…" and "Email reply from Omar Haddad" "From: omar.haddad@…" — no
// link on either (as in crm-evidence-2's email previews, From/To lines). The association card lists
// Omar with that address. Omar was worked (and answered): contacts-touched is 2 of 2
// (metrics.md "Multi-threading: the number of the deal's contacts with a touch in the period";
// contracts.md "deal touches are stored ... with a contact only where the page names one" — this
// page names him, twice, by address and by name).
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asDeal, extension } from './chain';
import { DANA_URL, DEAL_URL, danaPage, dealPage, PORTAL } from './hubspot-fabrikam-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const omarReply = `<div data-test-id="collapsible-event-accordion" class="Accordion__Wrapper-sc-8n2"><div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-8n2-1"><div data-test-id="timeline-preview-event" class="TimelinePreviewEvent__Card-sc-7ab2"><div data-test-id="generic-preview-event-header" class="PreviewHeader__Row-sc-1k0"><span role="img" aria-label="Email" class="UIIcon__Wrapper-sc-0x1"></span><span data-test-id="header-message">Email reply from Omar Haddad</span><span data-test-id="event-timestamp">Nov 14, 2026 at 8:40 AM</span></div><div class="PreviewBody__Subject-sc-2b1">Re: Agenda for the dispatch demo</div><div class="PreviewBody__Meta-sc-2b1"><span>From: omar.haddad@fabrikam.example</span> <span>To: sam.rivera@contoso.example</span></div></div></div></div>\n`;

/** The deal's feed with Omar by address only (no contact link), his reply above the agenda email. */
function dealWithOmarByAddress(): string {
  let h = dealPage()
    .replace(
      `<span>To: <a href="/contacts/${PORTAL}/record/0-1/1302">Omar Haddad</a></span>`,
      '<span>To: omar.haddad@fabrikam.example</span>',
    )
    .replace(
      `<a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1302">Omar Haddad</a>`,
      `<a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1302">Omar Haddad</a><div>omar.haddad@fabrikam.example</div>`,
    )
    .replace(
      `<a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1301">Dana Whitfield</a>`,
      `<a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1301">Dana Whitfield</a><div>dana.whitfield@fabrikam.example</div>`,
    );
  const at = h.lastIndexOf(
    '<div data-test-id="collapsible-event-accordion"',
    h.indexOf('Agenda for the dispatch demo'),
  );
  h = h.slice(0, at) + omarReply + h.slice(at);
  if (!h.includes('To: omar.haddad@fabrikam.example') || !h.includes('Email reply from Omar Haddad'))
    throw new Error('page edit failed');
  return h;
}

it('a deal contact named on the feed only by address is worked: contacts-touched 2 of 2, his row shows his touches', async () => {
  const ext = extension();
  await openPage(ext, danaPage(), DANA_URL);
  const deal = asDeal((await openPage(ext, dealWithOmarByAddress(), DEAL_URL)).view);
  const { container } = renderPanel({ status: 'ready', view: deal });
  // Touches on the deal: Dana's six (two calls, her two emails and reply, the meeting) + Omar's
  // agenda email (Nov 13) and his reply (Nov 14) = 8; 2 replies: the agenda email and Dana's Nov 17 email answered.
  expect(metric(container, 'touches-total').dataset.value).toBe('8');
  const worked = metric(container, 'contacts-touched');
  expect([worked.dataset.value, worked.dataset.of]).toEqual(['2', '2']);
  const omar = deal.contacts.find((c) => c.name === 'Omar Haddad');
  // Omar: the agenda email and his reply; his last touch the reply of Nov 14 (6 days before Nov 20).
  expect([omar?.touches, omar?.daysSinceLastTouch]).toEqual([2, 6]);
});
