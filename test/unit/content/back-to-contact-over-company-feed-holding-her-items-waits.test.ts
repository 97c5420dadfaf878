// @vitest-environment happy-dom
// Review s55: contact A (Ana) → her company (Northwind, a HubSpot company record, 0-2, which
// Touchline does not read) → back to A. A HubSpot company's timeline rolls up its contacts'
// activities: Ana's calls and her colleagues' (Chris, Dana). On the way back the address moves first
// and Ana's header card is drawn before her feed (crm-pages.md: "cards load late"), over the
// company's feed still in the middle pane. route-settle.ts `showsAsLastRead` took Ana's name over
// any timeline holding all her last-read items for her page, so her colleagues' touches were saved
// as hers; it now asks that timeline to be hers grown at one end (`showsTimeline`), as elsewhere.
import { describe, expect, it, vi } from 'vitest';
import {
  contactUrl,
  drawBody,
  drawInto,
  header,
  hubspotSession,
  item,
  PORTAL,
  recordBody,
  timeline,
} from './hubspot-record-page';
import { savedUnder, sessionPerTest, setUrl, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const COMPANY_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-2/88001`;

const anaIntro = item('Call - Connected made by Alex Morgan', 'Nov 18, 2026 at 10:00 AM', 'Intro call');
const anaFollowUp = item(
  'Call - Left voicemail made by Alex Morgan',
  'Nov 13, 2026 at 4:15 PM',
  'Follow-up on pricing',
);
const ANA_FEED = timeline(anaIntro + anaFollowUp);
/** The company's feed: its contacts' activities, newest first. */
const COMPANY_FEED = timeline(
  item('Call - Connected made by Alex Morgan', 'Nov 19, 2026 at 1:30 PM', 'Procurement call with Chris Park') +
    anaIntro +
    item('Call - No answer made by Alex Morgan', 'Nov 15, 2026 at 9:00 AM', 'Tried Dana Liu, IT lead') +
    anaFollowUp,
);
const companyHeader = `<div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Northwind Traders</h2></div>
<div data-selenium-test="highlightedPropertySidebar"><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Company domain name</span><div>northwind.example</div></div></div>`;

describe('contact A → her company → back to A, A’s header drawn over the company’s feed', () => {
  it('saves none of her colleagues’ touches as hers', async () => {
    setUrl(contactUrl('501'));
    document.title = 'Ana Alvarez | HubSpot';
    drawBody(recordBody(header('Ana Alvarez', 'ana@northwind.example'), ANA_FEED));
    const { session, shown } = hubspotSession(lifetime.signal);
    session.onRoute(new URL(contactUrl('501')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:2451908:contact:501|Ana Alvarez'), { timeout: 5000 });

    // The rep opens Ana's company from her page; the company record is drawn.
    setUrl(COMPANY_URL);
    session.onRoute(new URL(COMPANY_URL), true);
    await wait(200);
    document.title = 'Northwind Traders | HubSpot';
    drawBody(recordBody(companyHeader, COMPANY_FEED));
    await wait(3000);

    // Back to Ana (browser Back): her header first, over the company's feed; her feed 1 s later.
    setUrl(contactUrl('501'));
    session.onRoute(new URL(contactUrl('501')), true);
    await wait(300);
    document.title = 'Ana Alvarez | HubSpot';
    drawInto('left', header('Ana Alvarez', 'ana@northwind.example'));
    await wait(1000);
    drawInto('middle', ANA_FEED);
    await wait(2500);

    const underAna = savedUnder('501').items;
    expect(underAna).toContain('Intro call');
    expect(underAna).not.toContain('Procurement call with Chris Park');
    expect(underAna).not.toContain('Tried Dana Liu, IT lead');
  }, 20_000);
});
