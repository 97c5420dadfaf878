// @vitest-environment happy-dom
// Review s55: contact A (Ana) → contact B (Ben). HubSpot moves the address first, draws B's header
// card (and tab title) ~300 ms later, and B's feed after it ("cards load late", crm-pages.md). For
// that moment B's name stands over A's feed, which the real reader reads otherwise under B's name:
// an item's direction comes from the header's name (classify-activity.ts byContact: "Ana Alvarez
// booked a meeting" is inbound under Ana, outbound under anyone else). route-settle.ts compared the
// items as read, so A's feed no longer looked like A's and was saved as Ben's touches; it compares
// them as the page shows them (shown-items.ts).
import { describe, expect, it, vi } from 'vitest';
import {
  contactUrl,
  drawBody,
  drawInto,
  header,
  hubspotSession,
  item,
  recordBody,
  timeline,
} from './hubspot-record-page';
import { savedUnder, sessionPerTest, setUrl, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const ANA_FEED = timeline(
  item('Email reply from Ana Alvarez', 'Nov 19, 2026 at 9:12 AM', 'Re: Pricing — sounds good, let us talk Thursday') +
    item('Call - Connected made by Alex Morgan', 'Nov 18, 2026 at 10:00 AM', 'Intro call') +
    item('Ana Alvarez booked a meeting', 'Nov 17, 2026 at 2:00 PM', 'Product demo'),
);
const BEN_FEED = timeline(item('Call - No answer made by Alex Morgan', 'Nov 16, 2026 at 11:30 AM', 'Left no message'));

describe("contact A → contact B, B's header drawn before B's feed", () => {
  it("saves none of A's touches under B", async () => {
    setUrl(contactUrl('501'));
    document.title = 'Ana Alvarez | HubSpot';
    drawBody(recordBody(header('Ana Alvarez', 'ana@northwind.example'), ANA_FEED));
    const { session, shown } = hubspotSession(lifetime.signal);
    session.onRoute(new URL(contactUrl('501')), false);
    await vi.waitFor(() => expect(shown()).toBe(`hubspot:2451908:contact:501|Ana Alvarez`), { timeout: 5000 });
    expect(savedUnder('501').items).toContain('Product demo');

    // The rep clicks Ben: the address moves at once, the page still shows Ana.
    setUrl(contactUrl('502'));
    session.onRoute(new URL(contactUrl('502')), true);
    await wait(300);
    // Ben's header card and tab title arrive; Ana's feed is still in the middle pane.
    document.title = 'Ben Brooks | HubSpot';
    drawInto('left', header('Ben Brooks', 'ben@contoso.example'));
    // Ben's own feed 1.2 s later, inside the 2 s settle time.
    await wait(1200);
    drawInto('middle', BEN_FEED);
    await wait(2500);

    const underBen = savedUnder('502').items;
    expect(underBen).toContain('Left no message');
    expect(underBen).not.toContain('Intro call');
    expect(underBen).not.toContain('Product demo');
    expect(underBen).not.toContain('Re: Pricing — sounds good, let us talk Thursday');
  }, 15_000);
});
