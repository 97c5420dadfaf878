/**
 * One HubSpot call, read on two pages, whose outcome the rep corrected in the CRM in between.
 * Thursday 19 Nov the rep called Priya Nair at 4:30 PM and, in a hurry, set the call's outcome to
 * "No answer". Touchline read the call that afternoon on the deal page and on Priya's page
 * ("Call - No answer made by Alex Moreno", "Call with Priya Nair"; crm-evidence-2.md: HubSpot
 * previews show no engagement id). Friday the rep fixes the disposition to "Connected" (HubSpot's
 * call outcome is an editable property) and opens Priya's page again: "Call - Connected". The
 * deal page is not opened again, so its stored copy still says "No answer".
 *
 * metrics.md "Duplicate" rule 3: no source id on at least one copy: same person, channel,
 * direction and title, timestamps within 2 minutes, is one touch. These copies have the very same
 * time (4:30 PM): one call. Counted as two, Priya's panel shows 2 calls for a contact the rep
 * dialled once, and the team page's call count grows with every corrected disposition.
 */
import { expect, it } from 'vitest';
import { asContact, extension } from '../page-to-panel/chain';
import { contactPage, DEAL_URL, dealPage, PRIYA, PRIYA_URL, preview } from '../page-to-panel/hubspot-northwind-day';
import { openPage } from '../page-to-panel/open-hand-written-page';

const THURSDAY = new Date('2026-11-19T17:00:00Z');
const FRIDAY = new Date('2026-11-20T15:00:00Z');

const theCall = (outcome: string) =>
  preview(
    'Call',
    `Call - ${outcome} made by Alex Moreno`,
    'Nov 19, 2026 at 4:30 PM',
    null,
    `<span>Call with ${PRIYA}</span><div><span>Call duration</span> <span>3:12</span></div>`,
  );

it('a call whose outcome the rep corrected is one call, not its old and new outcome as two', async () => {
  const ext = extension();
  ext.clock.now = THURSDAY;
  await openPage(ext, dealPage('Qualified to buy', theCall('No answer'), false), DEAL_URL);
  await openPage(ext, contactPage(PRIYA_URL, 'Priya Nair', 'priya@northwind.example', theCall('No answer')), PRIYA_URL);
  const before = asContact(await ext.view('hubspot:7730412:contact:2101'));
  expect(before.touches.byChannel.call).toBe(1);

  ext.clock.now = FRIDAY;
  const { view } = await openPage(
    ext,
    contactPage(PRIYA_URL, 'Priya Nair', 'priya@northwind.example', theCall('Connected')),
    PRIYA_URL,
  );
  const priya = asContact(view);
  expect(priya.touches.byChannel.call).toBe(1);
  expect(priya.outcomes.connectRate.denominator).toBe(1);
});
