/**
 * Review s34 (markup generations). crm-evidence-2.md, "What follows for readers": type and
 * direction from every carrier, icon aria-label, title and alt included. "logged by" says who
 * logged the call, not which way it went.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotContact = fixturePage('hubspot', 'contact-preview-feed');
const CALL_HEADER =
  '<span role="img" aria-label="Call" class="UIIcon__Wrapper-sc-0x1"></span><span data-test-id="header-message">Call - Connected made by Alex Morgan</span>';

const callWithIcon = (icon: string) => {
  const html = edited(hubspotContact.html, [
    CALL_HEADER,
    `${icon}<span data-test-id="header-message">Call - Connected logged by Alex Morgan</span>`,
  ]);
  return readPage(html, hubspotContact.url).activities.find((a) => a.title === 'Quarterly check-in');
};

describe('HubSpot: a call whose icon says it came in', () => {
  it.each([
    '<span role="img" aria-label="Inbound call" class="UIIcon__Wrapper-sc-0x1"></span>',
    '<svg aria-label="Inbound call"></svg>',
  ])('is an inbound call, not the rep’s outbound attempt (%s)', (icon) => {
    expect(callWithIcon(icon)).toMatchObject({ type: 'call', direction: 'inbound', outcome: 'connected' });
  });

  it('an icon labelled "Logged call" does not outvote a header saying the call came in', () => {
    const html = edited(hubspotContact.html, [
      CALL_HEADER,
      '<span role="img" aria-label="Logged call" class="UIIcon__Wrapper-sc-0x1"></span><span data-test-id="header-message">Inbound call from Lena Vogt</span>',
    ]);
    const call = readPage(html, hubspotContact.url).activities.find((a) => a.title === 'Quarterly check-in');
    expect(call).toMatchObject({ type: 'call', direction: 'inbound' });
  });

  it('(control) with an icon that names no direction, a logged call is the rep’s outbound call', () => {
    expect(callWithIcon('<img alt="Call" src="call.svg">')).toMatchObject({ type: 'call', direction: 'outbound' });
  });
});
